package io.github.entraide.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.testkit.contract.ContractFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class EntraideHealthIndicatorTest {
    private static final Instant T0 = ContractFixtures.T0;
    private final InMemoryStorage storage = new InMemoryStorage();
    private final RelayStatistics statistics = new RelayStatistics();
    private final EntraideProperties.Health thresholds = new EntraideProperties.Health();

    private EntraideHealthIndicator indicatorAt(Instant now) {
        return new EntraideHealthIndicator(storage, statistics, thresholds, Clock.fixed(now, ZoneOffset.UTC));
    }

    private void append(String id, Instant createdAt) {
        storage.inTransaction(t -> {
            t.outbox().append(ContractFixtures.message(ContractFixtures.METROPOLE, id, createdAt));
            return null;
        });
    }

    @Test
    void anEmptyOutboxIsUp() {
        assertThat(indicatorAt(T0).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void oneDeadLetterPastTheDefaultThresholdIsDown() {
        append("m1", T0);
        storage.outbox().markDead("m1", T0, "refused");
        assertThat(indicatorAt(T0).health().getStatus()).isEqualTo(Status.DOWN);
        thresholds.setMaxDeadLetters(1);
        assertThat(indicatorAt(T0).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aPendingMessageOlderThanTheMaximumAgeIsDown() {
        thresholds.setMaxOutboxAge(Duration.ofMinutes(30));
        append("m1", T0);
        assertThat(indicatorAt(T0.plus(Duration.ofMinutes(30))).health().getStatus()).isEqualTo(Status.UP);
        var down = indicatorAt(T0.plus(Duration.ofMinutes(31))).health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("oldestPendingAge", "PT31M").containsEntry("outboxBacklog", 1L);
    }

    @Test
    void theGaugesReadTheOutbox() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new EntraideMetrics(storage, statistics, Clock.fixed(T0.plusSeconds(90), ZoneOffset.UTC)).bindTo(registry);
        append("m1", T0);
        append("m2", T0.plusSeconds(30));
        storage.outbox().markDead("m2", T0, "refused");
        assertThat(registry.get(EntraideMetrics.OUTBOX_BACKLOG).gauge().value()).isEqualTo(1.0);
        assertThat(registry.get(EntraideMetrics.OUTBOX_OLDEST_AGE).gauge().value()).isEqualTo(90.0);
        assertThat(registry.get(EntraideMetrics.OUTBOX_DEAD).gauge().value()).isEqualTo(1.0);
        statistics.onDeadLetter(storage.outbox().find("m2").orElseThrow(), 8, "refused");
        assertThat(registry.get(EntraideMetrics.OUTBOX_DEAD_LETTERS).functionCounter().count()).isEqualTo(1.0);
    }
}
