package io.github.entraide.domain;

import java.util.Objects;

/**
 * A request that comes back every week (weekly groceries, a standing conversation partner).
 * When an occurrence is completed and both sides agree, the next occurrence is created with the
 * same helper. Immutable.
 *
 * @param seriesId the first request of the series
 * @param occurrence 1 for the first request, then 2, 3…
 */
public record Recurrence(RequestId seriesId, int occurrence) {

    /**
     * Checks the recurrence.
     *
     * @throws NullPointerException if {@code seriesId} is null
     * @throws IllegalArgumentException if {@code occurrence} is below 1
     */
    public Recurrence {
        Objects.requireNonNull(seriesId, "seriesId");
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence must be at least 1, was " + occurrence);
        }
    }

    /**
     * The recurrence of the next occurrence.
     *
     * @return the next recurrence
     */
    public Recurrence next() {
        return new Recurrence(seriesId, occurrence + 1);
    }
}
