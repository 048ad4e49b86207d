package io.github.entraide.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.CandidateScorer;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.StandardScorers;
import io.github.entraide.testkit.property.Property;
import io.github.entraide.testkit.property.PropertyResult;
import org.junit.jupiter.api.Test;

/**
 * The matching properties, each over 1,000 generated scenarios by default
 * ({@code -Dentraide.property.tries=n} changes it), on the standard policy and on variants.
 */
class MatchingPropertiesTest {
    private static final MatchingPolicy STANDARD = MatchingPolicy.standard();
    private static final MatchingPolicy STRICT_NO_RADIUS = STANDARD.toBuilder().safeguarding(true, true)
            .withoutFilter("radius").withScorer(StandardScorers.load(), 10).build();
    private static final BatchAssigner PLAIN = BatchAssigner.of(STANDARD);
    private static final BatchAssigner FAIR = BatchAssigner.of(STANDARD).withFairnessPenalty(2_000);
    /** Components with at least 30 % of their pairs possible go to the dense Jonker–Volgenant solver. */
    private static final BatchAssigner DENSE = FAIR.withDenseSolver(0.3);

    private static void ranAtLeastTheDefault(PropertyResult result) {
        assertThat(result.tries()).isGreaterThanOrEqualTo(Math.min(Property.DEFAULT_TRIES,
                Integer.getInteger(Property.TRIES_PROPERTY, Property.DEFAULT_TRIES)));
    }

    @Test
    void onlineIndexEqualsBruteForceUnderTheStandardPolicy() {
        ranAtLeastTheDefault(MatchingProperties.onlineEqualsBruteForce(STANDARD).check());
    }

    @Test
    void onlineIndexEqualsBruteForceWithoutRadiusFilterAndWithHeavyLoad() {
        ranAtLeastTheDefault(MatchingProperties.onlineEqualsBruteForce(STRICT_NO_RADIUS).check());
    }

    @Test
    void onlineIndexEqualsBruteForceForACustomScorerWithManyTies() {
        CandidateScorer wholeKm = new CandidateScorer() {
            @Override
            public String name() {
                return "whole-km";
            }

            @Override
            public double cost(io.github.entraide.matching.MatchingContext c) {
                return c.isRemote() ? 0 : Math.floor(c.distanceKm());
            }

            @Override
            public double minimumCost(double minDistanceKm) {
                return Math.floor(minDistanceKm);
            }
        };
        MatchingPolicy ties = STANDARD.toBuilder().withoutScorer("distance").withoutScorer("recency")
                .withoutScorer("load").withScorer(wholeKm, 1).build();
        ranAtLeastTheDefault(MatchingProperties.onlineEqualsBruteForce(ties).check());
    }

    @Test
    void noHelperIsAssignedOverCapacity() {
        ranAtLeastTheDefault(MatchingProperties.noHelperOverCapacity(PLAIN).check());
        ranAtLeastTheDefault(MatchingProperties.noHelperOverCapacity(FAIR).check());
    }

    @Test
    void everyAssignmentAndCandidateSatisfiesEveryFilter() {
        ranAtLeastTheDefault(MatchingProperties.everyAssignmentSatisfiesEveryFilter(PLAIN).check());
        ranAtLeastTheDefault(MatchingProperties.everyAssignmentSatisfiesEveryFilter(
                BatchAssigner.of(STRICT_NO_RADIUS)).check());
    }

    @Test
    void batchServesTheMaximumNumberOfRequestsAsHopcroftKarpFinds() {
        ranAtLeastTheDefault(MatchingProperties.batchMatchedCountIsMaximum(PLAIN,
                JGraphTOracles::maximumCardinality).check());
        ranAtLeastTheDefault(MatchingProperties.batchMatchedCountIsMaximum(FAIR,
                JGraphTOracles::maximumCardinality).check());
        ranAtLeastTheDefault(MatchingProperties.batchMatchedCountIsMaximum(DENSE,
                JGraphTOracles::maximumCardinality).check());
    }

    @Test
    void batchCostIsTheOptimumThatKuhnMunkresFinds() {
        ranAtLeastTheDefault(MatchingProperties.batchCostIsOptimalOnSmallInstances(PLAIN,
                JGraphTOracles::optimalCostOfMaximumAssignment).check());
        ranAtLeastTheDefault(MatchingProperties.batchCostIsOptimalOnSmallInstances(FAIR,
                JGraphTOracles::optimalCostOfMaximumAssignment).check());
        ranAtLeastTheDefault(MatchingProperties.batchCostIsOptimalOnSmallInstances(DENSE,
                JGraphTOracles::optimalCostOfMaximumAssignment).check());
    }

    @Test
    void batchAgreesWithTheExhaustiveOptimumOnSmallInstances() {
        ranAtLeastTheDefault(MatchingProperties.batchMatchedCountIsMaximum(FAIR).check());
        ranAtLeastTheDefault(MatchingProperties.batchCostIsOptimalOnSmallInstances(FAIR).check());
    }

    @Test
    void sameInputsGiveTheSameOutput() {
        ranAtLeastTheDefault(MatchingProperties.sameInputsSameOutput(STANDARD).check());
    }

    @Test
    void remoteCategoriesIgnoreDistance() {
        ranAtLeastTheDefault(MatchingProperties.remoteCategoriesIgnoreDistance(STANDARD).check());
        ranAtLeastTheDefault(MatchingProperties.remoteCategoriesIgnoreDistance(STRICT_NO_RADIUS).check());
    }
}
