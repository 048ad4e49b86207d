package io.github.entraide.command;

/**
 * Checks a builder's required parts (internal to the command builders).
 *
 * <p>Builders check only that a required part was given; the values themselves (formats, ranges)
 * are checked by the record's Jakarta Validation constraints when a use case receives the command,
 * so a builder and the canonical constructor accept exactly the same values.
 */
final class Required {

    private Required() {
    }

    /**
     * Returns {@code value}, or throws when it was never given.
     *
     * @throws IllegalStateException naming the command and the missing part, in English and French
     */
    static <T> T part(T value, String command, String part) {
        if (value == null) {
            throw new IllegalStateException(command + ": " + part + " is required / " + part + " est obligatoire");
        }
        return value;
    }

    /** Returns {@code value}, or throws a {@link NullPointerException} naming the parameter. */
    static <T> T nonNull(T value, String parameter) {
        return java.util.Objects.requireNonNull(value, parameter);
    }
}
