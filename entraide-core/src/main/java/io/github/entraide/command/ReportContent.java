package io.github.entraide.command;

import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member reports an offer, a request or another member to the territory's moderators.
 *
 * @param territoryId the territory
 * @param reporterId the reporting member
 * @param subjectKind what is reported
 * @param subjectId the reported record's id
 * @param reason why
 * @param comment what the moderators should know, possibly empty (erased with the reporter)
 */
public record ReportContent(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String reporterId,
        @NotNull ModerationSubject.Kind subjectKind,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String subjectId,
        @NotNull ReportReason reason,
        @NotNull @Size(max = Constraints.MAX_FREE_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String comment) {
}
