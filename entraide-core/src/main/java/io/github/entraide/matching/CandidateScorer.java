package io.github.entraide.matching;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Says how costly (less suitable) an offer is for a request: <b>lower is better</b>. A policy adds
 * the scorers' costs, each multiplied by its weight. A scorer is identified by its {@link #name()}.
 *
 * <p>Contract, on which exact indexes rely:
 * <ul>
 *   <li>{@link #cost} is a pure function of its context, finite and non-negative, and thread-safe;</li>
 *   <li>for an in-person category, {@link #minimumCost(double) minimumCost(d)} is at most the cost
 *       of any candidate at distance {@code d} or more, and never decreases as {@code d} grows. The
 *       default (0) is right for every scorer that does not reward nearness.</li>
 * </ul>
 */
public interface CandidateScorer {

    /** @return a stable name, unique in a policy (for example {@code "distance"}) */
    String name();

    /**
     * The cost of the offer for the request.
     *
     * @param context the request facing the offer (already accepted by every filter)
     * @return a finite, non-negative cost; lower is better
     */
    double cost(MatchingContext context);

    /**
     * A lower bound of {@link #cost} over every in-person candidate at least {@code minDistanceKm}
     * away, used by spatial indexes to stop searching.
     *
     * @param minDistanceKm a distance in kilometres
     * @return a lower bound of the cost, non-decreasing in the distance
     */
    default double minimumCost(double minDistanceKm) {
        return 0;
    }

    /**
     * A scorer from a function, with no distance bound (so it must not reward nearness).
     *
     * @param name its stable name
     * @param cost the cost, finite and non-negative
     * @return the scorer
     */
    static CandidateScorer of(String name, ToDoubleFunction<MatchingContext> cost) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cost, "cost");
        return new CandidateScorer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double cost(MatchingContext context) {
                return cost.applyAsDouble(context);
            }

            @Override
            public String toString() {
                return "CandidateScorer[" + name + "]";
            }
        };
    }
}
