/**
 * Domain events: identifiers and codes only, written to the outbox with the change they announce
 * and published to the portal's {@link io.github.entraide.spi.EventPublisher} in commit order.
 */
package io.github.entraide.event;
