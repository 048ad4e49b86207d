package io.github.entraide.testkit.property;

/**
 * Thrown when a generator cannot produce a value: a {@link Gen#filter filter} rejected too many values
 * in a row, a set could not reach its minimum size, or a recursive generator never stopped.
 *
 * <p>It signals a badly built generator, not a failing property; the fix is in the generator (loosen the
 * filter, or build valid values directly with {@link Gen#map map} and {@link Gen#flatMap flatMap}).
 */
public class GenerationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be generated and how to fix the generator
     */
    public GenerationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what could not be generated and how to fix the generator
     * @param cause the underlying failure
     */
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
