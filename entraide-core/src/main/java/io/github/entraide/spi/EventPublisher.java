package io.github.entraide.spi;

import io.github.entraide.event.DomainEvent;

/**
 * Lets the portal react to domain events. Called by the outbox relay after commit, in commit
 * order, at least once per event (a crash between delivery and marking may repeat one: make
 * handlers idempotent, keyed by {@code deliveryId}). Implementations must be thread-safe.
 */
public interface EventPublisher {

    /**
     * Publishes one committed event.
     *
     * @param deliveryId the outbox message's id, stable across retries
     * @param event the event
     */
    void publish(String deliveryId, DomainEvent event);
}
