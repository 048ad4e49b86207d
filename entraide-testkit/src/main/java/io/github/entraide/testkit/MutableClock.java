package io.github.entraide.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: give it to {@code Entraide.builder().clock(...)},
 * the outbox relay or the SMTP notifier, then drive expiry, retries and retention with
 * {@link #advance(Duration)} instead of waiting. Thread-safe; the views returned by
 * {@link #withZone(ZoneId)} share its time.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /**
     * A clock at an instant, in UTC.
     *
     * @param start the instant it shows until moved
     */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far, not negative
     * @throws IllegalArgumentException if the duration is negative
     */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back: " + duration);
        }
        now.updateAndGet(t -> t.plus(duration));
    }

    /**
     * Sets the clock to an instant, forward or back.
     *
     * @param instant the instant
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }
}
