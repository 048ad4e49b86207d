package io.github.entraide.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When help is wanted: as soon as possible, or within a time window. Immutable.
 *
 * @param start the window's start, empty for "as soon as possible"
 * @param end the window's end, present exactly when {@code start} is
 */
public record Timing(Optional<Instant> start, Optional<Instant> end) {

    /**
     * Checks the timing.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if only one bound is given, or the end is not after the start
     */
    public Timing {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException("a time window needs both a start and an end");
        }
        if (start.isPresent() && !end.get().isAfter(start.get())) {
            throw new IllegalArgumentException("the window's end must be after its start");
        }
    }

    /**
     * As soon as possible.
     *
     * @return the timing
     */
    public static Timing asSoonAsPossible() {
        return new Timing(Optional.empty(), Optional.empty());
    }

    /**
     * Within a window.
     *
     * @param start the start (inclusive)
     * @param end the end (exclusive)
     * @return the timing
     */
    public static Timing window(Instant start, Instant end) {
        return new Timing(Optional.of(start), Optional.of(end));
    }

    /** @return whether help is wanted as soon as possible */
    public boolean isAsSoonAsPossible() {
        return start.isEmpty();
    }

    /**
     * This timing moved by a number of weeks (for recurring requests).
     *
     * @param weeks the number of weeks
     * @return the moved timing
     */
    public Timing plusWeeks(int weeks) {
        java.time.Duration d = java.time.Duration.ofDays(7L * weeks);
        return new Timing(start.map(s -> s.plus(d)), end.map(e -> e.plus(d)));
    }
}
