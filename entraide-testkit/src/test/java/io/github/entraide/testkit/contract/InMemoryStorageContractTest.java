package io.github.entraide.testkit.contract;

import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.spi.Storage;

/** The reference: the in-memory storage passes every contract suite. */
class InMemoryStorageContractTest extends StorageContract {

    @Override
    protected Storage newStorage() {
        return new InMemoryStorage();
    }
}
