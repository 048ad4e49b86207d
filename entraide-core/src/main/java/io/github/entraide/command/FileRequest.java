package io.github.entraide.command;

import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;

/**
 * A beneficiary, or a proxy on someone's behalf, asks for help.
 *
 * @param territoryId the territory
 * @param requesterId the member filing (the actor)
 * @param categoryId the category, from the territory's catalogue
 * @param freeText what is needed, 1 to 2,000 characters; assessed by the volunteer-only policy
 * @param inseeCode the commune where help is needed
 * @param point an optional point, rounded when stored (never an address)
 * @param timing as soon as possible, or a time window
 * @param urgency how urgent
 * @param languages ISO 639 codes of the languages of the person helped; empty for the requester's language
 * @param onBehalfOf the person helped, when filed by a proxy
 * @param weekly whether the request comes back every week
 */
public record FileRequest(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String requesterId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String categoryId,
        @NotBlank @Size(max = Constraints.MAX_FREE_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String freeText,
        @NotNull @Pattern(regexp = Constraints.INSEE_CODE, message = Constraints.INSEE_CODE_MESSAGE) String inseeCode,
        @NotNull Optional<GeoPoint> point,
        @NotNull Timing timing,
        @NotNull Urgency urgency,
        @NotNull @Size(max = 10) Set<@NotNull @Pattern(regexp = Constraints.LANGUAGE_CODE, message = Constraints.LANGUAGE_CODE_MESSAGE) String> languages,
        @NotNull Optional<@Valid OnBehalfOf> onBehalfOf,
        boolean weekly) {

    /**
     * Starts a request that reads as a sentence, for example
     * {@code FileRequest.builder(t).requesterId(id).categoryId("groceries").freeText("Pain et lait")
     * .commune(GrenobleFixture.GRENOBLE).build()}.
     *
     * <p>Required: requester, category, free text and commune; a missing one makes {@link Builder#build()}
     * throw an {@link IllegalStateException} naming it. Defaults: as soon as possible, normal urgency, any
     * language, for oneself, once. Optional parts (point, proxy) are simply not called. Values are checked
     * by this record's constraints when a use case receives the command, as for the constructor.
     *
     * @param territoryId the territory
     * @return a new builder
     * @throws NullPointerException if {@code territoryId} is null
     */
    public static Builder builder(String territoryId) {
        return new Builder(Required.nonNull(territoryId, "territoryId"));
    }

    /** Builds a {@link FileRequest}; not thread-safe, one per command. */
    public static final class Builder {
        private final String territoryId;
        private String requesterId;
        private String categoryId;
        private String freeText;
        private String inseeCode;
        private GeoPoint point;
        private Timing timing = Timing.asSoonAsPossible();
        private Urgency urgency = Urgency.NORMAL;
        private Set<String> languages = Set.of();
        private OnBehalfOf onBehalfOf;
        private boolean weekly;

        private Builder(String territoryId) {
            this.territoryId = territoryId;
        }

        /**
         * @param requesterId the member filing the request (the actor)
         * @return this builder
         */
        public Builder requesterId(String requesterId) {
            this.requesterId = Required.nonNull(requesterId, "requesterId");
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
         * @param freeText what is needed, up to 2,000 characters; assessed by the volunteer-only policy
         * @return this builder
         */
        public Builder freeText(String freeText) {
            this.freeText = Required.nonNull(freeText, "freeText");
            return this;
        }

        /**
         * @param inseeCode the INSEE code of the commune where help is needed
         * @return this builder
         */
        public Builder commune(String inseeCode) {
            this.inseeCode = Required.nonNull(inseeCode, "inseeCode");
            return this;
        }

        /**
         * @param point an optional coarse location (omit the call to use the commune's centroid)
         * @return this builder
         */
        public Builder point(GeoPoint point) {
            this.point = Required.nonNull(point, "point");
            return this;
        }

        /**
         * @param timing when help is needed (default: as soon as possible)
         * @return this builder
         */
        public Builder timing(Timing timing) {
            this.timing = Required.nonNull(timing, "timing");
            return this;
        }

        /**
         * @param urgency how urgent (default: normal)
         * @return this builder
         */
        public Builder urgency(Urgency urgency) {
            this.urgency = Required.nonNull(urgency, "urgency");
            return this;
        }

        /**
         * @param languages ISO 639 codes of acceptable languages (default: any)
         * @return this builder
         */
        public Builder languages(String... languages) {
            this.languages = Set.of(Required.nonNull(languages, "languages"));
            return this;
        }

        /**
         * @param onBehalfOf the person helped, when a proxy files the request
         * @return this builder
         */
        public Builder onBehalfOf(OnBehalfOf onBehalfOf) {
            this.onBehalfOf = Required.nonNull(onBehalfOf, "onBehalfOf");
            return this;
        }

        /**
         * The need comes back every week (default: once).
         *
         * @return this builder
         */
        public Builder weekly() {
            this.weekly = true;
            return this;
        }

        /**
         * @return the command
         * @throws IllegalStateException if a required part is missing
         */
        public FileRequest build() {
            String c = "FileRequest";
            Required.part(requesterId, c, "requesterId");
            Required.part(categoryId, c, "categoryId");
            Required.part(freeText, c, "freeText");
            Required.part(inseeCode, c, "commune");
            return new FileRequest(territoryId, requesterId, categoryId, freeText, inseeCode, Optional.ofNullable(point),
                    timing, urgency, languages, Optional.ofNullable(onBehalfOf), weekly);
        }
    }
}
