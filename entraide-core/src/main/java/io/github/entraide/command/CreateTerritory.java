package io.github.entraide.command;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.TerritorySettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An administrator creates a territory.
 *
 * @param territoryId the identifier, for example {@code grenoble-alpes-metropole}
 * @param name the name shown to people
 * @param communes the communes (at least one)
 * @param catalogue the help categories ({@link CategoryCatalogue#defaults()} for the model platform's)
 * @param settings the settings ({@link TerritorySettings#defaults()})
 */
public record CreateTerritory(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotBlank @Size(max = 120) @Pattern(regexp = Constraints.SINGLE_LINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String name,
        @NotEmpty @Size(max = 40000) List<@NotNull @Valid Commune> communes,
        @NotNull CategoryCatalogue catalogue,
        @NotNull TerritorySettings settings) {

    /**
     * A territory with the model platform's categories ({@link CategoryCatalogue#defaults()}) and the
     * default settings ({@link TerritorySettings#defaults()}); change either with
     * {@link #withCatalogue(CategoryCatalogue)} or {@link #withSettings(TerritorySettings)}.
     *
     * @param territoryId the identifier, for example {@code grenoble-alpes-metropole}
     * @param name the name shown to people
     * @param communes the communes (at least one)
     * @return the command
     */
    public static CreateTerritory of(String territoryId, String name, List<Commune> communes) {
        return new CreateTerritory(territoryId, name, communes, CategoryCatalogue.defaults(), TerritorySettings.defaults());
    }

    /**
     * @param catalogue the help categories
     * @return a copy of this command with that catalogue
     */
    public CreateTerritory withCatalogue(CategoryCatalogue catalogue) {
        return new CreateTerritory(territoryId, name, communes, catalogue, settings);
    }

    /**
     * @param settings the territory's settings
     * @return a copy of this command with those settings
     */
    public CreateTerritory withSettings(TerritorySettings settings) {
        return new CreateTerritory(territoryId, name, communes, catalogue, settings);
    }
}
