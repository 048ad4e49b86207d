package io.github.entraide.spring;

import io.github.entraide.spi.Storage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code entraide} health component: DOWN when the dead messages in the outbox pass
 * {@code entraide.health.max-dead-letters}, the oldest pending message is older than
 * {@code entraide.health.max-outbox-age}, or the backlog passes
 * {@code entraide.health.max-outbox-backlog}; details give the figures (counts and ages only).
 *
 * <p>Thread-safe.
 */
public final class EntraideHealthIndicator extends AbstractHealthIndicator {
    private final Storage storage;
    private final RelayStatistics statistics;
    private final EntraideProperties.Health thresholds;
    private final Clock clock;

    /**
     * @param storage the storage whose outbox is checked
     * @param statistics the relay's delivery counters
     * @param thresholds the thresholds
     * @param clock the clock the age of the oldest pending message is measured with
     */
    public EntraideHealthIndicator(Storage storage, RelayStatistics statistics, EntraideProperties.Health thresholds,
            Clock clock) {
        super("Entraide health check failed");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long backlog = storage.outbox().pendingCount();
        long dead = storage.outbox().deadCount();
        Duration age = EntraideMetrics.oldestPendingAge(storage, clock);
        boolean down = dead > thresholds.getMaxDeadLetters() || backlog > thresholds.getMaxOutboxBacklog()
                || age.compareTo(thresholds.getMaxOutboxAge()) > 0;
        (down ? builder.down() : builder.up())
                .withDetail("outboxBacklog", backlog)
                .withDetail("oldestPendingAge", age.toString())
                .withDetail("deadLetters", dead)
                .withDetail("deadLetteredSinceStart", statistics.deadLetters())
                .withDetail("maxOutboxAge", thresholds.getMaxOutboxAge().toString())
                .withDetail("maxOutboxBacklog", thresholds.getMaxOutboxBacklog())
                .withDetail("maxDeadLetters", thresholds.getMaxDeadLetters());
    }
}
