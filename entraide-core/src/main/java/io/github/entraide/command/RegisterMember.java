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
}
