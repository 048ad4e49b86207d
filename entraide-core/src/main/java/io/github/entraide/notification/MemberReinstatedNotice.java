package io.github.entraide.notification;

import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To a member: a moderator lifted their suspension or ban.
 *
 * @param territoryId the territory
 * @param recipient the member
 */
public record MemberReinstatedNotice(TerritoryId territoryId, Recipient recipient) implements Notification {

    /** Checks the parameters. */
    public MemberReinstatedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.MEMBER_REINSTATED;
    }
}
