package io.github.entraide.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One side confirms that help was given; the introduction completes once both have.
 *
 * @param territoryId the territory
 * @param introductionId the introduction
 * @param renew for a weekly request: this side agrees to meet again next week
 */
public record ConfirmCompletion(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId, @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String introductionId, boolean renew) {
}
