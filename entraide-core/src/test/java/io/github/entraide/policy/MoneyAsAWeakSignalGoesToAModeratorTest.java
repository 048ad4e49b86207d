package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, second round: {@code REJECTED} only for a clear payment to the author; every other money signal is at
 * most {@code NEEDS_REVIEW}, on the text alone ({@code assess(text)}) as in a category.
 */
class MoneyAsAWeakSignalGoesToAModeratorTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Je fais vos courses pour 10 €",
        "Je prends 20 € par séance",
        "Jardinage, 12 € de l'heure",
        "I charge £15 for a lawn",
        "Cours de guitare à 15 €",
        "Paiement par Lydia",
        "Je vous paierai bien si vous promenez mon chien",
        "Aide rémunérée",
        "Je promène votre chien contre un peu d'oseille",
    })
    void aClearPaymentToTheAuthorIsRejectedOnTheTextAlone(String text) {
        assertThat(policy.assess(text).verdict()).as(text).isEqualTo(VolunteerOnlyVerdict.REJECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tarifs raisonnables, contactez-moi",
        "Tonte de pelouse, 25 €",
        "Un petit pourboire fait toujours plaisir",
        "Gardiennage de plantes, une petite enveloppe à votre retour si vous voulez",
        "Je suis étudiant, j'ai besoin de sous, je peux faire du ménage",
        "Promenade de chien, tarif par passage à voir ensemble",
        "Repassage, participation libre",
        "Je vous aide au jardin, donnez ce que vous voulez",
        "Réparation de vélos, vous payez les pièces et la main d'oeuvre",
        "Courses livrées, je prends vingt pour cent du ticket, pas plus",
    })
    void aWeakOrVagueSignalGoesToAModeratorNotARefusal(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.isAccepted()).as(text).isFalse();
        if (!text.contains("je prends")) {
            assertThat(assessment.isRejected()).as(text).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le parking de la clinique est à 3 € de l'heure, pouvez-vous me déposer devant ?",
        "Mon fils doit calculer ce que gagne un électricien payé 45 € de l'heure pendant 6 heures",
        "The coffee at £2 was cold but the chat was lovely",
        "On m'a prélevé 35 euros, je ne comprends pas.",
    })
    void moneyThatIsNotThePriceOfTheHelpIsNeverRejectedOnTheTextAlone(String text) {
        assertThat(policy.assess(text).isRejected()).as(text).isFalse();
    }

    @Test
    void moneyHandedOverForTheGroceriesIsAcceptedWhateverTheCategory() {
        String text = "Mon voisin me donne 40 € le lundi, je fais ses courses et je lui rends la monnaie avec le ticket";

        assertThat(policy.assess(text).isAccepted()).isTrue();
        assertThat(policy.assess(text, AssessmentContext.of(AssessmentContext.Kind.OTHER)).isAccepted()).isTrue();
    }

    @Test
    void pricesAsATopicOfConversationAreAccepted() {
        assertThat(policy.assess("On peut papoter de tout, de la météo et des prix qui augmentent", AssessmentContext.of(
                AssessmentContext.Kind.CONVERSATION)).isAccepted()).isTrue();
    }
}
