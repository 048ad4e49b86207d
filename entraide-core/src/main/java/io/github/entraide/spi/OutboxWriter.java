package io.github.entraide.spi;

/**
 * The outbox's writing side, bound to a transaction: a message appended here is stored if and
 * only if the transaction commits, and is then visible to {@link Outbox#claim}.
 */
public interface OutboxWriter {

    /**
     * Appends a pending message; the storage assigns its sequence in commit order.
     *
     * @param message the message
     */
    void append(OutboxMessage message);
}
