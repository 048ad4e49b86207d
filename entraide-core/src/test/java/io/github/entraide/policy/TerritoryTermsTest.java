package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TerritoryTermsTest {

    @Test
    void aTerritoryRejectTermRejectsAndIsFoldedLikeTheText() {
        VolunteerOnlyPolicy grenoble = VolunteerOnlyPolicy.builder().addRejectedTerm("Cairn").build();

        VolunteerOnlyAssessment assessment = grenoble.assess("Paiement possible en CAIRN");

        assertThat(assessment.isRejected()).isTrue();
        assertThat(assessment.reasons()).anySatisfy(reason -> {
            assertThat(reason.code()).isEqualTo(VolunteerOnlyReasonCode.TERRITORY_TERM);
            assertThat(reason.excerpt()).isEqualTo("CAIRN");
        });
        assertThat(grenoble.assess("3 cairns")).as("whole words only").matches(VolunteerOnlyAssessment::isAccepted);
    }

    @Test
    void aTerritoryReviewTermSendsToModeration() {
        VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.builder().addReviewTerm("heures d’échange").build();

        VolunteerOnlyAssessment assessment = policy.assess("Je propose des HEURES D'ECHANGE du SEL");

        assertThat(assessment.requiresReview()).isTrue();
        assertThat(assessment.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(VolunteerOnlyReasonCode.TERRITORY_TERM);
            assertThat(reason.verdict()).isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW);
            assertThat(reason.excerpt()).isEqualTo("HEURES D'ECHANGE");
        });
    }

    @Test
    void aTerritoryRejectTermFollowsTheCertaintyRule() {
        VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.builder().addRejectedTerm("cairn").build();

        assertThat(policy.assess("Tutorat en visio, je prends un cairn").verdict()).isEqualTo(VolunteerOnlyVerdict.REJECTED);
        assertThat(policy.assess("Besoin d'aide pour payer ma facture en cairn au marché").verdict())
                .as("paid to a third party: a moderator decides, never an outright rejection")
                .isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW);
        assertThat(policy.assess("Exposé d'histoire sur le cairn, la monnaie locale").verdict())
                .as("the money is the subject of the homework").isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW);
    }

    /** The learned arbiter has never seen a territory's terms: it may not accept a text in which one was found. */
    @Test
    void theLearnedArbiterNeverAcceptsATextWithATerritoryTerm() {
        String text = "Besoin d'aide pour payer ma facture en cairn au marché";
        VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.builder().addRejectedTerm("cairn").build();
        double p = LearnedArbiter.shipped().score(NormalizedText.of(text).text(), AssessmentContext.Kind.UNKNOWN,
                true).probability();
        assertThat(LearnedArbiter.shipped().confidentlyInnocent(p)).as("the model alone would accept it").isTrue();
        assertThat(policy.usesLearnedArbiter()).isTrue();

        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.verdict()).isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW);
        assertThat(assessment.reasons()).extracting(VolunteerOnlyReason::code).contains(VolunteerOnlyReasonCode.TERRITORY_TERM);
    }

    @Test
    void aNegatedTerritoryTermIsAccepted() {
        VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.builder().addRejectedTerm("cairn").build();

        assertThat(policy.assess("Pas de cairn, c'est gratuit").isAccepted()).isTrue();
    }

    @Test
    void withTermsAddsToThePolicyAndLeavesTheOriginalUnchanged() {
        VolunteerOnlyPolicy standard = VolunteerOnlyPolicy.standard();
        VolunteerOnlyPolicy local = standard.withTerms(Set.of("Léman"), Set.of("troc"));

        assertThat(local.rejectedTerms()).containsExactly("leman");
        assertThat(local.reviewTerms()).containsExactly("troc");
        assertThat(local.assess("Payable en lémans ou en LÉMAN").isRejected()).isTrue();
        assertThat(local.assess("Troc possible").requiresReview()).isTrue();
        assertThat(standard.assess("Payable en LÉMAN").reasons())
                .noneMatch(reason -> reason.code() == VolunteerOnlyReasonCode.TERRITORY_TERM);
        assertThat(local.withTerms(Set.of("cairn"), Set.of()).rejectedTerms()).containsExactlyInAnyOrder("leman", "cairn");
    }

    @Test
    void blankOrNullTermsAreRefusedAtTheBoundary() {
        assertThatThrownBy(() -> VolunteerOnlyPolicy.builder().addRejectedTerm(" \u00a0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VolunteerOnlyPolicy.builder().addReviewTerm(null))
                .isInstanceOf(NullPointerException.class).hasMessage("term");
        assertThatThrownBy(() -> VolunteerOnlyPolicy.standard().withTerms(null, Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("rejectTerms");
    }

    @Test
    void aBuilderWithoutTermsGivesTheStandardPolicy() {
        assertThat(VolunteerOnlyPolicy.builder().build()).isSameAs(VolunteerOnlyPolicy.standard());
    }
}
