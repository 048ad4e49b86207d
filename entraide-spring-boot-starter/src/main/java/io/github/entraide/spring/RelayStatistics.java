package io.github.entraide.spring;

import io.github.entraide.notification.Notification;
import io.github.entraide.relay.DeadLetterListener;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.OutboxMessage;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the outbox relay did since the application started: notifications sent, failed
 * attempts (each one retried later or dead-lettered) and dead letters. The starter wraps the
 * notifier with {@link #counting(Notifier)} and registers this object as the relay's
 * {@link DeadLetterListener}; the metrics and the health indicator read it.
 *
 * <p>Thread-safe (atomic counters).
 */
public final class RelayStatistics implements DeadLetterListener {
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    /** Creates counters at zero. */
    public RelayStatistics() {
    }

    /**
     * Wraps a notifier so that each delivery and each failed attempt is counted.
     *
     * @param delegate the notifier that delivers
     * @return a counting notifier that delegates every call
     */
    public Notifier counting(Notifier delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return new Notifier() {
            @Override
            public void send(String deliveryId, Notification notification) {
                try {
                    delegate.send(deliveryId, notification);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    throw e;
                }
                sent.incrementAndGet();
            }
        };
    }

    @Override
    public void onDeadLetter(OutboxMessage message, int attempts, String error) {
        deadLetters.incrementAndGet();
    }

    /** @return notifications delivered since start */
    public long sent() {
        return sent.get();
    }

    /** @return failed delivery attempts since start */
    public long failed() {
        return failed.get();
    }

    /** @return messages dead-lettered since start */
    public long deadLetters() {
        return deadLetters.get();
    }
}
