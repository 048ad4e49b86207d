package io.github.entraide.command;

import io.github.entraide.domain.ModerationAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A moderator suspends, bans or reinstates a member outside a case.
 *
 * @param territoryId the territory
 * @param memberId the member
 * @param action {@code SUSPEND}, {@code BAN} or {@code REINSTATE}
 * @param reasonCode a stable reason code the member is told and the audit trail keeps
 */
public record SanctionMember(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String memberId,
        @NotNull ModerationAction action,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String reasonCode) {
}
