package io.github.entraide.command;

import io.github.entraide.domain.GeoCircle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;

/**
 * A moderator sends a crisis appeal to the helpers of their territory who opted in to appeals.
 * Every filter given applies: a category (helpers with a published offer in it), communes (helpers
 * living in one of them), a circle (helpers whose coarse location lies in it). With no filter, the
 * appeal reaches every helper who opted in.
 *
 * @param territoryId the territory
 * @param textFr the appeal in French, up to 1,000 characters; assessed by the volunteer-only policy
 * @param textEn the appeal in English, up to 1,000 characters; assessed by the volunteer-only policy
 * @param categoryId only helpers with a published offer in this category, if given
 * @param communes only helpers living in these communes (INSEE codes), if not empty; at most 500
 * @param within only helpers whose coarse location lies in this circle, if given
 */
public record SendAppeal(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotBlank @Size(max = SendAppeal.MAX_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String textFr,
        @NotBlank @Size(max = SendAppeal.MAX_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String textEn,
        @NotNull Optional<@Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String> categoryId,
        @NotNull @Size(max = 500) Set<@NotNull @Pattern(regexp = Constraints.INSEE_CODE, message = Constraints.INSEE_CODE_MESSAGE) String> communes,
        @NotNull Optional<GeoCircle> within) {

    /** Longest appeal text, in characters: an appeal is short. */
    public static final int MAX_TEXT = 1000;

    /**
     * Starts an appeal that reads as a sentence, for example
     * {@code SendAppeal.builder(t).textFr("Besoin de bras…").textEn("Hands needed…").categoryId("groceries").communes("38185").build()}.
     *
     * <p>Required: both texts; a missing one makes {@link Builder#build()} throw an
     * {@link IllegalStateException} naming it. Optional: a category, and communes or a circle
     * (the builder takes one or the other). Values are checked by this record's constraints when a
     * use case receives the command, as for the constructor.
     *
     * @param territoryId the territory
     * @return a new builder
     * @throws NullPointerException if {@code territoryId} is null
     */
    public static Builder builder(String territoryId) {
        return new Builder(Required.nonNull(territoryId, "territoryId"));
    }

    /** Builds a {@link SendAppeal}; not thread-safe, one per command. */
    public static final class Builder {
        private final String territoryId;
        private String textFr;
        private String textEn;
        private Optional<String> categoryId = Optional.empty();
        private Set<String> communes = Set.of();
        private Optional<GeoCircle> within = Optional.empty();

        private Builder(String territoryId) {
            this.territoryId = territoryId;
        }

        /**
         * @param textFr the appeal in French, up to 1,000 characters
         * @return this builder
         */
        public Builder textFr(String textFr) {
            this.textFr = Required.nonNull(textFr, "textFr");
            return this;
        }

        /**
         * @param textEn the appeal in English, up to 1,000 characters
         * @return this builder
         */
        public Builder textEn(String textEn) {
            this.textEn = Required.nonNull(textEn, "textEn");
            return this;
        }

        /**
         * @param categoryId only helpers with a published offer in this category
         * @return this builder
         */
        public Builder categoryId(String categoryId) {
            this.categoryId = Optional.of(Required.nonNull(categoryId, "categoryId"));
            return this;
        }

        /**
         * @param inseeCodes only helpers living in these communes
         * @return this builder
         * @throws IllegalStateException if a circle was given already
         */
        public Builder communes(String... inseeCodes) {
            if (within.isPresent()) {
                throw new IllegalStateException("SendAppeal: communes or a radius, not both / des communes ou un rayon, pas les deux");
            }
            this.communes = Set.of(Required.nonNull(inseeCodes, "inseeCodes"));
            return this;
        }

        /**
         * @param circle only helpers whose coarse location lies in this circle
         * @return this builder
         * @throws IllegalStateException if communes were given already
         */
        public Builder within(GeoCircle circle) {
            if (!communes.isEmpty()) {
                throw new IllegalStateException("SendAppeal: communes or a radius, not both / des communes ou un rayon, pas les deux");
            }
            this.within = Optional.of(Required.nonNull(circle, "circle"));
            return this;
        }

        /**
         * @return the command
         * @throws IllegalStateException if a text is missing
         */
        public SendAppeal build() {
            String c = "SendAppeal";
            Required.part(textFr, c, "textFr");
            Required.part(textEn, c, "textEn");
            return new SendAppeal(territoryId, textFr, textEn, categoryId, communes, within);
        }
    }
}
