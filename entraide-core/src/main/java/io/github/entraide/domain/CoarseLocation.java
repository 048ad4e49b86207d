package io.github.entraide.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a person is, coarsely: a commune and, optionally, a point rounded to about a kilometre.
 * Entraide never stores a street address. Immutable.
 *
 * @param inseeCode the commune's INSEE code
 * @param point a point rounded with {@link GeoPoint#coarse()}, if the person gave one
 */
public record CoarseLocation(String inseeCode, Optional<GeoPoint> point) {

    /**
     * Checks the location and rounds the point.
     *
     * @throws NullPointerException if a parameter is null
     */
    public CoarseLocation {
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(point, "point");
        point = point.map(GeoPoint::coarse);
    }

    /**
     * A location known by its commune only.
     *
     * @param inseeCode the commune's INSEE code
     * @return the location
     */
    public static CoarseLocation commune(String inseeCode) {
        return new CoarseLocation(inseeCode, Optional.empty());
    }

    /**
     * A location in a commune near a point, which is rounded.
     *
     * @param inseeCode the commune's INSEE code
     * @param point the point, rounded to about a kilometre
     * @return the location
     */
    public static CoarseLocation near(String inseeCode, GeoPoint point) {
        return new CoarseLocation(inseeCode, Optional.of(point));
    }

    /**
     * The point to measure distances from: the rounded point if given, else the commune's centroid.
     *
     * @param territory the territory the commune belongs to
     * @return the point
     * @throws IllegalArgumentException if the commune is not in the territory
     */
    public GeoPoint resolve(Territory territory) {
        return point.orElseGet(() -> territory.commune(inseeCode)
                .orElseThrow(() -> new IllegalArgumentException("commune " + inseeCode + " is not in territory " + territory.id()))
                .centroid());
    }
}
