package io.github.entraide.notification;

import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * To an inactive member: their account and data will be erased on a date unless they use the platform again (retention policy).
 *
 * @param territoryId the territory
 * @param recipient the member
 * @param erasureAt when the account will be erased at the earliest
 */
public record InactivityWarningNotice(TerritoryId territoryId, Recipient recipient, Instant erasureAt) implements Notification {

    /** Checks the parameters. */
    public InactivityWarningNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(erasureAt, "erasureAt");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.INACTIVITY_WARNING;
    }
}
