package io.github.entraide.command;

import io.github.entraide.domain.ModerationAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A moderator decides a case: approve or remove its content, or suspend, ban or reinstate the
 * member it concerns. The author is notified with the reason code.
 *
 * @param territoryId the territory
 * @param caseId the case
 * @param action the decision
 * @param reasonCode a stable reason code the author is told and the audit trail keeps, for example
 *     {@code paid-help}, {@code ok}, {@code inappropriate} (an identifier, never free text)
 */
public record DecideCase(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String caseId,
        @NotNull ModerationAction action,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String reasonCode) {
}
