package io.github.entraide.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly slot, for example Tuesday 18:00–20:00, in the territory's time zone. Immutable.
 *
 * @param day the day of the week
 * @param from the start (inclusive)
 * @param to the end (exclusive), after {@code from}
 */
public record AvailabilitySlot(DayOfWeek day, LocalTime from, LocalTime to) {

    /**
     * Checks the slot.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public AvailabilitySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("slot end " + to + " must be after its start " + from);
        }
    }
}
