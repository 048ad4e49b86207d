package io.github.entraide.notification;

import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To an author: a moderator approved their offer or request, which was pending review; it is now published (an offer) or open (a request).
 *
 * @param territoryId the territory
 * @param recipient the author
 * @param subject the offer or request
 */
public record ContentApprovedNotice(TerritoryId territoryId, Recipient recipient, ModerationSubject subject) implements Notification {

    /** Checks the parameters. */
    public ContentApprovedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.CONTENT_APPROVED;
    }
}
