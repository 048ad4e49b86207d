package io.github.entraide.event;

import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A batch of a crisis appeal's e-mails was written to the outbox: one event per batch (at most
 * {@link io.github.entraide.service.AppealService#BATCH_SIZE} recipients), so that a portal can
 * reach the same helpers through its own channels (SMS, push). Carries the recipients' ids only;
 * the portal reads what it needs (a phone number, the appeal's text) itself.
 *
 * @param type {@code appeal.sent}
 * @param territoryId the territory
 * @param appealId the appeal
 * @param recipientIds the helpers this batch reached, ordered by id
 * @param occurredAt when
 */
public record AppealEvent(String type, TerritoryId territoryId, AppealId appealId, List<MemberId> recipientIds,
        Instant occurredAt) implements DomainEvent {

    /** The type of every appeal event. */
    public static final String SENT = "appeal.sent";

    /** Checks the parameters. */
    public AppealEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(appealId, "appealId");
        recipientIds = List.copyOf(Objects.requireNonNull(recipientIds, "recipientIds"));
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
