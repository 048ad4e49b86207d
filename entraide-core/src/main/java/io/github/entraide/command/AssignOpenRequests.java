package io.github.entraide.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Assigns the open requests of a territory to helpers in one batch: as many requests served as
 * possible, then the least total distance.
 *
 * @param territoryId the territory
 */
public record AssignOpenRequests(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId) {
}
