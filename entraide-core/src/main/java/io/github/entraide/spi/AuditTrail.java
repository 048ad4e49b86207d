package io.github.entraide.spi;

import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail, bound to a transaction: an entry appended here is stored if and only
 * if the transaction commits. There is no update and no delete: an adapter must not offer one (a
 * database adapter should also deny UPDATE and DELETE on its table to the application's role).
 */
public interface AuditTrail {

    /**
     * Appends an entry.
     *
     * @param entry the entry
     * @throws io.github.entraide.ConflictException if an entry with that id exists
     */
    void append(AuditEntry entry);

    /**
     * @param territoryId the territory
     * @param from inclusive lower bound of {@link AuditEntry#at()}
     * @param to exclusive upper bound
     * @return the entries, ordered by time then id
     */
    List<AuditEntry> between(TerritoryId territoryId, Instant from, Instant to);

    /**
     * @param territoryId the territory
     * @param memberId the member
     * @return the entries whose concerned member is that member, ordered by time then id
     */
    List<AuditEntry> concerning(TerritoryId territoryId, MemberId memberId);
}
