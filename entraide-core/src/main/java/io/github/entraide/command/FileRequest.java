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
}
