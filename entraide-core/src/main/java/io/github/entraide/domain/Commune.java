package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A commune of a territory, identified by its INSEE code. Immutable.
 *
 * @param inseeCode the five-character INSEE code, for example {@code 38185} for Grenoble
 * @param name the commune's official name (when a territory is created: at most 120 characters, no
 *     control character, no unpaired surrogate)
 * @param centroid the commune's centroid
 * @param population the commune's population (0 when unknown)
 */
public record Commune(
        String inseeCode,
        @Size(max = 120) @Pattern(regexp = "[^\\x00-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF]*",
                message = "{validation.NoControlCharacters}") String name,
        GeoPoint centroid,
        int population) {

    /**
     * Checks the commune.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the INSEE code does not have five characters, the name
     *     is blank or the population is negative
     */
    public Commune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        if (!isInseeCode(inseeCode)) {
            throw new IllegalArgumentException("inseeCode must be a five-character INSEE code, was '" + inseeCode + "'");
        }
        Checks.notBlank(name, "name");
        Objects.requireNonNull(centroid, "centroid");
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative, was " + population);
        }
    }

    /**
     * {@code [0-9][0-9AB][0-9]{3}}, checked character by character: a territory's communes are
     * rebuilt on every read from storage, and {@link String#matches} compiles its pattern each time.
     */
    private static boolean isInseeCode(String code) {
        if (code.length() != 5) {
            return false;
        }
        char second = code.charAt(1);
        return isDigit(code.charAt(0)) && (isDigit(second) || second == 'A' || second == 'B') && isDigit(code.charAt(2))
                && isDigit(code.charAt(3)) && isDigit(code.charAt(4));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
