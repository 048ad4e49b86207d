package io.github.entraide.spi;

import io.github.entraide.domain.TerritoryId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's relay side. Each method runs in its own transaction. Thread-safe, and safe
 * across several relays on several nodes: a claimed message is invisible to other claims until
 * its lease runs out or it is marked.
 */
public interface Outbox {

    /**
     * Claims up to {@code max} pending messages due at {@code now} (next attempt reached, not
     * leased by another claim), in sequence order, and leases them until {@code now + lease}.
     *
     * @param max the most messages to claim
     * @param now the current instant
     * @param lease how long the claim holds if the relay dies before marking them
     * @return the claimed messages, in sequence order
     */
    List<OutboxMessage> claim(int max, Instant now, Duration lease);

    /**
     * Marks a message delivered. Idempotent.
     *
     * @param id the message
     * @param now the current instant
     */
    void markSent(String id, Instant now);

    /**
     * Records a failed attempt and when to try again; releases the lease.
     *
     * @param id the message
     * @param nextAttemptAt when to retry
     * @param error a short description of the failure, no personal data
     */
    void markFailed(String id, Instant nextAttemptAt, String error);

    /**
     * Gives up on a message after too many attempts (dead letter).
     *
     * @param id the message
     * @param now the current instant
     * @param error a short description of the last failure, no personal data
     */
    void markDead(String id, Instant now, String error);

    /**
     * Puts a dead message back in the queue, due at once (retry by hand).
     *
     * @param id the message
     * @param now the current instant
     * @return true if a dead message was requeued
     */
    boolean requeue(String id, Instant now);

    /**
     * Looks a message up.
     *
     * @param id the message
     * @return the message, or empty
     */
    Optional<OutboxMessage> find(String id);

    /**
     * A territory's dead messages, in sequence order.
     *
     * @param territoryId the territory
     * @return the messages
     */
    List<OutboxMessage> dead(TerritoryId territoryId);

    /**
     * How many messages are pending, due or not.
     *
     * @return the count
     */
    long pendingCount();

    /**
     * When the oldest pending message (due or not) was written, for monitoring how far delivery
     * lags behind. The default returns empty, meaning "not known": adapters should override it.
     *
     * @return the creation instant of the oldest pending message, or empty if none is pending
     * @since 0.1.0
     */
    default Optional<Instant> oldestPendingCreatedAt() {
        return Optional.empty();
    }

    /**
     * How many messages are dead, in every territory, for monitoring. The default returns 0,
     * meaning "not known": adapters should override it.
     *
     * @return the count
     * @since 0.1.0
     */
    default long deadCount() {
        return 0;
    }
}
