package io.github.entraide.domain;

import io.github.entraide.internal.Checks;

/**
 * A point on Earth in WGS84 degrees. Immutable.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean radius of the Earth in kilometres, as used by {@link #distanceKm(GeoPoint)}. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Checks the coordinates.
     *
     * @throws IllegalArgumentException if a coordinate is out of range or not a number
     */
    public GeoPoint {
        Checks.inRange(latitude, -90, 90, "latitude");
        Checks.inRange(longitude, -180, 180, "longitude");
    }

    /**
     * Returns the point.
     *
     * @param latitude degrees north
     * @param longitude degrees east
     * @return the point
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /**
     * Great-circle (haversine) distance to another point.
     *
     * @param other the other point
     * @return the distance in kilometres
     */
    public double distanceKm(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * This point rounded to two decimals (about a kilometre), the finest precision Entraide
     * stores for a person: never a street address.
     *
     * @return the rounded point
     */
    public GeoPoint coarse() {
        return new GeoPoint(Math.round(latitude * 100) / 100.0, Math.round(longitude * 100) / 100.0);
    }
}
