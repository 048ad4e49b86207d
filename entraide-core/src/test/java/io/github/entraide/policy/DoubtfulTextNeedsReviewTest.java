package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubtfulTextNeedsReviewTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Une petite participation serait appréciée.", "Un dédommagement pour le trajet.",
        "Contribution aux frais si possible.", "Participation aux frais d'essence.", "Une petite pièce ?",
        "Contre un petit quelque chose.", "Un défraiement est possible.", "Petrol money welcome.",
        "Some compensation for travel expenses.", "A small donation would be appreciated.",
        "Je prends une commission sur le total.", "Les frais sont à votre charge.",
    })
    void aDoubtfulTextGoesToAModeratorBeforePublication(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.verdict()).as("%s -> %s", text, assessment).isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW);
        assertThat(assessment.requiresReview()).isTrue();
        assertThat(assessment.reasons()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.verdict()).isEqualTo(VolunteerOnlyVerdict.NEEDS_REVIEW));
    }
}
