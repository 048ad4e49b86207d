package io.github.entraide.command;

import io.github.entraide.domain.TerritorySettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator changes a territory's settings.
 *
 * @param territoryId the territory
 * @param settings the new settings
 */
public record ConfigureTerritory(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId, @NotNull TerritorySettings settings) {
}
