package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Negated payment words, and tricky words in their honest sense, are accepted. */
class HonestWordsAreAcceptedTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Gratuit.", "Bénévole.", "Sans contrepartie.", "Free of charge.", "No charge.", "I'm in charge of a team.",
        "I can take charge of it.", "Ça n'a pas de prix.", "Pas payant.", "Non rémunéré.", "Not paid.", "Unpaid.",
        "Free, no fee.", "Aucun frais.", "Pas de frais.", "Je ne facture rien.", "I won't charge anything.",
        "Tarif : gratuit.", "No payment needed.", "Zero fees.", "Je ne veux pas être payé.",
        "Pas besoin de me payer.", "Please don't offer money.", "I won't take a penny.", "Je ne demande pas un centime.",
        "Je peux faire les commissions.", "Parking payant devant chez moi.", "Aide pour le tarif social de l'eau.",
        "Je m'appelle Lydia.", "Aide pour créer un compte PayPal.", "Je peux vous aider à faire un virement.",
        "Aide pour comprendre une facture d'électricité.", "My rate of typing is slow.", "I'll charge my phone.",
        "Des fruits et légumes frais.", "Prise en charge de vos courses.", "I'm not free on Mondays.",
        "Ne vous inquiétez pas, c'est gratuit.",
    })
    void honestUseOfAPaymentWordIsAccepted(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.isAccepted()).as("%s -> %s", text, assessment).isTrue();
    }
}
