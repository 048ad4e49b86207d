package io.github.entraide.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random values of type {@code T}, for property-based tests run by {@link Property}.
 *
 * <p>Build generators from the factories in {@link Gens} and the combinators here ({@link #map},
 * {@link #flatMap}, {@link #filter}, {@link #zip}). A generator draws every value from a recorded
 * sequence of random choices; a failing value is shrunk by shrinking those choices and drawing the value
 * again, so every generator built this way shrinks, through any chain of combinators, without a
 * hand-written shrinker. Generators never produce {@code null}.
 *
 * <p>A generator is immutable and may be shared between tests and threads, provided the functions given
 * to its combinators are free of side effects. Given the same seed it produces the same values.
 *
 * @param <T> the type of the generated values
 */
public final class Gen<T> {

    /** How many values in a row {@link #filter(Predicate)} may reject before giving up. */
    public static final int DEFAULT_FILTER_ATTEMPTS = 100;

    private final Function<Source, T> drawing;

    Gen(Function<Source, T> drawing) {
        this.drawing = drawing;
    }

    /** Draws one value from {@code source}. */
    T draw(Source source) {
        return drawing.apply(source);
    }

    /**
     * Transforms every generated value. Shrinking still works: the transformed value of a shrunk input.
     *
     * @param mapper the transformation, free of side effects, never returning {@code null}
     * @param <R> the type of the transformed values
     * @return a generator of transformed values
     */
    public <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Gen<>(source -> Objects.requireNonNull(mapper.apply(draw(source)),
                "Gen.map: the mapper returned null"));
    }

    /**
     * Generates a value, then uses it to choose the generator of the result, for values that depend on
     * each other (a list and an index into it, for instance). Both steps shrink.
     *
     * @param next chooses the generator for a value, free of side effects, never returning {@code null}
     * @param <R> the type of the resulting values
     * @return a generator of dependent values
     */
    public <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> next) {
        Objects.requireNonNull(next, "next");
        return new Gen<>(source -> {
            Gen<? extends R> chosen = Objects.requireNonNull(next.apply(draw(source)),
                    "Gen.flatMap: the function returned null instead of a generator");
            return chosen.draw(source);
        });
    }

    /**
     * Keeps only the values accepted by {@code accepted}, retrying up to
     * {@value #DEFAULT_FILTER_ATTEMPTS} times in a row. Prefer building valid values directly
     * (with {@link #map}) when the filter rejects most values.
     *
     * @param accepted the condition generated values must meet, free of side effects
     * @return a generator of accepted values
     * @see #filter(Predicate, int)
     */
    public Gen<T> filter(Predicate<? super T> accepted) {
        return filter(accepted, DEFAULT_FILTER_ATTEMPTS);
    }

    /**
     * Keeps only the values accepted by {@code accepted}, retrying up to {@code maxAttempts} times in a
     * row. Each rejected value counts as discarded in the {@link PropertyResult}.
     *
     * @param accepted the condition generated values must meet, free of side effects
     * @param maxAttempts how many values may be drawn for one accepted value, at least 1
     * @return a generator of accepted values, which throws {@link GenerationException} when
     *     {@code maxAttempts} values in a row are rejected
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     */
    public Gen<T> filter(Predicate<? super T> accepted, int maxAttempts) {
        Objects.requireNonNull(accepted, "accepted");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        return new Gen<>(source -> {
            for (int attempt = 0; attempt < maxAttempts; attempt++) {
                T value = draw(source);
                if (accepted.test(value)) {
                    return value;
                }
                source.countRejection();
            }
            throw new GenerationException("Gen.filter rejected " + maxAttempts + " generated values in a row;"
                    + " the filter is too strict for its generator. Loosen it, or generate valid values directly"
                    + " with map or flatMap (for even numbers: integers(0, n).map(i -> 2 * i)).");
        });
    }

    /**
     * Combines the values of two generators.
     *
     * @param first the generator of the first value
     * @param second the generator of the second value
     * @param combiner combines both values, free of side effects, never returning {@code null}
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <R> the type of the combined value
     * @return a generator of combined values, shrinking both parts
     */
    public static <A, B, R> Gen<R> zip(Gen<A> first, Gen<B> second,
            BiFunction<? super A, ? super B, ? extends R> combiner) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(combiner, "combiner");
        return new Gen<>(source -> {
            A a = first.draw(source);
            B b = second.draw(source);
            return Objects.requireNonNull(combiner.apply(a, b), "Gen.zip: the combiner returned null");
        });
    }

    /**
     * Generates {@code count} values from {@code seed}, for looking at what a generator produces or for
     * testing a generator. They are the values {@link Property#forAll(Gen)} checks for the same seed,
     * in the same order.
     *
     * @param seed the seed; the same seed always gives the same values
     * @param count how many values, at least 0
     * @return the values, unmodifiable
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws GenerationException if the generator cannot produce a value
     */
    public List<T> samples(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0, was " + count);
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(draw(Source.random(seeds.nextLong())));
        }
        return List.copyOf(values);
    }
}
