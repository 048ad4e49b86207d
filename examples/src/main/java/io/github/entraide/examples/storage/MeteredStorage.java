package io.github.entraide.examples.storage;

import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A tiny custom storage adapter, as an integrator might write one: it wraps another storage and
 * counts committed and rolled-back transactions for the portal's monitoring. It proves itself by
 * passing the test kit's contract suites ({@code MeteredStorageContractTest}), like any adapter.
 * Thread-safe if the wrapped storage is.
 */
public final class MeteredStorage implements Storage {
    private final Storage delegate;
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong rolledBack = new AtomicLong();

    /**
     * Wraps a storage.
     *
     * @param delegate the storage that keeps the data
     */
    public MeteredStorage(Storage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        Objects.requireNonNull(work, "work");
        try {
            T result = delegate.inTransaction(work);
            committed.incrementAndGet();
            return result;
        } catch (RuntimeException | Error e) {
            rolledBack.incrementAndGet();
            throw e;
        }
    }

    @Override
    public Outbox outbox() {
        return delegate.outbox();
    }

    /** @return transactions committed so far */
    public long committed() {
        return committed.get();
    }

    /** @return transactions rolled back so far */
    public long rolledBack() {
        return rolledBack.get();
    }
}
