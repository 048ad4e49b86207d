package io.github.entraide.command;

import io.github.entraide.domain.WeeklyAvailability;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A helper offers a category of help.
 *
 * @param territoryId the territory
 * @param helperId the helper (the actor)
 * @param categoryId the category, from the territory's catalogue
 * @param radiusKm how far the helper goes for in-person help, 0.1 to 100 km (ignored for remote help)
 * @param availability when the helper is available each week
 * @param languages ISO 639 codes of the languages the helper speaks (at least one)
 * @param capacity how many people the helper helps at once, 1 to 20
 * @param freeText the helper's words, up to 2,000 characters; assessed by the volunteer-only policy
 */
public record PublishOffer(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String helperId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String categoryId,
        @DecimalMin("0.1") @DecimalMax("100") double radiusKm,
        @NotNull WeeklyAvailability availability,
        @NotEmpty @Size(max = 10) Set<@NotNull @Pattern(regexp = Constraints.LANGUAGE_CODE, message = Constraints.LANGUAGE_CODE_MESSAGE) String> languages,
        @Min(1) @Max(20) int capacity,
        @NotNull @Size(max = Constraints.MAX_FREE_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String freeText) {
}
