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
 * A helper edits an offer; the new text is assessed again.
 *
 * @param territoryId the territory
 * @param offerId the offer
 * @param radiusKm how far the helper goes, 0.1 to 100 km
 * @param availability when the helper is available
 * @param languages ISO 639 codes (at least one)
 * @param capacity 1 to 20, not below the people being helped now
 * @param freeText the helper's words, up to 2,000 characters
 */
public record UpdateOffer(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String offerId,
        @DecimalMin("0.1") @DecimalMax("100") double radiusKm,
        @NotNull WeeklyAvailability availability,
        @NotEmpty @Size(max = 10) Set<@NotNull @Pattern(regexp = Constraints.LANGUAGE_CODE, message = Constraints.LANGUAGE_CODE_MESSAGE) String> languages,
        @Min(1) @Max(20) int capacity,
        @NotNull @Size(max = Constraints.MAX_FREE_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String freeText) {
}
