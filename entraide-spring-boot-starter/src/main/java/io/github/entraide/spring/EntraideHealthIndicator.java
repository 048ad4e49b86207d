package io.github.entraide.spring;

import io.github.entraide.spi.Storage;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code entraide} health component: DOWN when the dead letters since start pass
 * {@code entraide.health.max-dead-letters} or the outbox backlog passes
 * {@code entraide.health.max-outbox-backlog}; details give both figures (counts only).
 *
 * <p>Thread-safe.
 */
public final class EntraideHealthIndicator extends AbstractHealthIndicator {
    private final Storage storage;
    private final RelayStatistics statistics;
    private final EntraideProperties.Health thresholds;

    /**
     * @param storage the storage whose outbox is checked
     * @param statistics the relay's delivery counters
     * @param thresholds the thresholds
     */
    public EntraideHealthIndicator(Storage storage, RelayStatistics statistics, EntraideProperties.Health thresholds) {
        super("Entraide health check failed");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long backlog = storage.outbox().pendingCount();
        long dead = statistics.deadLetters();
        boolean down = dead > thresholds.getMaxDeadLetters() || backlog > thresholds.getMaxOutboxBacklog();
        (down ? builder.down() : builder.up())
                .withDetail("outboxBacklog", backlog)
                .withDetail("deadLetters", dead)
                .withDetail("maxOutboxBacklog", thresholds.getMaxOutboxBacklog())
                .withDetail("maxDeadLetters", thresholds.getMaxDeadLetters());
    }
}
