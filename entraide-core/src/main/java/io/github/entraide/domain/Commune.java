package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.util.Objects;

/**
 * A commune of a territory, identified by its INSEE code. Immutable.
 *
 * @param inseeCode the five-character INSEE code, for example {@code 38185} for Grenoble
 * @param name the commune's official name
 * @param centroid the commune's centroid
 * @param population the commune's population (0 when unknown)
 */
public record Commune(String inseeCode, String name, GeoPoint centroid, int population) {

    /**
     * Checks the commune.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the INSEE code does not have five characters, the name
     *     is blank or the population is negative
     */
    public Commune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        if (!inseeCode.matches("[0-9][0-9AB][0-9]{3}")) {
            throw new IllegalArgumentException("inseeCode must be a five-character INSEE code, was '" + inseeCode + "'");
        }
        Checks.notBlank(name, "name");
        Objects.requireNonNull(centroid, "centroid");
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative, was " + population);
        }
    }
}
