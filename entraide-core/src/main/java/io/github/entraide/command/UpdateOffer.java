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

    /**
     * Starts an update that reads as a sentence, for example
     * {@code UpdateOffer.builder(t).offerId(id).radiusKm(2.0).availability(WeeklyAvailability.always()).languages("fr").capacity(2).freeText("").build()}.
     *
     * <p>Required: offer, radius, availability, at least one language, capacity and free text (an update replaces them all); a missing one makes {@link Builder#build()} throw an
     * {@link IllegalStateException} naming it. Values are checked by this record's constraints
     * when a use case receives the command, as for the constructor.
     *
     * @param territoryId the territory
     * @return a new builder
     * @throws NullPointerException if {@code territoryId} is null
     */
    public static Builder builder(String territoryId) {
        return new Builder(Required.nonNull(territoryId, "territoryId"));
    }

    /** Builds a {@link UpdateOffer}; not thread-safe, one per command. */
    public static final class Builder {
        private final String territoryId;
        private String offerId;
        private Double radiusKm;
        private WeeklyAvailability availability;
        private Integer capacity;
        private String freeText;
        private Set<String> languages = Set.of();

        private Builder(String territoryId) {
            this.territoryId = territoryId;
        }

        /**
         * @param offerId the offer to update
         * @return this builder
         */
        public Builder offerId(String offerId) {
            this.offerId = Required.nonNull(offerId, "offerId");
            return this;
        }

        /**
         * @param radiusKm how far the helper goes for in-person help, 0.1 to 100 km (ignored for remote help)
         * @return this builder
         */
        public Builder radiusKm(double radiusKm) {
            this.radiusKm = radiusKm;
            return this;
        }

        /**
         * @param availability when the helper is available each week
         * @return this builder
         */
        public Builder availability(WeeklyAvailability availability) {
            this.availability = Required.nonNull(availability, "availability");
            return this;
        }

        /**
         * @param languages ISO 639 codes of the languages the helper speaks (at least one)
         * @return this builder
         */
        public Builder languages(String... languages) {
            this.languages = Set.of(Required.nonNull(languages, "languages"));
            return this;
        }

        /**
         * @param capacity how many people the helper helps at once, 1 to 20
         * @return this builder
         */
        public Builder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * @param freeText the helper's words, up to 2,000 characters; assessed by the volunteer-only policy
         * @return this builder
         */
        public Builder freeText(String freeText) {
            this.freeText = Required.nonNull(freeText, "freeText");
            return this;
        }

        /**
         * @return the command
         * @throws IllegalStateException if a required part is missing
         */
        public UpdateOffer build() {
            String c = "UpdateOffer";
            Required.part(offerId, c, "offerId");
            Required.part(radiusKm, c, "radiusKm");
            Required.part(availability, c, "availability");
            Required.part(capacity, c, "capacity");
            Required.part(freeText, c, "freeText");
            Required.part(languages.isEmpty() ? null : languages, c, "languages");
            return new UpdateOffer(territoryId, offerId, radiusKm, availability, languages, capacity, freeText);
        }
    }
}
