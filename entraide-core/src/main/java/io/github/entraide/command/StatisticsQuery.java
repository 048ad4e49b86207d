package io.github.entraide.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * A territory and a period {@code [from, to)} for statistics.
 *
 * @param territoryId the territory
 * @param from inclusive start
 * @param to exclusive end (after {@code from})
 */
public record StatisticsQuery(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull Instant from, @NotNull Instant to) {
}
