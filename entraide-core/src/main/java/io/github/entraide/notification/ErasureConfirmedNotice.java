package io.github.entraide.notification;

import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To a member, at the address they had: their data was erased. The last message Entraide sends
 * them; the address is purged from the outbox once delivered.
 *
 * @param territoryId the territory
 * @param recipient the former member
 */
public record ErasureConfirmedNotice(TerritoryId territoryId, Recipient recipient) implements Notification {

    /** Checks the parameters. */
    public ErasureConfirmedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.ERASURE_CONFIRMED;
    }
}
