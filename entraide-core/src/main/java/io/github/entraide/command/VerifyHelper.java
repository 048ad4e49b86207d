package io.github.entraide.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A moderator marks a helper as verified (or not), as some territories require for help to minors.
 *
 * @param territoryId the territory
 * @param memberId the helper
 * @param verified the new flag
 */
public record VerifyHelper(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId, @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String memberId, boolean verified) {
}
