/**
 * The outbox relay: delivers what committed transactions left in the {@link io.github.entraide.spi.Outbox}
 * (notifications to the {@link io.github.entraide.spi.Notifier}, domain events to the
 * {@link io.github.entraide.spi.EventPublisher}), at least once, with retries, exponential backoff
 * with jitter, dead letters and a graceful shutdown. Works on any {@link io.github.entraide.spi.Storage}.
 *
 * <p>Start with {@link io.github.entraide.relay.OutboxRelay#builder(io.github.entraide.spi.Storage)}.
 */
package io.github.entraide.relay;
