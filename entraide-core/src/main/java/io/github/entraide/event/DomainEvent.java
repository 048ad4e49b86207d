package io.github.entraide.event;

import io.github.entraide.domain.TerritoryId;
import java.time.Instant;

/**
 * Something that happened, written to the outbox in the same transaction as the change and
 * published to the portal after commit. Events carry identifiers and codes only, never personal
 * data, and serialise to JSON.
 */
public sealed interface DomainEvent permits MemberEvent, OfferEvent, RequestEvent, IntroductionEvent, AppealEvent {

    /** @return the territory */
    TerritoryId territoryId();

    /** @return when it happened */
    Instant occurredAt();

    /** @return the stable type, for example {@code introduction.accepted} */
    String type();
}
