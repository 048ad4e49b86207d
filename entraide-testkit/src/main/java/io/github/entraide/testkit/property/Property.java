package io.github.entraide.testkit.property;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A property-based check: a statement about every value of a {@link Gen generator}, checked against
 * many generated values, with a failing value shrunk to a minimal counterexample.
 *
 * <pre>{@code
 * Property.forAll(Gens.lists(Gens.integers(0, 100), 0, 20))
 *         .named("sorting keeps the size")
 *         .check(list -> assertThat(sorted(list)).hasSameSizeAs(list));
 * }</pre>
 *
 * <p>By default a property is checked against {@value #DEFAULT_TRIES} values (the system property
 * {@value #TRIES_PROPERTY} changes the default for a whole build) drawn from a random seed (the system
 * property {@value #SEED_PROPERTY} fixes it). The same seed always checks the same values in the same
 * order, namely {@code gen.samples(seed, tries)}, so a failure's printed seed reproduces it.
 *
 * <p>A property is immutable: each configuration method returns a new property, and a property may be
 * shared and checked from several threads. One check runs on the calling thread; the statement is only
 * ever called from that thread.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {

    /** The number of tries when neither {@link #tries(int)} nor {@value #TRIES_PROPERTY} sets it. */
    public static final int DEFAULT_TRIES = 1_000;

    /** The most candidates shrinking runs when {@link #shrinkLimit(int)} does not set it. */
    public static final int DEFAULT_SHRINK_LIMIT = 10_000;

    /** The system property setting the default number of tries, such as {@code -Dentraide.property.tries=10000}. */
    public static final String TRIES_PROPERTY = "entraide.property.tries";

    /** The system property fixing the seed of every property, such as {@code -Dentraide.property.seed=42}. */
    public static final String SEED_PROPERTY = "entraide.property.seed";

    private final Gen<T> gen;
    private final String name;
    private final Integer tries;
    private final Long seed;
    private final int shrinkLimit;

    private Property(Gen<T> gen, String name, Integer tries, Long seed, int shrinkLimit) {
        this.gen = gen;
        this.name = name;
        this.tries = tries;
        this.seed = seed;
        this.shrinkLimit = shrinkLimit;
    }

    /**
     * Starts a property about every value of {@code gen}.
     *
     * @param gen the generator of the values to check
     * @param <T> the type of the values
     * @return the property, with default settings
     */
    public static <T> Property<T> forAll(Gen<T> gen) {
        Objects.requireNonNull(gen, "gen");
        return new Property<>(gen, "", null, null, DEFAULT_SHRINK_LIMIT);
    }

    /**
     * Starts a property about every pair of values of {@code first} and {@code second}; both shrink.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @return the property, with default settings, checked on {@link Pair}s
     */
    public static <A, B> Property<Pair<A, B>> forAll(Gen<A> first, Gen<B> second) {
        return forAll(Gens.pairs(first, second));
    }

    /**
     * Names the property, for failure messages and results.
     *
     * @param name what the property states, not blank
     * @return a property with this name
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Property<T> named(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new Property<>(gen, name, tries, seed, shrinkLimit);
    }

    /**
     * Sets how many generated values to check, overriding {@value #TRIES_PROPERTY}.
     *
     * @param tries the number of values, at least 1
     * @return a property with this number of tries
     * @throws IllegalArgumentException if {@code tries} is less than 1
     */
    public Property<T> tries(int tries) {
        return new Property<>(gen, name, requireTries(tries, "tries"), seed, shrinkLimit);
    }

    /**
     * Fixes the seed, overriding {@value #SEED_PROPERTY}: the property checks the same values each time.
     *
     * @param seed the seed, such as one printed by a failure
     * @return a property with this seed
     */
    public Property<T> seed(long seed) {
        return new Property<>(gen, name, tries, seed, shrinkLimit);
    }

    /**
     * Bounds shrinking: at most {@code limit} candidate values are checked after a failure, so shrinking
     * always ends, with the simplest failing value found so far. The default is
     * {@value #DEFAULT_SHRINK_LIMIT}; 0 turns shrinking off.
     *
     * @param limit the most candidates to check, at least 0
     * @return a property with this limit
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public Property<T> shrinkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be at least 0, was " + limit);
        }
        return new Property<>(gen, name, tries, seed, limit);
    }

    /**
     * Checks that {@code statement} holds for every generated value; it fails by throwing, typically an
     * assertion error from AssertJ or JUnit.
     *
     * @param statement the check of one value, without side effects that outlive the call
     * @return the result of the run when every value passed
     * @throws PropertyFailedException if the statement threw for a value, with the shrunk
     *     counterexample and the seed that reproduces the failure
     * @throws GenerationException if the generator could not produce a value
     * @throws IllegalArgumentException if {@value #TRIES_PROPERTY} or {@value #SEED_PROPERTY} is not a
     *     number
     */
    public PropertyResult check(Consumer<? super T> statement) {
        Objects.requireNonNull(statement, "statement");
        int runTries = tries != null ? tries : triesFromSystemProperty();
        long runSeed = seed != null ? seed : seedFromSystemProperty();
        SplittableRandom seeds = new SplittableRandom(runSeed);
        long discarded = 0;
        for (int tryNumber = 1; tryNumber <= runTries; tryNumber++) {
            Source source = Source.random(seeds.nextLong());
            T value;
            try {
                value = gen.draw(source);
            } catch (GenerationException e) {
                throw new GenerationException(title() + " could not generate the value of try " + tryNumber
                        + " (seed " + runSeed + "): " + e.getMessage(), e);
            }
            discarded += source.rejections();
            Throwable failure = failureOf(statement, value);
            if (failure != null) {
                throw failed(statement, runSeed, runTries, tryNumber,
                        new Shrinker.Run(source.choices(), value, failure));
            }
        }
        return new PropertyResult(name, runSeed, runTries, discarded);
    }

    /**
     * Checks that {@code predicate} is {@code true} for every generated value.
     *
     * @param predicate the check of one value, without side effects that outlive the call
     * @return the result of the run when every value passed
     * @throws PropertyFailedException if the predicate was {@code false} (or threw) for a value, with
     *     the shrunk counterexample and the seed that reproduces the failure
     * @throws GenerationException if the generator could not produce a value
     * @throws IllegalArgumentException if {@value #TRIES_PROPERTY} or {@value #SEED_PROPERTY} is not a
     *     number
     */
    public PropertyResult checkThat(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return check(value -> {
            if (!predicate.test(value)) {
                throw new AssertionError("the predicate returned false");
            }
        });
    }

    private PropertyFailedException failed(Consumer<? super T> statement, long runSeed, int runTries,
            int tryNumber, Shrinker.Run original) {
        Shrinker shrinker = new Shrinker(choices -> replay(statement, choices), original, shrinkLimit);
        Shrinker.Run shrunk = shrinker.shrink();
        String limitNote = shrinker.candidates() >= shrinkLimit
                ? "; shrink limit reached, raise it with .shrinkLimit(n) for a simpler value" : "";
        String message = title() + " failed at try " + tryNumber + " of " + runTries + " (seed " + runSeed + ")."
                + "\n  Original counterexample: " + Descriptions.describe(original.value())
                + "\n  Shrunk counterexample:   " + Descriptions.describe(shrunk.value())
                + "\n    (" + shrinker.steps() + " shrink steps, " + shrinker.candidates() + " candidates tried"
                + limitNote + ")"
                + "\n  Failure for the shrunk counterexample: " + shrunk.failure()
                + "\n  Reproduce with .seed(" + runSeed + "L) on the property, or -D" + SEED_PROPERTY + "="
                + runSeed + "\n  (the cause is the failure for the original counterexample)";
        PropertyFailedException exception = new PropertyFailedException(message, name, runSeed, tryNumber,
                original.value(), shrunk.value(), shrinker.steps(), original.failure());
        if (shrunk.failure() != original.failure()) {
            exception.addSuppressed(shrunk.failure());
        }
        return exception;
    }

    private Shrinker.Run replay(Consumer<? super T> statement, long[] choices) {
        Source source = Source.replay(choices);
        T value;
        try {
            value = gen.draw(source);
        } catch (GenerationException e) {
            return null;
        }
        return new Shrinker.Run(source.choices(), value, failureOf(statement, value));
    }

    private static <T> Throwable failureOf(Consumer<? super T> statement, T value) {
        try {
            statement.accept(value);
            return null;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return e;
        }
    }

    private String title() {
        return name.isEmpty() ? "Property" : "Property '" + name + "'";
    }

    private static int triesFromSystemProperty() {
        String value = System.getProperty(TRIES_PROPERTY);
        if (value == null) {
            return DEFAULT_TRIES;
        }
        try {
            return requireTries(Integer.parseInt(value.strip()), TRIES_PROPERTY);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static long seedFromSystemProperty() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null) {
            return ThreadLocalRandom.current().nextLong();
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number (a long), was '"
                    + value + "'", e);
        }
    }

    private static int requireTries(int tries, String name) {
        if (tries < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + tries);
        }
        return tries;
    }
}
