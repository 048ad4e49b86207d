package io.github.entraide.testkit.contract;

import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract suite shares: the factory method an adapter implements and a fresh storage
 * per test. Extend a suite, not this class.
 *
 * <p>Not thread-safe: JUnit makes one instance per test.
 */
public abstract class StorageContractSupport {

    /** The storage under test, new and empty for each test. */
    protected Storage storage;

    /** Creates the suite. */
    protected StorageContractSupport() {
    }

    /**
     * Makes the storage under test. Called once before each test; must return an EMPTY storage
     * (no territory, no record, no outbox message) that no other test uses. Release what it holds
     * in an {@code @AfterEach} of the adapter's test class.
     *
     * @return a new, empty storage
     */
    protected abstract Storage newStorage();

    /** Creates {@link #storage} with {@link #newStorage()}. */
    @BeforeEach
    protected final void createStorage() {
        storage = newStorage();
    }

    /**
     * Runs work in a transaction of the storage under test.
     *
     * @param work the work
     * @param <T> the result's type
     * @return the work's result
     */
    protected final <T> T tx(Function<StorageTransaction, T> work) {
        return storage.inTransaction(work);
    }

    /**
     * Runs work without a result in a transaction of the storage under test.
     *
     * @param work the work
     */
    protected final void run(Consumer<StorageTransaction> work) {
        storage.inTransaction(t -> {
            work.accept(t);
            return null;
        });
    }

    /** Stores the two fixture territories (metropolis and Meylan). */
    protected final void seedTerritories() {
        run(t -> {
            t.territories().insert(ContractFixtures.metropole());
            t.territories().insert(ContractFixtures.meylan());
        });
    }
}
