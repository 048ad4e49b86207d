package io.github.entraide.internal;

import io.github.entraide.domain.GeoPoint;
import java.util.function.IntToDoubleFunction;

/**
 * The spherical lower bound the exact grid searches (the in-memory index and the JDBC candidate
 * source) stop on: how far any point outside a block of grid cells is, at the least, from a point
 * inside it. Not API.
 */
public final class GridBounds {
    /** Taken off every bound (km) against rounding in the haversine formula. */
    private static final double SLACK_KM = 1e-7;

    private GridBounds() {
    }

    /**
     * A lower bound of the great-circle distance from a point inside the block of cells
     * [rowLo..rowHi] × [colLo..colHi] to any point outside it and inside the occupied cells
     * [minRow..maxRow] × [minCol..maxCol]: latitude bands, and the distance to the great circle of the
     * nearer meridian edge, unwrapped through the antimeridian.
     *
     * @param at the point, inside the block
     * @param rowLo the block's first row
     * @param rowHi the block's last row
     * @param colLo the block's first column
     * @param colHi the block's last column
     * @param minRow the first occupied row
     * @param maxRow the last occupied row
     * @param minCol the first occupied column
     * @param maxCol the last occupied column
     * @param degreesOf the degrees a row or column index stands for from the grid's origin (its
     *     south or west edge: {@code index × cell size})
     * @return the bound in km; infinite when the block covers every occupied cell
     */
    public static double minDistanceOutsideKm(GeoPoint at, int rowLo, int rowHi, int colLo, int colHi, int minRow,
            int maxRow, int minCol, int maxCol, IntToDoubleFunction degreesOf) {
        double lat = at.latitude();
        double lon = at.longitude();
        double best = Double.POSITIVE_INFINITY;
        // Any point south of the block's southern edge is at least that many degrees of meridian away.
        if (rowLo > minRow) {
            best = Math.min(best, Math.toRadians(lat - (degreesOf.applyAsDouble(rowLo) - 90)));
        }
        if (rowHi < maxRow) {
            best = Math.min(best, Math.toRadians((degreesOf.applyAsDouble(rowHi + 1) - 90) - lat));
        }
        if (colLo > minCol || colHi < maxCol) {
            // Longitude gap to the block's nearer east/west edge, unwrapped, and the smallest gap the
            // far side of the occupied cells can have through the antimeridian.
            double gap = Double.POSITIVE_INFINITY;
            if (colLo > minCol) {
                gap = Math.min(gap, lon - (degreesOf.applyAsDouble(colLo) - 180));
            }
            if (colHi < maxCol) {
                gap = Math.min(gap, (degreesOf.applyAsDouble(colHi + 1) - 180) - lon);
            }
            double widest = Math.max(lon - (degreesOf.applyAsDouble(minCol) - 180),
                    (degreesOf.applyAsDouble(maxCol + 1) - 180) - lon);
            gap = Math.min(gap, 360 - widest);
            gap = Math.max(0, Math.min(gap, 90));
            // Distance from the point to the great circle of a meridian gap degrees away.
            double s = Math.cos(Math.toRadians(lat)) * Math.sin(Math.toRadians(gap));
            best = Math.min(best, Math.asin(Math.min(1, Math.max(0, s))));
        }
        if (best == Double.POSITIVE_INFINITY) {
            return best;
        }
        return Math.max(0, best * GeoPoint.EARTH_RADIUS_KM * (1 - 1e-12) - SLACK_KM);
    }
}
