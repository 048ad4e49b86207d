package io.github.entraide.event;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * A help request was filed or changed status.
 *
 * @param type {@code request.filed} or {@code request.status-changed}
 * @param territoryId the territory
 * @param requestId the request
 * @param requesterId the member who filed it
 * @param categoryId the category
 * @param status the status after the change
 * @param occurredAt when
 */
public record RequestEvent(String type, TerritoryId territoryId, RequestId requestId, MemberId requesterId,
        CategoryId categoryId, RequestStatus status, Instant occurredAt) implements DomainEvent {

    /** Checks the parameters. */
    public RequestEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requesterId, "requesterId");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
