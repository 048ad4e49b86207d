package io.github.entraide.event;

import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member was registered, changed, moderated or erased.
 *
 * @param type {@code member.registered}, {@code member.updated}, {@code member.status-changed} or {@code member.erased}
 * @param territoryId the territory
 * @param memberId the member
 * @param status the member's standing after the change
 * @param occurredAt when
 */
public record MemberEvent(String type, TerritoryId territoryId, MemberId memberId, String status,
        Instant occurredAt) implements DomainEvent {

    /** Checks the parameters. */
    public MemberEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
