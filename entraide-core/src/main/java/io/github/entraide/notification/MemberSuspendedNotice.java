package io.github.entraide.notification;

import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To a member: a moderator suspended ({@code SUSPENDED}) or banned ({@code BANNED}) them.
 *
 * @param territoryId the territory
 * @param recipient the member
 * @param status {@code SUSPENDED} or {@code BANNED}
 * @param reasonCode the moderator's stable reason code
 */
public record MemberSuspendedNotice(TerritoryId territoryId, Recipient recipient, MemberStatus status, String reasonCode) implements Notification {

    /** Checks the parameters. */
    public MemberSuspendedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.MEMBER_SUSPENDED;
    }
}
