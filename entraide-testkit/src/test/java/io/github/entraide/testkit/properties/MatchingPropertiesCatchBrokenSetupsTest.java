package io.github.entraide.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.CandidateScorer;
import io.github.entraide.matching.MatchingContext;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.testkit.generators.EntraideGens;
import io.github.entraide.testkit.property.PropertyFailedException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The properties have teeth: they fail on setups that break them, with a counterexample. */
class MatchingPropertiesCatchBrokenSetupsTest {

    @Test
    void aScorerThatOverstatesItsDistanceBoundIsCaughtByOnlineEqualsBruteForce() {
        // Claims every offer d km away costs at least 100·d, while it costs d: the index stops too early.
        CandidateScorer liar = new CandidateScorer() {
            @Override
            public String name() {
                return "liar";
            }

            @Override
            public double cost(MatchingContext c) {
                return c.isRemote() ? 0 : c.distanceKm();
            }

            @Override
            public double minimumCost(double minDistanceKm) {
                return 100 * minDistanceKm;
            }
        };
        MatchingPolicy broken = MatchingPolicy.builder().withScorer(liar, 1).build();

        assertThatThrownBy(() -> MatchingProperties.onlineEqualsBruteForce(broken).seed(42).check())
                .isInstanceOf(PropertyFailedException.class)
                .hasMessageContaining("online index equals brute force")
                .hasMessageContaining("seed 42");
    }

    @Test
    void aGreedyNearestFirstAssignmentIsCaughtByTheMaximumCount() {
        BatchAssigner exact = BatchAssigner.of(MatchingPolicy.standard());
        MatchingCheck greedyIsMaximum = MatchingCheck.of("greedy serves the maximum", EntraideGens.smallScenarios(),
                s -> {
                    long maximum = JGraphTOracles.maximumCardinality(CandidateGraph.of(exact, s));
                    if (greedy(exact, s.requests(), s.offers(), s.environment()) != maximum) {
                        throw new AssertionError("greedy is not maximum");
                    }
                });

        assertThatThrownBy(() -> greedyIsMaximum.seed(7).check()).isInstanceOf(PropertyFailedException.class);
    }

    @Test
    void generatedScenariosExerciseMatching() {
        BatchAssigner exact = BatchAssigner.of(MatchingPolicy.standard());
        int withMatches = 0;
        int withRemote = 0;
        int withMinor = 0;
        for (var s : EntraideGens.scenarios(12, 16).samples(1, 300)) {
            if (exact.assign(s.requests(), s.offers(), s.environment()).matchedCount() > 0) {
                withMatches++;
            }
            MatchingEnvironment env = s.environment();
            if (s.requests().stream().anyMatch(r -> env.territory().catalogue().find(r.categoryId()).orElseThrow()
                    .isRemote())) {
                withRemote++;
            }
            if (s.requests().stream().anyMatch(HelpRequest::concernsMinor)) {
                withMinor++;
            }
        }
        assertThat(withMatches).isGreaterThan(60);
        assertThat(withRemote).isGreaterThan(60);
        assertThat(withMinor).isGreaterThan(30);
    }

    /** Each request in turn takes its nearest allowed offer with a place left. */
    private static long greedy(BatchAssigner a, java.util.List<HelpRequest> requests, java.util.List<HelpOffer> offers,
            MatchingEnvironment env) {
        Map<HelpOffer, Integer> left = new HashMap<>();
        offers.forEach(o -> left.put(o, Math.max(0, o.remainingCapacity())));
        long served = 0;
        for (HelpRequest r : requests) {
            HelpOffer best = null;
            long bestCost = Long.MAX_VALUE;
            for (HelpOffer o : offers) {
                var cost = a.pairCost(r, o, env);
                if (cost.isPresent() && left.get(o) > 0 && cost.getAsLong() < bestCost) {
                    best = o;
                    bestCost = cost.getAsLong();
                }
            }
            if (best != null) {
                left.merge(best, -1, Integer::sum);
                served++;
            }
        }
        return served;
    }
}
