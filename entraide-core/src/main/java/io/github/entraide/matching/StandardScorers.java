package io.github.entraide.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard scorers of {@link MatchingPolicy#standard()}. Costs: lower is better. Each is
 * immutable and thread-safe.
 */
public final class StandardScorers {

    /** Default window of {@link #recency(Duration)}. */
    public static final Duration DEFAULT_RECENCY_WINDOW = Duration.ofDays(14);

    private static final CandidateScorer DISTANCE = new CandidateScorer() {
        @Override
        public String name() {
            return "distance";
        }

        @Override
        public double cost(MatchingContext c) {
            return c.isRemote() ? 0 : c.distanceKm();
        }

        @Override
        public double minimumCost(double minDistanceKm) {
            return Math.max(0, minDistanceKm);
        }

        @Override
        public String toString() {
            return "CandidateScorer[distance]";
        }
    };

    private static final CandidateScorer LOAD = CandidateScorer.of("load",
            c -> c.offer().load() / (double) c.offer().capacity());

    private StandardScorers() {
    }

    /**
     * Distance in kilometres for in-person help; 0 for remote help.
     *
     * @return the scorer, named {@code distance}
     */
    public static CandidateScorer distance() {
        return DISTANCE;
    }

    /**
     * Current load: introductions in progress over capacity, from 0 (free) to 1 (full), so that
     * requests spread across helpers.
     *
     * @return the scorer, named {@code load}
     */
    public static CandidateScorer load() {
        return LOAD;
    }

    /**
     * Recency of the last help given through the offer: 1 just after helping, falling linearly to 0
     * once {@code window} has passed (0 for a helper who never helped), so that helpers who helped
     * recently come after those who did not.
     *
     * @param window how long a help counts as recent, positive
     * @return the scorer, named {@code recency}
     */
    public static CandidateScorer recency(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        double windowSeconds = window.toMillis() / 1000.0;
        return CandidateScorer.of("recency", c -> {
            Optional<Instant> last = c.offer().lastHelpedAt();
            if (last.isEmpty()) {
                return 0;
            }
            double elapsed = Duration.between(last.get(), c.environment().now()).toMillis() / 1000.0;
            if (elapsed <= 0) {
                return 1;
            }
            return elapsed >= windowSeconds ? 0 : 1 - elapsed / windowSeconds;
        });
    }

    /**
     * {@link #recency(Duration)} with the {@linkplain #DEFAULT_RECENCY_WINDOW default window}.
     *
     * @return the scorer, named {@code recency}
     */
    public static CandidateScorer recency() {
        return recency(DEFAULT_RECENCY_WINDOW);
    }
}
