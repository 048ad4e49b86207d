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
}
