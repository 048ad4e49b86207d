package io.github.entraide.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * A period of a territory's audit trail.
 *
 * @param territoryId the territory
 * @param from inclusive start
 * @param to exclusive end
 */
public record AuditQuery(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId, @NotNull Instant from, @NotNull Instant to) {
}
