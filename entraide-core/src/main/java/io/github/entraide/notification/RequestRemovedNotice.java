package io.github.entraide.notification;

import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To a beneficiary or proxy: a moderator removed their request.
 *
 * @param territoryId the territory
 * @param recipient the requester
 * @param requestId the request
 * @param categoryName the category's name in the recipient's locale
 * @param reasonCode the moderator's stable reason code
 */
public record RequestRemovedNotice(TerritoryId territoryId, Recipient recipient, RequestId requestId, String categoryName, String reasonCode) implements Notification {

    /** Checks the parameters. */
    public RequestRemovedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.REQUEST_REMOVED;
    }
}
