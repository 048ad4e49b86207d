package io.github.entraide.command;

import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberRole;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a person as a member of a territory (helper, beneficiary or both).
 *
 * @param territoryId the territory
 * @param displayName the name shown to others (a first name is enough)
 * @param email the contact e-mail address
 * @param phone an optional phone number
 * @param language {@code fr} or {@code en}
 * @param inseeCode the commune where the person lives
 * @param point an optional point, rounded to about a kilometre when stored (never an address)
 * @param roles helper and/or beneficiary
 * @param yearOfBirth the year of birth, if given (minimum ages for helpers)
 * @param acceptsTerms the person accepted the terms of use and privacy notice (required)
 * @param acceptsContactSharing the person agrees that their contact details are shared inside an
 *     accepted introduction (required to be introduced)
 * @param consentTextVersion the version of the texts the person was shown
 */
public record RegisterMember(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotBlank @Size(max = Constraints.MAX_NAME) @Pattern(regexp = Constraints.SINGLE_LINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String displayName,
        @NotBlank @Size(max = 254) @Email @Pattern(regexp = Constraints.SINGLE_LINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String email,
        @NotNull Optional<@Size(min = 4, max = 30) @Pattern(regexp = "[+0-9 ().-]*") String> phone,
        @NotNull @Pattern(regexp = Constraints.LANGUAGE, message = Constraints.LANGUAGE_MESSAGE) String language,
        @NotNull @Pattern(regexp = Constraints.INSEE_CODE, message = Constraints.INSEE_CODE_MESSAGE) String inseeCode,
        @NotNull Optional<GeoPoint> point,
        @NotEmpty Set<@NotNull MemberRole> roles,
        @NotNull Optional<@Min(1900) @Max(2100) Integer> yearOfBirth,
        @AssertTrue boolean acceptsTerms,
        boolean acceptsContactSharing,
        @NotBlank @Size(max = 32) @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String consentTextVersion) {

    /**
     * Starts a registration that reads as a sentence, for example
     * {@code RegisterMember.builder(t).displayName("Camille").email("camille@example.org").language("fr")
     * .commune(GrenobleFixture.GRENOBLE).helper().acceptsTerms("2026-11").acceptsContactSharing().build()}.
     *
     * <p>Required: display name, e-mail, language, commune, at least one role and the accepted terms'
     * version; a missing one makes {@link Builder#build()} throw an {@link IllegalStateException} naming
     * it. Optional parts (phone, point, year of birth) are simply not called. Values are checked by this
     * record's constraints when a use case receives the command, as for the constructor.
     *
     * @param territoryId the territory
     * @return a new builder
     * @throws NullPointerException if {@code territoryId} is null
     */
    public static Builder builder(String territoryId) {
        return new Builder(Required.nonNull(territoryId, "territoryId"));
    }

    /** Builds a {@link RegisterMember}; not thread-safe, one per command. */
    public static final class Builder {
        private final String territoryId;
        private String displayName;
        private String email;
        private String phone;
        private String language;
        private String inseeCode;
        private GeoPoint point;
        private final java.util.EnumSet<MemberRole> roles = java.util.EnumSet.noneOf(MemberRole.class);
        private Integer yearOfBirth;
        private String consentTextVersion;
        private boolean acceptsContactSharing;

        private Builder(String territoryId) {
            this.territoryId = territoryId;
        }

        /**
         * @param displayName the name other members see
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = Required.nonNull(displayName, "displayName");
            return this;
        }

        /**
         * @param email the contact e-mail, disclosed only inside an accepted introduction
         * @return this builder
         */
        public Builder email(String email) {
            this.email = Required.nonNull(email, "email");
            return this;
        }

        /**
         * @param phone an optional phone number (omit the call when there is none)
         * @return this builder
         */
        public Builder phone(String phone) {
            this.phone = Required.nonNull(phone, "phone");
            return this;
        }

        /**
         * @param language {@code fr} or {@code en}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = Required.nonNull(language, "language");
            return this;
        }

        /**
         * @param locale the member's locale; its language ({@code fr} or {@code en}) is kept
         * @return this builder
         */
        public Builder locale(java.util.Locale locale) {
            return language(Required.nonNull(locale, "locale").getLanguage());
        }

        /**
         * @param inseeCode the INSEE code of the member's commune
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
         * The member offers help.
         *
         * @return this builder
         */
        public Builder helper() {
            roles.add(MemberRole.HELPER);
            return this;
        }

        /**
         * The member asks for help.
         *
         * @return this builder
         */
        public Builder beneficiary() {
            roles.add(MemberRole.BENEFICIARY);
            return this;
        }

        /**
         * @param role a role to add
         * @return this builder
         */
        public Builder role(MemberRole role) {
            roles.add(Required.nonNull(role, "role"));
            return this;
        }

        /**
         * @param yearOfBirth an optional year of birth (omit the call when not asked)
         * @return this builder
         */
        public Builder yearOfBirth(int yearOfBirth) {
            this.yearOfBirth = yearOfBirth;
            return this;
        }

        /**
         * The member accepted the terms of use (required: a registration without them is refused).
         *
         * @param consentTextVersion the version of the terms and consent texts shown
         * @return this builder
         */
        public Builder acceptsTerms(String consentTextVersion) {
            this.consentTextVersion = Required.nonNull(consentTextVersion, "consentTextVersion");
            return this;
        }

        /**
         * The member agrees that their contact details are shared inside accepted introductions.
         *
         * @return this builder
         */
        public Builder acceptsContactSharing() {
            this.acceptsContactSharing = true;
            return this;
        }

        /**
         * @return the command
         * @throws IllegalStateException if a required part is missing
         */
        public RegisterMember build() {
            String c = "RegisterMember";
            Required.part(displayName, c, "displayName");
            Required.part(email, c, "email");
            Required.part(language, c, "language");
            Required.part(inseeCode, c, "commune");
            Required.part(roles.isEmpty() ? null : roles, c, "role (helper() or beneficiary())");
            Required.part(consentTextVersion, c, "acceptsTerms(version)");
            return new RegisterMember(territoryId, displayName, email, Optional.ofNullable(phone), language, inseeCode,
                    Optional.ofNullable(point), Set.copyOf(roles), Optional.ofNullable(yearOfBirth), true,
                    acceptsContactSharing, consentTextVersion);
        }
    }
}
