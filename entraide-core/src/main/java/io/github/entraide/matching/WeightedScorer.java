package io.github.entraide.matching;

import java.util.Objects;

/**
 * A scorer and its weight in a {@link MatchingPolicy}. Immutable.
 *
 * @param scorer the scorer
 * @param weight its weight: finite and non-negative
 */
public record WeightedScorer(CandidateScorer scorer, double weight) {

    /**
     * Checks the weight.
     *
     * @throws NullPointerException if {@code scorer} is null
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public WeightedScorer {
        Objects.requireNonNull(scorer, "scorer");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and non-negative, was " + weight);
        }
    }
}
