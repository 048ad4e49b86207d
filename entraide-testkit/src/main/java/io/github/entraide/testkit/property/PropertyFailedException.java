package io.github.entraide.testkit.property;

import java.util.Objects;

/**
 * Thrown by {@link Property#check} when a property fails: an {@link AssertionError}, so test frameworks
 * report it as a failure. The message shows the seed and how to reproduce the run, the try that failed,
 * the original counterexample and the shrunk one; the cause is the failure of the original
 * counterexample, and the failure of the shrunk one is attached as suppressed.
 *
 * <p>Counterexamples are exposed as {@code Object} because an exception cannot be generic; tests cast
 * them to the generator's type. Immutable once thrown.
 */
public final class PropertyFailedException extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** Not serialised: counterexamples need not be serialisable; the message carries their text. */
    private final transient Object originalCounterexample;
    private final transient Object counterexample;
    private final String propertyName;
    private final long seed;
    private final int tryNumber;
    private final int shrinkSteps;

    PropertyFailedException(String message, String propertyName, long seed, int tryNumber,
            Object originalCounterexample, Object counterexample, int shrinkSteps, Throwable cause) {
        super(message, cause);
        this.propertyName = Objects.requireNonNull(propertyName, "propertyName");
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.originalCounterexample = Objects.requireNonNull(originalCounterexample, "originalCounterexample");
        this.counterexample = Objects.requireNonNull(counterexample, "counterexample");
        this.shrinkSteps = shrinkSteps;
    }

    /**
     * The shrunk counterexample: the simplest value found for which the property fails.
     *
     * @return the value, of the type of the property's generator
     */
    public Object counterexample() {
        return counterexample;
    }

    /**
     * The first value for which the property failed, before shrinking.
     *
     * @return the value, of the type of the property's generator
     */
    public Object originalCounterexample() {
        return originalCounterexample;
    }

    /**
     * The property's name.
     *
     * @return the name, empty if the property was not {@link Property#named named}
     */
    public String propertyName() {
        return propertyName;
    }

    /**
     * The seed of the failing run; {@link Property#seed(long)} or {@code -Dentraide.property.seed} with
     * it reproduces the failure.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The try at which the property failed, counted from 1.
     *
     * @return the try number
     */
    public int tryNumber() {
        return tryNumber;
    }

    /**
     * How many times shrinking found a simpler failing value.
     *
     * @return the number of successful shrink steps, at least 0
     */
    public int shrinkSteps() {
        return shrinkSteps;
    }
}
