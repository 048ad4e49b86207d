package io.github.entraide.spring;

import io.github.entraide.spi.Storage;

/**
 * Wraps the storage the auto-configured {@code Entraide} runs its use cases on, for instance to
 * time its transactions ({@link EntraideMetrics} is one). Every bean of this type is applied, in
 * bean order. The relay and the health indicator keep the undecorated storage.
 *
 * <p>Implementations must be thread-safe and keep the storage's contract.
 */
@FunctionalInterface
public interface StorageDecorator {
    /**
     * @param storage the storage to wrap
     * @return the wrapping storage (never {@code null})
     */
    Storage decorate(Storage storage);
}
