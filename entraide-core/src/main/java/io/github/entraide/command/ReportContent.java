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

    /**
     * A report without a comment, for example
     * {@code ReportContent.of(t, reporterId, ModerationSubject.Kind.OFFER, offerId, reason)};
     * add one with {@link #withComment(String)}.
     *
     * @param territoryId the territory
     * @param reporterId the reporting member
     * @param subjectKind what is reported
     * @param subjectId the reported record's id
     * @param reason why
     * @return the command, with an empty comment
     */
    public static ReportContent of(String territoryId, String reporterId, ModerationSubject.Kind subjectKind,
            String subjectId, ReportReason reason) {
        return new ReportContent(territoryId, reporterId, subjectKind, subjectId, reason, "");
    }

    /**
     * This report with a comment for the moderators.
     *
     * @param comment what the moderators should know (erased with the reporter)
     * @return a copy of this command with the comment
     */
    public ReportContent withComment(String comment) {
        return new ReportContent(territoryId, reporterId, subjectKind, subjectId, reason, comment);
    }
}
