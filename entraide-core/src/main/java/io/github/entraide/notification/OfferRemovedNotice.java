package io.github.entraide.notification;

import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To a helper: a moderator removed their offer.
 *
 * @param territoryId the territory
 * @param recipient the helper
 * @param offerId the offer
 * @param categoryName the category's name in the recipient's locale
 * @param reasonCode the moderator's stable reason code, for example {@code paid-help}
 */
public record OfferRemovedNotice(TerritoryId territoryId, Recipient recipient, OfferId offerId, String categoryName,
        String reasonCode) implements Notification {

    /** Checks the parameters. */
    public OfferRemovedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.OFFER_REMOVED;
    }
}
