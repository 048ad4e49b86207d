package io.github.entraide.relay;

import io.github.entraide.MailDeliveryException;
import io.github.entraide.notification.Notification;
import io.github.entraide.spi.Notifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Records deliveries; fails as scripted. Thread-safe. */
final class RecordingNotifier implements Notifier {
    private final List<String> delivered = new ArrayList<>();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private RuntimeException failAlways;
    private Consumer<String> beforeEach = id -> { };

    @Override
    public void send(String deliveryId, Notification notification) {
        Consumer<String> hook;
        synchronized (this) {
            hook = beforeEach;
        }
        hook.accept(deliveryId);
        synchronized (this) {
            if (failAlways != null) {
                throw failAlways;
            }
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            delivered.add(deliveryId);
        }
    }

    synchronized RecordingNotifier failNext(RuntimeException e) {
        failures.add(e);
        return this;
    }

    synchronized RecordingNotifier failAlways(RuntimeException e) {
        failAlways = e;
        return this;
    }

    synchronized RecordingNotifier beforeEach(Consumer<String> hook) {
        beforeEach = hook;
        return this;
    }

    synchronized List<String> delivered() {
        return List.copyOf(delivered);
    }

    static MailDeliveryException transientFailure(String id) {
        return new MailDeliveryException(id, true, new java.net.ConnectException("refused"));
    }

    static MailDeliveryException permanentFailure(String id) {
        return new MailDeliveryException(id, false, new IllegalArgumentException("550"));
    }
}
