package io.github.entraide.command;

import io.github.entraide.domain.ConsentPurpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Records a member giving or withdrawing a consent.
 *
 * @param territoryId the territory
 * @param memberId the member
 * @param purpose what the consent is for
 * @param textVersion the version of the text shown
 * @param granted true to give, false to withdraw
 */
public record RecordConsent(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String memberId,
        @NotNull ConsentPurpose purpose,
        @NotBlank @Size(max = 32) @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String textVersion,
        boolean granted) {

    /**
     * A member gives a consent, for example {@code RecordConsent.grant(t, memberId, purpose, "2026-11")}.
     *
     * @param territoryId the territory
     * @param memberId the member
     * @param purpose what the consent is for
     * @param textVersion the version of the text shown to the member
     * @return the command
     */
    public static RecordConsent grant(String territoryId, String memberId, ConsentPurpose purpose, String textVersion) {
        return new RecordConsent(territoryId, memberId, purpose, textVersion, true);
    }

    /**
     * A member withdraws a consent given earlier.
     *
     * @param territoryId the territory
     * @param memberId the member
     * @param purpose what the consent was for
     * @param textVersion the version of the text shown to the member
     * @return the command
     */
    public static RecordConsent withdraw(String territoryId, String memberId, ConsentPurpose purpose, String textVersion) {
        return new RecordConsent(territoryId, memberId, purpose, textVersion, false);
    }
}
