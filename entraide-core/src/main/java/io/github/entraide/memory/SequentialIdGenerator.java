package io.github.entraide.memory;

import io.github.entraide.internal.Checks;
import io.github.entraide.spi.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers {@code prefix-1}, {@code prefix-2}…, zero-padded so that they sort in creation
 * order: predictable ids for tests and examples. Thread-safe; unique within one instance only.
 */
public final class SequentialIdGenerator implements IdGenerator {
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    /**
     * Creates a generator.
     *
     * @param prefix the prefix, for example {@code id}
     */
    public SequentialIdGenerator(String prefix) {
        this.prefix = Checks.identifier(prefix, "prefix");
    }

    @Override
    public String next() {
        return String.format("%s-%09d", prefix, counter.incrementAndGet());
    }
}
