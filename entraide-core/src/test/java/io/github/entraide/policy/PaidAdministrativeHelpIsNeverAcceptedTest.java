package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, after reading heldout-4's errors: money in administrative help is often a third party's, but a
 * price per unit of the help, a settlement of an amount or the author's cut of the money received is the
 * author's own price. The phrases are written for this test, none is copied from a held-out file.
 */
class PaidAdministrativeHelpIsNeverAcceptedTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();
    private final AssessmentContext homework = AssessmentContext.of(AssessmentContext.Kind.HOMEWORK);
    private final AssessmentContext administrative = AssessmentContext.of(AssessmentContext.Kind.ADMINISTRATIVE_HELP);

    @ParameterizedTest
    @ValueSource(strings = {
        "Je monte votre dossier de retraite, 45 € le dossier",
        "Aide pour la déclaration d'impôts : 25 euros la déclaration",
        "Je rédige vos courriers à la mairie, 8 € par courrier",
        "Je remplis le formulaire APL pour vous, 15 € le formulaire",
        "I sort out your housing benefit claim, £35 per claim",
        "I fill in passport applications, £20 per application",
        "Self-assessment done for you, £60 per return",
    })
    void anAmountPerUnitOfTheHelpIsRejectedInEveryCategory(String text) {
        assertThat(policy.assess(text).isRejected()).as("text alone: %s", text).isTrue();
        assertThat(policy.assess(text, administrative).isRejected()).as("administrative: %s", text).isTrue();
        assertThat(policy.assess(text, homework).isRejected()).as("homework: %s", text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Je m'occupe de votre dossier MDPH, 40 €, réglable en espèces",
        "Constitution du dossier de surendettement : 60 euros, payable par chèque",
        "I help with council tax forms, £25, payable in cash",
    })
    void anAmountSettledByAMeansOfPaymentIsRejectedInEveryCategory(String text) {
        assertThat(policy.assess(text).isRejected()).as("text alone: %s", text).isTrue();
        assertThat(policy.assess(text, administrative).isRejected()).as("administrative: %s", text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Je récupère vos arriérés d'APL, je prends 15 % des sommes récupérées",
        "I chase your tax refund and take a 20% cut of the refund",
    })
    void theAuthorsCutOfTheMoneyReceivedIsRejected(String text) {
        assertThat(policy.assess(text).isRejected()).as("text alone: %s", text).isTrue();
        assertThat(policy.assess(text, administrative).isRejected()).as("administrative: %s", text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dossier de prime d'activité monté avec vous, 12 % de la prime obtenue",
        "Help with a benefits appeal, a share of the backdated payment",
    })
    void aShareOfTheMoneyReceivedIsNeverAccepted(String text) {
        assertThat(policy.assess(text).isAccepted()).as("text alone: %s", text).isFalse();
        assertThat(policy.assess(text, administrative).isAccepted()).as("administrative: %s", text).isFalse();
    }

    @Test
    void aUnitOfGoodsInALessonStaysAcceptedInHomework() {
        assertThat(policy.assess("Exercice : calcule le prix de 4 stylos à 3 € le stylo", homework).isAccepted()).isTrue();
    }

    @Test
    void helpToPayABillByChequeIsNotRejected() {
        String text = "Aidez-moi à payer ma facture d'eau de 70 €, payable par chèque";

        assertThat(policy.assess(text, administrative).isRejected()).isFalse();
    }
}
