package io.github.entraide.domain;

import io.github.entraide.internal.Checks;

/**
 * Identifier of a crisis appeal.
 *
 * <p>Made of 1 to 64 characters among ASCII letters, digits, {@code .}, {@code _} and
 * {@code -}, so that it is safe in URLs, e-mail headers and SQL keys. Immutable.
 *
 * @param value the identifier's text
 */
public record AppealId(String value) implements Comparable<AppealId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, longer than 64 characters or
     *     holds another character
     */
    public AppealId {
        Checks.identifier(value, "value");
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value the identifier's text
     * @return the identifier
     */
    public static AppealId of(String value) {
        return new AppealId(value);
    }

    @Override
    public int compareTo(AppealId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
