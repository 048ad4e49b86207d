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

    /**
     * Starts an offer that reads as a sentence, for example
     * {@code PublishOffer.builder(t).helperId(id).categoryId("groceries").radiusKm(2.0).languages("fr").capacity(2).build()}.
     *
     * <p>Required: helper, category and at least one language; a missing one makes {@link Builder#build()} throw an
     * {@link IllegalStateException} naming it. Defaults: 5 km, always available, capacity 1, no free text. Values are checked by this record's constraints
     * when a use case receives the command, as for the constructor.
     *
     * @param territoryId the territory
     * @return a new builder
     * @throws NullPointerException if {@code territoryId} is null
     */
    public static Builder builder(String territoryId) {
        return new Builder(Required.nonNull(territoryId, "territoryId"));
    }

    /** Builds a {@link PublishOffer}; not thread-safe, one per command. */
    public static final class Builder {
        private final String territoryId;
        private String helperId;
        private String categoryId;
        private Double radiusKm = 5.0;
        private WeeklyAvailability availability = WeeklyAvailability.always();
        private Integer capacity = 1;
        private String freeText = "";
        private Set<String> languages = Set.of();

        private Builder(String territoryId) {
            this.territoryId = territoryId;
        }

        /**
         * @param helperId the helper (the actor)
         * @return this builder
         */
        public Builder helperId(String helperId) {
            this.helperId = Required.nonNull(helperId, "helperId");
            return this;
        }

        /**
         * @param categoryId the category, from the territory's catalogue
         * @return this builder
         */
        public Builder categoryId(String categoryId) {
            this.categoryId = Required.nonNull(categoryId, "categoryId");
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
        public PublishOffer build() {
            String c = "PublishOffer";
            Required.part(helperId, c, "helperId");
            Required.part(categoryId, c, "categoryId");
            Required.part(languages.isEmpty() ? null : languages, c, "languages");
            return new PublishOffer(territoryId, helperId, categoryId, radiusKm, availability, languages, capacity, freeText);
        }
    }
}
