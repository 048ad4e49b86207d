package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * When a helper is available each week: any time, or a set of weekly slots. Immutable.
 *
 * @param anyTime true when the helper did not restrict their availability
 * @param slots the weekly slots (empty when {@code anyTime})
 */
public record WeeklyAvailability(boolean anyTime, List<AvailabilitySlot> slots) {

    /**
     * Checks the availability.
     *
     * @throws NullPointerException if {@code slots} is null
     * @throws IllegalArgumentException if {@code anyTime} comes with slots, or neither is given
     */
    public WeeklyAvailability {
        slots = List.copyOf(Checks.noNulls(slots, "slots"));
        if (anyTime && !slots.isEmpty()) {
            throw new IllegalArgumentException("an any-time availability has no slots");
        }
        if (!anyTime && slots.isEmpty()) {
            throw new IllegalArgumentException("give at least one slot, or use anyTime()");
        }
    }

    /**
     * Available at any time.
     *
     * @return the availability
     */
    public static WeeklyAvailability always() {
        return new WeeklyAvailability(true, List.of());
    }

    /**
     * Available during these weekly slots.
     *
     * @param slots the slots (at least one)
     * @return the availability
     */
    public static WeeklyAvailability of(List<AvailabilitySlot> slots) {
        return new WeeklyAvailability(false, slots);
    }

    /**
     * Whether some slot overlaps a period. Periods longer than a week always overlap.
     *
     * @param start the start of the period (inclusive)
     * @param end the end of the period (exclusive)
     * @param zone the territory's time zone
     * @return true if the helper is available at some moment of the period
     */
    public boolean overlaps(Instant start, Instant end, ZoneId zone) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (anyTime) {
            return true;
        }
        if (!end.isAfter(start)) {
            return false;
        }
        if (ChronoUnit.DAYS.between(start, end) >= 7) {
            return true;
        }
        LocalDateTime from = LocalDateTime.ofInstant(start, zone);
        LocalDateTime to = LocalDateTime.ofInstant(end, zone);
        for (LocalDateTime day = from.toLocalDate().atStartOfDay(); day.isBefore(to); day = day.plusDays(1)) {
            for (AvailabilitySlot slot : slots) {
                if (slot.day() != day.getDayOfWeek()) {
                    continue;
                }
                LocalDateTime slotStart = day.with(slot.from());
                LocalDateTime slotEnd = day.with(slot.to());
                if (slotStart.isBefore(to) && slotEnd.isAfter(from)) {
                    return true;
                }
            }
        }
        return false;
    }
}
