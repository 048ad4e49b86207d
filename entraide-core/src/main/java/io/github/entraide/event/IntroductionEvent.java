package io.github.entraide.event;

import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * An introduction was proposed or changed status.
 *
 * @param type {@code introduction.proposed}, {@code introduction.accepted}, {@code introduction.declined},
 *     {@code introduction.expired}, {@code introduction.cancelled}, {@code introduction.confirmed} or
 *     {@code introduction.completed}
 * @param territoryId the territory
 * @param introductionId the introduction
 * @param requestId the request
 * @param offerId the offer
 * @param helperId the helper
 * @param beneficiaryId the member who filed the request
 * @param status the status after the change
 * @param occurredAt when
 */
public record IntroductionEvent(String type, TerritoryId territoryId, IntroductionId introductionId,
        RequestId requestId, OfferId offerId, MemberId helperId, MemberId beneficiaryId, IntroductionStatus status,
        Instant occurredAt) implements DomainEvent {

    /** Checks the parameters. */
    public IntroductionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(helperId, "helperId");
        Objects.requireNonNull(beneficiaryId, "beneficiaryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
