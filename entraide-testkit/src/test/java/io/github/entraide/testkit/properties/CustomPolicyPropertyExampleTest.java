package io.github.entraide.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.CandidateFilter;
import io.github.entraide.matching.InMemoryCandidateIndex;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.StandardScorers;
import io.github.entraide.testkit.generators.EntraideGens;
import org.junit.jupiter.api.Test;

/** The README's example: a tester checks a territory's own policy, and a rule of their own. */
class CustomPolicyPropertyExampleTest {
    // A territory keeps in-person help within the commune and weighs load heavily.
    private final MatchingPolicy sameCommune = MatchingPolicy.standard().toBuilder()
            .withFilter(CandidateFilter.of("same-commune",
                    c -> c.isRemote() || c.offer().location().inseeCode().equals(c.request().location().inseeCode())))
            .withScorer(StandardScorers.load(), 5)
            .build();

    @Test
    void theStandardPropertiesHoldForTheTerritorysPolicy() {
        MatchingProperties.onlineEqualsBruteForce(sameCommune).check();
        MatchingProperties.remoteCategoriesIgnoreDistance(sameCommune).check();
    }

    @Test
    void inPersonCandidatesAreAlwaysFromTheRequestersCommune() {
        MatchingCheck.of("in-person candidates share the commune", EntraideGens.scenarios(30, 8), s -> {
            InMemoryCandidateIndex index = new InMemoryCandidateIndex();
            index.load(s.offers());
            for (HelpRequest r : s.requests()) {
                boolean remote = s.territory().catalogue().find(r.categoryId()).orElseThrow().isRemote();
                index.topCandidates(r, sameCommune, s.environment(), 10).forEach(c -> {
                    if (!remote) {
                        assertThat(c.offer().location().inseeCode()).isEqualTo(r.location().inseeCode());
                    }
                });
            }
        }).check();
    }
}
