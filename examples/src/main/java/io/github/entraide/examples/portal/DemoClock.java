package io.github.entraide.examples.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The demo's clock: the system clock, which the seed can set back for a while so that the
 * requests and introductions it writes carry dates spread over the past weeks. Thread-safe; the
 * seed runs before the portal serves, and sets the offset back to zero when it is done.
 */
final class DemoClock extends Clock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    DemoClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * Makes the clock read this long ago (zero for the present).
     *
     * @param ago how far back, not negative
     */
    void setBack(Duration ago) {
        if (ago.isNegative()) {
            throw new IllegalArgumentException("ago must not be negative: " + ago);
        }
        this.offset = ago;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return base.withZone(zone);
    }

    @Override
    public Instant instant() {
        return base.instant().minus(offset);
    }
}
