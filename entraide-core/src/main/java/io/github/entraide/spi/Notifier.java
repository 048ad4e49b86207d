package io.github.entraide.spi;

import io.github.entraide.notification.Notification;

/**
 * Delivers notifications to people (e-mail by the mail adapter; SMS or push by integrators).
 * Called by the outbox relay, never inside a storage transaction.
 *
 * <p>Contract: {@code deliveryId} is the outbox message's id and stays the same across retries,
 * so that a resend is recognisable (the mail adapter derives the {@code Message-ID} from it).
 * A failure is a {@link io.github.entraide.MailDeliveryException} saying whether a retry may
 * succeed. Implementations must be thread-safe and must not log personal data.
 */
public interface Notifier {

    /**
     * Delivers one notification.
     *
     * @param deliveryId the outbox message's id, stable across retries
     * @param notification what to deliver
     * @throws io.github.entraide.MailDeliveryException if it could not be delivered
     */
    void send(String deliveryId, Notification notification);
}
