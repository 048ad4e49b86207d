package io.github.entraide.matching;

import io.github.entraide.domain.MemberId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which members blocked each other. A block is symmetric: if either blocked the other, matching
 * never puts them in contact. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Blocks {

    /**
     * Whether one of two members blocked the other.
     *
     * @param a a member
     * @param b another member
     * @return true if a block stands between them, in either direction
     */
    boolean between(MemberId a, MemberId b);

    /**
     * No blocks.
     *
     * @return a lookup that never blocks
     */
    static Blocks none() {
        return (a, b) -> false;
    }

    /**
     * Starts an immutable set of blocks.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an immutable, symmetric set of blocks. Not thread-safe; the result is. */
    final class Builder {
        private final Set<String> pairs = new HashSet<>();

        private Builder() {
        }

        /**
         * Records that one member blocked another.
         *
         * @param blocker who blocked
         * @param blocked who was blocked
         * @return this builder
         */
        public Builder block(MemberId blocker, MemberId blocked) {
            pairs.add(key(Objects.requireNonNull(blocker, "blocker"), Objects.requireNonNull(blocked, "blocked")));
            return this;
        }

        /**
         * The blocks recorded so far.
         *
         * @return an immutable lookup
         */
        public Blocks build() {
            Set<String> copy = Set.copyOf(pairs);
            return (a, b) -> copy.contains(key(a, b));
        }

        // Ids hold no space, so a space separates them unambiguously; the smaller id goes first.
        private static String key(MemberId a, MemberId b) {
            return a.compareTo(b) <= 0 ? a.value() + ' ' + b.value() : b.value() + ' ' + a.value();
        }
    }
}
