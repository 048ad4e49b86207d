package io.github.entraide.memory;

import io.github.entraide.event.DomainEvent;
import io.github.entraide.spi.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An event publisher that keeps the events it is given, in order: for tests and demos.
 * Thread-safe.
 */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> events = new ArrayList<>();

    /** Creates an empty publisher. */
    public RecordingEventPublisher() {
    }

    @Override
    public synchronized void publish(String deliveryId, DomainEvent event) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        events.add(Objects.requireNonNull(event, "event"));
    }

    /**
     * The events published so far, in order.
     *
     * @return a snapshot
     */
    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
