package io.github.entraide.examples.portal;

import io.github.entraide.internal.Json;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.OutboxMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the core's {@code OutboxRelay} until it lands: claims due outbox messages,
 * hands notifications to the notifier, marks events delivered (the demo has no event
 * subscriber), and retries failures after a short capped backoff. Thread-safe.
 */
final class InterimOutboxRelay implements AutoCloseable {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final Outbox outbox;
    private final Notifier notifier;
    private final Clock clock;
    private final AtomicLong sent = new AtomicLong();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "entraide-demo-relay");
        t.setDaemon(true);
        return t;
    });

    InterimOutboxRelay(Outbox outbox, Notifier notifier, Clock clock) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Polls twice a second in the background. */
    void start() {
        loop.scheduleWithFixedDelay(() -> {
            try {
                while (drainOnce() > 0) {
                    // keep going while batches come back full of due messages
                }
            } catch (RuntimeException e) {
                // the next poll retries; the outbox keeps the messages
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    /**
     * Claims one batch of due messages and attempts each.
     *
     * @return how many messages were claimed
     */
    synchronized int drainOnce() {
        Instant now = clock.instant();
        List<OutboxMessage> batch = outbox.claim(100, now, LEASE);
        for (OutboxMessage m : batch) {
            try {
                if (m.kind() == OutboxMessage.Kind.NOTIFICATION) {
                    notifier.send(m.id(), Json.readNotification(m.type(), m.payload()));
                    sent.incrementAndGet();
                }
                outbox.markSent(m.id(), clock.instant());
            } catch (RuntimeException e) {
                long backoff = Math.min(MAX_BACKOFF_MILLIS, 250L << Math.min(m.attempts(), 10));
                outbox.markFailed(m.id(), clock.instant().plusMillis(backoff), e.getClass().getSimpleName());
            }
        }
        return batch.size();
    }

    /** @return how many notifications were delivered */
    long sent() {
        return sent.get();
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
