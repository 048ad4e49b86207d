package io.github.entraide.examples.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.StorageContract;
import org.junit.jupiter.api.Test;

/**
 * How an integrator proves a storage adapter: extend the test kit's {@link StorageContract} and
 * give it a new, empty storage per test. Every rule of the contract then runs against the adapter.
 */
class MeteredStorageContractTest extends StorageContract {

    @Override
    protected Storage newStorage() {
        return new MeteredStorage(new InMemoryStorage());
    }

    @Test
    void countsCommitsAndRollbacks() {
        MeteredStorage storage = new MeteredStorage(new InMemoryStorage());
        storage.inTransaction(tx -> tx.territories().all());
        assertThatThrownBy(() -> storage.inTransaction(tx -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(storage.committed()).isEqualTo(1);
        assertThat(storage.rolledBack()).isEqualTo(1);
    }
}
