package io.github.entraide.scenario;

import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.HostileInputContract;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The hostile-input suite on the in-memory storage: refused cleanly or stored verbatim, never a crash. */
class HostileInputPropertyTest extends HostileInputContract {

    @Override
    protected Storage newStorage() {
        return new InMemoryStorage();
    }

    @Override
    protected Object contentsOf(Storage storage) {
        Map<Object, Integer> counts = new HashMap<>();
        ((InMemoryStorage) storage).snapshot().forEach(record -> counts.merge(record, 1, Integer::sum));
        return counts;
    }

    @Override
    protected Collection<String> storedStrings(Storage storage) {
        return StoredStrings.of(((InMemoryStorage) storage).snapshot());
    }

    @Override
    protected int randomTries() {
        return 20;
    }
}
