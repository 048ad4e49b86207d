package io.github.entraide.spi;

import java.util.function.Function;

/**
 * The storage port: repositories behind a transaction boundary, and the outbox's relay side.
 *
 * <p>Contract: {@link #inTransaction(Function)} runs the work once with a
 * {@link StorageTransaction} whose repositories see and make changes atomically; if the work
 * throws, nothing it wrote is kept (including outbox messages) and the exception propagates
 * unchanged. A lost update is reported by the repositories as a
 * {@link io.github.entraide.ConflictException}; driver failures as a
 * {@link io.github.entraide.StorageException} with the cause. Implementations are thread-safe;
 * a transaction is used by one thread only and must not escape the work.
 */
public interface Storage {

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param work the work; must not keep the transaction
     * @param <T> the result's type
     * @return the work's result
     */
    <T> T inTransaction(Function<StorageTransaction, T> work);

    /**
     * The outbox's relay side: claims and marks messages, each call in a transaction of its own.
     *
     * @return the outbox
     */
    Outbox outbox();
}
