package io.github.entraide.domain;

import java.util.Objects;

/**
 * An area around a point, for example the helpers a crisis appeal reaches. Immutable.
 *
 * @param centre the centre
 * @param radiusKm the radius, 0.1 to 100 km
 */
public record GeoCircle(GeoPoint centre, double radiusKm) {

    /** Smallest radius, in kilometres. */
    public static final double MIN_RADIUS_KM = 0.1;
    /** Largest radius, in kilometres. */
    public static final double MAX_RADIUS_KM = 100;

    /**
     * Checks the circle.
     *
     * @throws NullPointerException if {@code centre} is null
     * @throws IllegalArgumentException if the radius is not between 0.1 and 100 km
     */
    public GeoCircle {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusKm >= MIN_RADIUS_KM && radiusKm <= MAX_RADIUS_KM)) {
            throw new IllegalArgumentException("radiusKm must be between 0.1 and 100, was " + radiusKm);
        }
    }

    /**
     * Whether a point lies within the circle (great-circle distance).
     *
     * @param point the point
     * @return true if its distance to the centre is at most the radius
     */
    public boolean contains(GeoPoint point) {
        return centre.distanceKm(Objects.requireNonNull(point, "point")) <= radiusKm;
    }
}
