package io.github.entraide.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.InMemoryCandidateIndex;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.testkit.generators.EntraideGens;
import io.github.entraide.testkit.properties.MatchingCheck;
import io.github.entraide.testkit.properties.MatchingProperties;
import org.junit.jupiter.api.Test;

/**
 * How a tester checks a custom matching policy: the test kit's standard properties, plus one of
 * one's own, each over 1,000 generated scenarios by default ({@code -Dentraide.property.tries=n}
 * changes it; a failure prints a shrunk counterexample and the seed to replay it).
 */
class SameCommunePolicyPropertiesTest {
    private final MatchingPolicy policy = SameCommunePolicy.create();

    @Test
    void theIndexReturnsWhatABruteForceScanReturns() {
        MatchingProperties.onlineEqualsBruteForce(policy).check();
    }

    @Test
    void remoteHelpIgnoresDistance() {
        MatchingProperties.remoteCategoriesIgnoreDistance(policy).check();
    }

    @Test
    void everyBatchAssignmentPassesEveryFilter() {
        MatchingProperties.everyAssignmentSatisfiesEveryFilter(BatchAssigner.of(policy)).check();
    }

    @Test
    void inPersonCandidatesLiveInTheRequestsCommune() {
        MatchingCheck.of("in-person candidates share the commune", EntraideGens.scenarios(30, 8), s -> {
            InMemoryCandidateIndex index = new InMemoryCandidateIndex();
            index.load(s.offers());
            for (HelpRequest r : s.requests()) {
                boolean remote = s.territory().catalogue().find(r.categoryId()).orElseThrow().isRemote();
                for (Candidate c : index.topCandidates(r, policy, s.environment(), 10)) {
                    if (!remote) {
                        assertThat(c.offer().location().inseeCode()).isEqualTo(r.location().inseeCode());
                    }
                }
            }
        }).check();
    }
}
