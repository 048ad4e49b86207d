package io.github.entraide.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Asks matching for a request: candidates to show, or introductions to propose, depending on the
 * territory's {@link io.github.entraide.matching.MatchingMode}.
 *
 * @param territoryId the territory
 * @param requestId the request
 * @param limit how many candidates to show, or helpers to notify in the notify-nearest mode (1 to 50)
 */
public record MatchRequest(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String requestId,
        @Min(1) @Max(50) int limit) {
}
