package io.github.entraide.memory;

import io.github.entraide.notification.Notification;
import io.github.entraide.spi.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A notifier that keeps what it is given, in order, instead of sending it: for tests, demos and
 * portals that render notifications themselves. Thread-safe.
 */
public final class RecordingNotifier implements Notifier {

    /**
     * One delivered notification.
     *
     * @param deliveryId the outbox message's id
     * @param notification the notification
     */
    public record Delivery(String deliveryId, Notification notification) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();

    /** Creates an empty notifier. */
    public RecordingNotifier() {
    }

    @Override
    public synchronized void send(String deliveryId, Notification notification) {
        deliveries.add(new Delivery(Objects.requireNonNull(deliveryId, "deliveryId"),
                Objects.requireNonNull(notification, "notification")));
    }

    /**
     * What was delivered so far, in order.
     *
     * @return a snapshot
     */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
