package io.github.entraide.command;

import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;

/**
 * Changes a member's own profile.
 *
 * @param territoryId the territory
 * @param memberId the member
 * @param displayName the name shown to others
 * @param email the contact e-mail address
 * @param phone an optional phone number
 * @param language {@code fr} or {@code en}
 * @param inseeCode the commune
 * @param point an optional point, rounded when stored
 * @param roles helper and/or beneficiary
 */
public record UpdateProfile(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String memberId,
        @NotBlank @Size(max = Constraints.MAX_NAME) @Pattern(regexp = Constraints.SINGLE_LINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String displayName,
        @NotBlank @Size(max = 254) @Email @Pattern(regexp = Constraints.SINGLE_LINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String email,
        @NotNull Optional<@Size(min = 4, max = 30) @Pattern(regexp = "[+0-9 ().-]*") String> phone,
        @NotNull @Pattern(regexp = Constraints.LANGUAGE, message = Constraints.LANGUAGE_MESSAGE) String language,
        @NotNull @Pattern(regexp = Constraints.INSEE_CODE, message = Constraints.INSEE_CODE_MESSAGE) String inseeCode,
        @NotNull Optional<GeoPoint> point,
        @NotEmpty Set<@NotNull MemberRole> roles) {

    /**
     * Starts a profile update, for example {@code UpdateProfile.builder(t, memberId).displayName("Camille")
     * .email("camille@example.org").language("fr").commune(inseeCode).helper().build()}.
     *
     * <p>An update replaces the whole profile, so display name, e-mail, language, commune and at least
     * one role are required (a missing one makes {@link Builder#build()} throw an
     * {@link IllegalStateException} naming it); leaving out the phone or the point removes them. Values
     * are checked by this record's constraints when the use case receives the command.
     *
     * @param territoryId the territory
     * @param memberId the member whose profile changes
     * @return a new builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String territoryId, String memberId) {
        return new Builder(Required.nonNull(territoryId, "territoryId"), Required.nonNull(memberId, "memberId"));
    }

    /** Builds an {@link UpdateProfile}; not thread-safe, one per command. */
    public static final class Builder {
        private final String territoryId;
        private final String memberId;
        private String displayName;
        private String email;
        private String phone;
        private String language;
        private String inseeCode;
        private GeoPoint point;
        private final java.util.EnumSet<MemberRole> roles = java.util.EnumSet.noneOf(MemberRole.class);

        private Builder(String territoryId, String memberId) {
            this.territoryId = territoryId;
            this.memberId = memberId;
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
         * @param phone a phone number (omit the call to have none)
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
         * @param inseeCode the INSEE code of the member's commune
         * @return this builder
         */
        public Builder commune(String inseeCode) {
            this.inseeCode = Required.nonNull(inseeCode, "inseeCode");
            return this;
        }

        /**
         * @param point a coarse location (omit the call to use the commune's centroid)
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
         * @return the command
         * @throws IllegalStateException if a required part is missing
         */
        public UpdateProfile build() {
            if (roles.isEmpty()) {
                throw new IllegalStateException("UpdateProfile: a role (helper() or beneficiary()) is required"
                        + " / un rôle (helper() ou beneficiary()) est obligatoire");
            }
            return new UpdateProfile(territoryId, memberId,
                    Required.part(displayName, "UpdateProfile", "displayName"),
                    Required.part(email, "UpdateProfile", "email"),
                    Optional.ofNullable(phone),
                    Required.part(language, "UpdateProfile", "language"),
                    Required.part(inseeCode, "UpdateProfile", "inseeCode"),
                    Optional.ofNullable(point),
                    Set.copyOf(roles));
        }
    }
}
