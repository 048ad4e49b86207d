package io.github.entraide.spi;

import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's writing side, bound to a transaction: a message appended here is stored if and
 * only if the transaction commits, and is then visible to {@link Outbox#claim}. Deletions and the
 * lookups that prepare them (erasure, retention) commit or roll back with the transaction too.
 */
public interface OutboxWriter {

    /**
     * Appends a pending message; the storage assigns its sequence in commit order.
     *
     * @param message the message
     */
    void append(OutboxMessage message);

    /**
     * The stored notification messages ({@link OutboxMessage.Kind#NOTIFICATION}) of a territory, in
     * any status, whose payload contains the text (exact, case-sensitive substring of the stored
     * JSON). Used by erasure to find messages that hold a member's personal data. Messages appended
     * in the same, uncommitted transaction need not be returned.
     *
     * @param territoryId the territory
     * @param text a non-blank substring of the payload
     * @return the messages, ordered by sequence; empty if none
     */
    List<OutboxMessage> notificationsMentioning(TerritoryId territoryId, String text);

    /**
     * The stored messages of a type, in status {@link OutboxMessage.Status#SENT}, created before an
     * instant, in every territory. Used by retention to purge delivered notifications.
     *
     * @param type the message type, e.g. {@code notification.contacts_shared}
     * @param createdBefore exclusive upper bound of {@link OutboxMessage#createdAt()}
     * @return the messages, ordered by sequence; empty if none
     */
    List<OutboxMessage> sent(String type, Instant createdBefore);

    /**
     * Deletes a stored message, whatever its status. Idempotent: deleting a missing message does
     * nothing.
     *
     * @param id the message's id
     */
    void delete(String id);
}
