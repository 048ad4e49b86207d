package io.github.entraide.matching;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link BatchAssigner} run. Immutable.
 *
 * @param assignments the assignments, ordered by request id
 * @param matchedCount how many requests are served (the size of {@code assignments})
 * @param totalDistanceMetres the sum of the assignments' distances
 * @param totalCost the minimised cost: total distance plus the fairness penalties, in metres
 */
public record BatchResult(List<Assignment> assignments, int matchedCount, long totalDistanceMetres,
        long totalCost) {

    /**
     * Checks the result.
     *
     * @throws NullPointerException if {@code assignments} is null
     * @throws IllegalArgumentException if {@code matchedCount} is not the number of assignments
     */
    public BatchResult {
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments"));
        if (matchedCount != assignments.size()) {
            throw new IllegalArgumentException("matchedCount " + matchedCount + " but " + assignments.size()
                    + " assignments");
        }
    }
}
