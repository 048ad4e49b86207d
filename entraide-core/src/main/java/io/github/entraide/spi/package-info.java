/**
 * The ports Entraide needs from outside: {@link io.github.entraide.spi.Storage} with its
 * repositories and transaction boundary, the outbox, {@link io.github.entraide.spi.Notifier},
 * {@link io.github.entraide.spi.EventPublisher} and {@link io.github.entraide.spi.IdGenerator};
 * the clock is a {@link java.time.Clock}. The in-memory adapters of
 * {@code io.github.entraide.memory} implement them all and are the reference the contract test
 * kit checks every other adapter against.
 */
package io.github.entraide.spi;
