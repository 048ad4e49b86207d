package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OffensiveContentPolicyTest {

    private final OffensiveContentPolicy policy = OffensiveContentPolicy.standard();

    @Test
    void anInsultGoesToModerationWithAReadableReason() {
        OffensiveContentAssessment a = policy.assess("Espèce de CONNARD, viens vite.");
        assertThat(a.requiresReview()).isTrue();
        assertThat(a.reasons()).extracting(OffensiveContentReason::code).containsExactly(OffensiveContentReasonCode.INSULT);
        assertThat(a.reasons().get(0).excerpt()).isEqualTo("CONNARD");
        assertThat(a.reasons().get(0).message(Locale.FRENCH)).isEqualTo("« CONNARD » : une insulte");
        assertThat(a.reasons().get(0).message(Locale.ENGLISH)).isEqualTo("\"CONNARD\": an insult");
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        assertThat(policy.assess("Une dispute sur la conversation, en retard.").requiresReview()).isFalse();
        assertThat(policy.assess("un vrai con").requiresReview()).isTrue();
    }

    @Test
    void contactDetailsInTheTextAreHarvesting() {
        assertThat(policy.assess("écrivez à a.b@example.org").reasons())
                .extracting(OffensiveContentReason::code).containsExactly(OffensiveContentReasonCode.CONTACT_HARVESTING);
        assertThat(policy.assess("au 06.12.34.56.78").requiresReview()).isTrue();
        assertThat(policy.assess("code postal 38000, 2 fois par semaine").requiresReview()).isFalse();
    }

    @Test
    void reasonsFollowTheText() {
        OffensiveContentAssessment a = policy.assess("Ajoutez-moi sur Snap, sinon je vais te tuer, connard.");
        assertThat(a.reasons()).extracting(OffensiveContentReason::code).containsExactly(
                OffensiveContentReasonCode.CONTACT_HARVESTING, OffensiveContentReasonCode.THREAT,
                OffensiveContentReasonCode.INSULT);
    }

    @Test
    void aTerritoryAddsAndRemovesTerms() {
        OffensiveContentPolicy local = policy.withTerms(Set.of("Gros Nul*"), Set.of("bouffon", "batard*"));
        assertThat(local.assess("quel gros nullard").reasons()).extracting(OffensiveContentReason::code)
                .containsExactly(OffensiveContentReasonCode.TERRITORY_TERM);
        assertThat(local.assess("mon chien est un bâtard, le roi a son bouffon").requiresReview()).isFalse();
        assertThat(policy.assess("le roi a son bouffon").requiresReview()).isTrue();
        assertThatThrownBy(() -> policy.withTerms(Set.of("--"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letter");
    }

    @Test
    void emptyTextIsClear() {
        assertThat(policy.assess("  ")).isEqualTo(OffensiveContentAssessment.clear());
    }
}
