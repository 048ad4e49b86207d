package io.github.entraide.spi;

import io.github.entraide.domain.TerritoryId;
import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message written to the outbox in the same transaction as the change it announces: a domain
 * event for the portal, or a notification to deliver. Immutable.
 *
 * @param id the message's identifier, stable across retries (the mail adapter derives the
 *     e-mail's {@code Message-ID} from it)
 * @param territoryId the territory
 * @param sequence the commit order, assigned by the storage on append (0 before)
 * @param kind event or notification
 * @param type the payload's type, for example {@code introduction.accepted}
 * @param payload the payload as JSON
 * @param createdAt when appended
 * @param status pending, sent or dead
 * @param attempts delivery attempts made so far
 * @param nextAttemptAt when the relay may try (again)
 * @param lastError the last failure's short description (no personal data), if any
 */
public record OutboxMessage(String id, TerritoryId territoryId, long sequence, Kind kind, String type,
        String payload, Instant createdAt, Status status, int attempts, Instant nextAttemptAt,
        Optional<String> lastError) {

    /** What a message carries. */
    public enum Kind {
        /** A domain event for the portal's {@link EventPublisher}. */
        EVENT,
        /** A notification for the {@link Notifier}. */
        NOTIFICATION
    }

    /** Where a message stands. */
    public enum Status {
        /** Waiting to be delivered (or retried). */
        PENDING,
        /** Delivered. */
        SENT,
        /** Given up after too many attempts; a moderator may retry it by hand. */
        DEAD
    }

    /**
     * Checks the message.
     *
     * @throws NullPointerException if a parameter is null
     */
    public OutboxMessage {
        Checks.identifier(id, "id");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(kind, "kind");
        Checks.notBlank(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
    }

    /**
     * A new pending message.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param kind event or notification
     * @param type the payload's type
     * @param payload the JSON payload
     * @param now when appended
     * @return the message
     */
    public static OutboxMessage pending(String id, TerritoryId territoryId, Kind kind, String type, String payload,
            Instant now) {
        return new OutboxMessage(id, territoryId, 0, kind, type, payload, now, Status.PENDING, 0, now,
                Optional.empty());
    }
}
