package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The category context of issue 18: homework and administrative help speak of money by nature. */
class MoneyAsTheCategorysSubjectIsNeverRejectedTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();
    private final AssessmentContext homework = AssessmentContext.of(AssessmentContext.Kind.HOMEWORK);
    private final AssessmentContext administrative = AssessmentContext.of(AssessmentContext.Kind.ADMINISTRATIVE_HELP);
    private final AssessmentContext groceries = AssessmentContext.of(AssessmentContext.Kind.GROCERIES);

    @ParameterizedTest
    @ValueSource(strings = {
        "Exercice : un forfait coûte 15 € par mois, combien sur un an ?",
        "Un jean à 60 € soldé à 30 %, combien paie-t-on ?",
        "Mon abonnement est à 29 € par mois, je veux le résilier.",
        "On m'a prélevé 35 euros, je ne comprends pas.",
    })
    void moneyNotTiedToTheHelpIsRejectedNeitherOnItsWordsAloneNorInHomeworkOrAdministrativeHelp(String text) {
        // rejected on the words alone before issue 18's second round; no cue says the author is paid
        assertThat(policy.assess(text).isRejected()).as("text alone: %s", text).isFalse();

        assertThat(policy.assess(text, homework).isRejected()).as("homework: %s", text).isFalse();
        assertThat(policy.assess(text, administrative).isRejected()).as("administrative: %s", text).isFalse();
    }

    @Test
    void anAmountInALessonsSumIsAcceptedInHomework() {
        assertThat(policy.assess("Un jean à 60 € soldé à 30 %, combien paie-t-on ?", homework).isAccepted()).isTrue();
    }

    @Test
    void aBareAmountInHomeworkGoesToAModerator() {
        assertThat(policy.assess("Aide aux devoirs, 20 €", homework).verdict()).isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Aide aux devoirs, 20 € de l'heure",
        "Cours de maths, 25€/h",
        "Aide aux devoirs payante",
        "Aide aux devoirs, je vous paierai bien",
        "Je remplis vos papiers CAF contre 20 €",
        "Aide pour vos impôts, honoraires modestes",
    })
    void aClearPaymentToTheAuthorIsRejectedInEveryCategory(String text) {
        assertThat(policy.assess(text, homework).isRejected()).as("homework: %s", text).isTrue();
        assertThat(policy.assess(text, administrative).isRejected()).as("administrative: %s", text).isTrue();
    }

    @Test
    void moneyHandedOverForTheGroceriesIsAccepted() {
        String text = "Courses pour ma voisine : elle me laisse 30 € dans une enveloppe et je rapporte le ticket";

        assertThat(policy.assess(text, groceries).isAccepted()).isTrue();
    }

    @Test
    void aPriceForTheShoppingHelpIsStillRejectedInGroceries() {
        assertThat(policy.assess("Je fais vos courses, vous me donnez 10 € pour ma peine en plus du ticket", groceries)
                .isRejected()).isTrue();
        assertThat(policy.assess("I do your shopping for £5 a trip plus the receipt", groceries).isRejected()).isTrue();
    }

    @Test
    void theUnknownContextIsTheTextAlone() {
        String text = "Exercice : un forfait coûte 15 € par mois, combien sur un an ?";

        assertThat(policy.assess(text, AssessmentContext.unknown())).isEqualTo(policy.assess(text));
    }

    @Test
    void aNullContextIsRefused() {
        assertThatThrownBy(() -> policy.assess("texte", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("context");
        assertThatThrownBy(() -> AssessmentContext.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
    }

    @Test
    void territoryRejectTermsFollowTheCategory() {
        VolunteerOnlyPolicy grenoble = VolunteerOnlyPolicy.builder().addRejectedTerm("cairns").build();

        assertThat(grenoble.assess("Tutorat, 10 cairns", homework).isRejected()).isFalse();
        assertThat(grenoble.assess("Tutorat, 10 cairns", homework).requiresReview()).isTrue();
        assertThat(grenoble.assess("Tutorat, je prends 10 cairns", homework).isRejected()).isTrue();
    }
}
