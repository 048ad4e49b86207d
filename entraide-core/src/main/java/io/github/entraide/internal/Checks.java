package io.github.entraide.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * Argument checks shared by value objects. Not API.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Checks an identifier: 1 to 64 characters among ASCII letters, digits, '.', '_' and '-'.
     *
     * @param value the value
     * @param name the parameter's name, for the message
     * @return the value
     */
    public static String identifier(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException(name + " must have 1 to 64 characters, has " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                throw new IllegalArgumentException(name + " may hold only ASCII letters, digits, '.', '_' and '-'");
            }
        }
        return value;
    }

    /**
     * Checks that a text is not null nor blank.
     *
     * @param value the value
     * @param name the parameter's name
     * @return the value
     */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Checks that a number lies in a closed range.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name the parameter's name
     * @return the value
     */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Checks that a number lies in a closed range.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name the parameter's name
     * @return the value
     */
    public static double inRange(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Checks that a collection and its elements are not null.
     *
     * @param values the collection
     * @param name the parameter's name
     * @param <C> the collection's type
     * @return the collection
     */
    public static <C extends Collection<?>> C noNulls(C values, String name) {
        Objects.requireNonNull(values, name);
        for (Object v : values) {
            Objects.requireNonNull(v, name + " element");
        }
        return values;
    }
}
