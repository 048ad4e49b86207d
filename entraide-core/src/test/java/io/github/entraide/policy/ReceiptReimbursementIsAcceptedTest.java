package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptReimbursementIsAcceptedTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Je vous rembourse le ticket de caisse.",
        "Remboursement des courses sur présentation du ticket.",
        "You reimburse the receipt.",
        "I'll pay you back for the groceries.",
        "The cost of the shopping will be reimbursed with the receipt.",
        "Je vous rembourse les courses par virement ou en espèces, ticket à l'appui.",
        "Je rembourserai les courses par Lydia dès réception du ticket.",
        "Budget 40 € max pour les courses, je vous rembourse avec le ticket.",
        "Le ticket était de 23,40 €, vous me rembourserez quand vous pourrez.",
        "Weekly shop up to £50 budget, you reimburse the receipt.",
        "Le prix des courses sera remboursé sur présentation du ticket.",
        "I'll give you the money for the groceries when you arrive.",
        "Ne vous inquiétez pas pour l'argent des courses, je vous rembourse tout de suite.",
        "Les courses : c'est vous qui payez les produits, moi je donne mon temps.",
    })
    void reimbursingTheGoodsIsNotPayment(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.isAccepted()).as("%s -> %s", text, assessment).isTrue();
        assertThat(assessment.reasons()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Je vous rembourse les courses, et 30 € aussi, avec le ticket.",
    })
    void anAmountBesideAReimbursementGoesToAModerator(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.requiresReview()).as("%s -> %s", text, assessment).isTrue();
        assertThat(assessment.reasons()).extracting(VolunteerOnlyReason::code)
                .containsExactly(VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT);
    }
}
