package io.github.entraide.event;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * A help offer was published, edited or changed status.
 *
 * @param type {@code offer.published}, {@code offer.updated} or {@code offer.status-changed}
 * @param territoryId the territory
 * @param offerId the offer
 * @param helperId the helper
 * @param categoryId the category
 * @param status the status after the change
 * @param occurredAt when
 */
public record OfferEvent(String type, TerritoryId territoryId, OfferId offerId, MemberId helperId,
        CategoryId categoryId, OfferStatus status, Instant occurredAt) implements DomainEvent {

    /** Checks the parameters. */
    public OfferEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(helperId, "helperId");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
