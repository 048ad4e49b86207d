package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonMessagesTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @Test
    void anAmountIsExplainedInFrenchByDefaultAndInEnglish() {
        VolunteerOnlyReason reason = policy.assess("Je fais vos courses pour 10 €").reasons().get(0);

        assertThat(reason.message()).isEqualTo("Le texte mentionne un montant (« 10 € ») : l'entraide est gratuite.");
        assertThat(reason.message(Locale.FRANCE)).isEqualTo(reason.message());
        assertThat(reason.message(Locale.ENGLISH)).isEqualTo("The text mentions an amount (\"10 €\"): mutual aid is free.");
        assertThat(reason.message(Locale.UK)).isEqualTo(reason.message(Locale.ENGLISH));
        assertThat(reason.message(Locale.GERMAN)).as("French is the default").isEqualTo(reason.message());
    }

    @Test
    void theExcerptIsShownAsThePersonWroteIt() {
        VolunteerOnlyReason reason = policy.assess("Aide aux devoirs : 15\u00a0€/HEURE").reasons().get(0);

        assertThat(reason.code()).isEqualTo(VolunteerOnlyReasonCode.RATE);
        assertThat(reason.excerpt()).isEqualTo("15 €/HEURE");
    }

    @Test
    void aDoubtfulReasonSaysAModeratorWillCheck() {
        VolunteerOnlyReason reason = policy.assess("Un petit dédommagement serait apprécié").reasons().get(0);

        assertThat(reason.message()).isEqualTo("Le texte évoque un dédommagement ou une participation aux frais"
                + " (« dédommagement ») : un modérateur vérifiera qu'il ne s'agit pas d'un paiement.");
        assertThat(reason.message(Locale.ENGLISH)).isEqualTo("The text mentions compensation or a contribution to costs"
                + " (\"dédommagement\"): a moderator will check that it is not a payment.");
    }

    @ParameterizedTest
    @EnumSource(VolunteerOnlyReasonCode.class)
    void everyCodeHasAFrenchAndAnEnglishSentence(VolunteerOnlyReasonCode code) {
        for (VolunteerOnlyVerdict verdict : new VolunteerOnlyVerdict[] {VolunteerOnlyVerdict.REJECTED,
                VolunteerOnlyVerdict.NEEDS_REVIEW}) {
            VolunteerOnlyReason reason = new VolunteerOnlyReason(code, "x", verdict);
            assertThat(reason.message(Locale.FRENCH)).startsWith("Le texte ").contains("« x »").endsWith(".");
            assertThat(reason.message(Locale.ENGLISH)).startsWith("The text ").contains("\"x\"").endsWith(".");
        }
    }

    @Test
    void aReasonIsAValidatedValue() {
        assertThatThrownBy(() -> new VolunteerOnlyReason(VolunteerOnlyReasonCode.AMOUNT, "10 €", VolunteerOnlyVerdict.ACCEPTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VolunteerOnlyReason(null, "10 €", VolunteerOnlyVerdict.REJECTED))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> new VolunteerOnlyReason(VolunteerOnlyReasonCode.AMOUNT, " ", VolunteerOnlyVerdict.REJECTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VolunteerOnlyReason(VolunteerOnlyReasonCode.AMOUNT, "x", VolunteerOnlyVerdict.REJECTED)
                .message(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    }
}
