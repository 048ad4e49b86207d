package io.github.entraide.relay;

import io.github.entraide.spi.OutboxMessage;

/**
 * Told when the relay gives up on a message, so that the portal can alert its moderators or emit
 * an event of its own. Moderators list dead letters with {@link OutboxRelay#deadLetters} and retry
 * one by hand with {@link OutboxRelay#requeue}.
 *
 * <p>Called on the relay's thread after the message was marked dead; must be thread-safe and
 * quick. An exception it throws is logged (its class only) and ignored. The message's payload may
 * hold personal data: do not log it.
 */
@FunctionalInterface
public interface DeadLetterListener {

    /**
     * A message became a dead letter.
     *
     * @param message the message as it was claimed (its payload, type and territory)
     * @param attempts how many attempts were made, this one included
     * @param error the short failure code stored with it (no personal data)
     */
    void onDeadLetter(OutboxMessage message, int attempts, String error);
}
