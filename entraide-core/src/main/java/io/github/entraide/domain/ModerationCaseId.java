package io.github.entraide.domain;

import io.github.entraide.internal.Checks;

/**
 * Identifier of a moderation case.
 *
 * <p>Made of 1 to 64 characters among ASCII letters, digits, {@code .}, {@code _} and
 * {@code -}, so that it is safe in URLs, e-mail headers and SQL keys. Immutable.
 *
 * @param value the identifier's text
 */
public record ModerationCaseId(String value) implements Comparable<ModerationCaseId> {

    /**
     * Checks the identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty, longer than 64 characters or
     *     holds another character
     */
    public ModerationCaseId {
        Checks.identifier(value, "value");
    }

    /**
     * Returns the identifier for a text.
     *
     * @param value the identifier's text
     * @return the identifier
     */
    public static ModerationCaseId of(String value) {
        return new ModerationCaseId(value);
    }

    @Override
    public int compareTo(ModerationCaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
