package io.github.entraide.spi;

/**
 * Makes identifiers for new records and outbox messages. Thread-safe; never returns the same
 * value twice in a JVM. Values follow {@link io.github.entraide.internal.Checks#identifier}:
 * 1 to 64 ASCII letters, digits, '.', '_' or '-'.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * A new identifier.
     *
     * @return the identifier
     */
    String next();
}
