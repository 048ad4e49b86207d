package io.github.entraide.matching;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides whether an offer may help a request at all. A filter is identified by its
 * {@link #name()} in a {@link MatchingPolicy} (for {@code withoutFilter}).
 *
 * <p>Contract: a filter is a pure function of its {@link MatchingContext} (same context, same
 * answer), cheap, and thread-safe; it never throws for a well-formed context. Indexes call it from
 * many threads.
 */
public interface CandidateFilter {

    /** @return a stable name, unique in a policy (for example {@code "language"}) */
    String name();

    /**
     * Whether the offer may help the request.
     *
     * @param context the request facing the offer
     * @return true to keep the offer as a candidate
     */
    boolean accepts(MatchingContext context);

    /**
     * A filter from a predicate.
     *
     * @param name its stable name
     * @param predicate the test
     * @return the filter
     */
    static CandidateFilter of(String name, Predicate<MatchingContext> predicate) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(predicate, "predicate");
        return new CandidateFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean accepts(MatchingContext context) {
                return predicate.test(context);
            }

            @Override
            public String toString() {
                return "CandidateFilter[" + name + "]";
            }
        };
    }
}
