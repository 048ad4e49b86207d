package io.github.entraide.testkit.property;

import java.util.Objects;

/**
 * Two generated values, as produced by {@link Gens#pairs(Gen, Gen)} and
 * {@link Property#forAll(Gen, Gen)}. Immutable; thread-safe if its values are.
 *
 * @param first the first value, never {@code null}
 * @param second the second value, never {@code null}
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 */
public record Pair<A, B>(A first, B second) {

    /**
     * Checks that neither value is {@code null}.
     *
     * @param first the first value
     * @param second the second value
     */
    public Pair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** Shows the pair as {@code (first, second)}. */
    @Override
    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}
