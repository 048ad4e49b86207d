package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, fourth round: a vague ask for money aimed at the reader goes to a moderator at least, and an amount
 * that belongs to goods or to a third party, with nothing saying who pays the author, is accepted. The phrases are new,
 * written for this test (none is from heldout-5).
 */
class MoneyAskedVaguelyOrOwedToOthersTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Je lave votre voiture, vous me donnerez ce que vous voudrez",
        "Je repeins vos volets, en échange d'un petit billet",
        "Baby-sitting le samedi, à prévoir un peu d'argent pour mes trajets",
        "Je vous conduis au marché, une petite obole serait appréciée",
        "Je fais vos vitres pour quelques balles",
        "I'll mow your lawn, you'd give me a bit of cash afterwards",
        "Happy to fix your bike, a couple of quid in return",
        "I'll walk your dog, I expect some beer money at the end of the week",
        "Tidying your garden, I'd ask for something towards my petrol",
    })
    void aVagueAskForMoneyGoesToAModeratorAtLeast(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        // NEEDS_REVIEW from the new rule; REJECTED where older rules already read a payment tied to the help
        // ("en échange d'un petit billet", "pour quelques balles", "give me … cash")
        assertThat(assessment.isAccepted()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "J'ai acheté une lampe à 45 € chez Castorama, qui peut m'aider à la fixer au plafond ?",
        "Ma facture d'eau est une dette de 230 € maintenant, qui peut m'aider à écrire au fournisseur ?",
        "I bought a bookcase for £60 and the screws are missing, could someone help me find new ones?",
        "My rent went up to £700 and I need help to write to the landlord",
        "Le timbre coûte 1,39 € maintenant, j'aimerais qu'on m'aide à écrire aux petits-enfants par mail",
    })
    void someoneElsesMoneyIsAccepted(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.verdict()).as(text + " " + assessment.reasons()).isEqualTo(VolunteerOnlyVerdict.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Je ne demande rien en échange, ni argent ni cadeau",
        "Je fais vos courses, vous me donnez l'argent des courses et le ticket",
        "You give me the list and the money for the shopping, nothing else",
        "J'apprends aux enfants à compter l'argent avec des pièces en carton",
    })
    void anAskForTheGoodsOrANegatedAskIsAccepted(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.verdict()).as(text + " " + assessment.reasons()).isEqualTo(VolunteerOnlyVerdict.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Cours de maths, 20 € la séance",
        "I charge £15 an hour for gardening",
    })
    void aClearPaymentStaysRejected(String text) {
        assertThat(policy.assess(text).verdict()).as(text).isEqualTo(VolunteerOnlyVerdict.REJECTED);
    }
}
