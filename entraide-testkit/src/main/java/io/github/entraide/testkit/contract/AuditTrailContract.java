package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.AuditTrail}: round trip of every field, duplicate
 * ids refused, the time window (from inclusive, to exclusive), the per-member listing, order by time
 * then id, commit with the transaction, territory isolation. Extend it and implement
 * {@link #newStorage()}.
 */
public abstract class AuditTrailContract extends StorageContractSupport {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    /** Creates the suite. */
    protected AuditTrailContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private void append(AuditEntry... entries) {
        run(t -> {
            for (AuditEntry e : entries) {
                t.audit().append(e);
            }
        });
    }

    private static List<String> ids(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::id).toList();
    }

    /** Rule: entries with and without the optional fields (concerned member, reason code) come back as appended, to the nanosecond. */
    @Test
    public void entriesRoundTripWithAndWithoutOptionalFields() {
        AuditEntry full = ContractFixtures.auditEntry(METROPOLE, "e-full", at(1), Optional.of("m1"));
        AuditEntry minimal = ContractFixtures.auditEntry(METROPOLE, "e-min", at(2), Optional.empty());
        append(full, minimal);
        assertEquals(List.of(full, minimal), tx(t -> t.audit().between(METROPOLE, EVER, NEVER)));
    }

    /** Rule: appending an entry whose id is taken is a ConflictException; the stored entry is unchanged. */
    @Test
    public void appendingATakenIdIsAConflict() {
        AuditEntry first = ContractFixtures.auditEntry(METROPOLE, "e1", at(1), Optional.of("m1"));
        append(first);
        assertThrows(ConflictException.class, () -> append(ContractFixtures.auditEntry(METROPOLE, "e1", at(2),
                Optional.empty())));
        assertEquals(List.of(first), tx(t -> t.audit().between(METROPOLE, EVER, NEVER)));
    }

    /** Rule: between lists the territory's entries with from &lt;= at &lt; to, ordered by time then id. */
    @Test
    public void betweenIsFromInclusiveToExclusiveOrderedByTimeThenId() {
        append(ContractFixtures.auditEntry(METROPOLE, "too-early", at(10).minusNanos(1), Optional.empty()),
                ContractFixtures.auditEntry(METROPOLE, "z-first", at(10), Optional.empty()),
                ContractFixtures.auditEntry(METROPOLE, "b-same", at(15), Optional.of("m1")),
                ContractFixtures.auditEntry(METROPOLE, "a-same", at(15), Optional.empty()),
                ContractFixtures.auditEntry(METROPOLE, "last", at(20).minusNanos(1), Optional.empty()),
                ContractFixtures.auditEntry(METROPOLE, "too-late", at(20), Optional.empty()),
                ContractFixtures.auditEntry(MEYLAN, "elsewhere", at(15), Optional.empty()));
        assertEquals(List.of("z-first", "a-same", "b-same", "last"),
                ids(tx(t -> t.audit().between(METROPOLE, at(10), at(20)))));
        assertEquals(List.of(), tx(t -> t.audit().between(METROPOLE, at(20), at(10))));
    }

    /** Rule: concerning lists the territory's entries whose concerned member is that member, ordered by time then id. */
    @Test
    public void concerningListsTheMembersEntriesOrderedByTimeThenId() {
        append(ContractFixtures.auditEntry(METROPOLE, "e3", at(5), Optional.of("m1")),
                ContractFixtures.auditEntry(METROPOLE, "e2", at(5), Optional.of("m1")),
                ContractFixtures.auditEntry(METROPOLE, "e1", at(9), Optional.of("m1")),
                ContractFixtures.auditEntry(METROPOLE, "e0", at(1), Optional.of("m2")),
                ContractFixtures.auditEntry(METROPOLE, "none", at(1), Optional.empty()),
                ContractFixtures.auditEntry(MEYLAN, "elsewhere", at(1), Optional.of("m1")));
        assertEquals(List.of("e2", "e3", "e1"), ids(tx(t -> t.audit().concerning(METROPOLE, MemberId.of("m1")))));
        assertEquals(List.of(), tx(t -> t.audit().concerning(METROPOLE, MemberId.of("nobody"))));
    }

    /** Rule: an entry appended in a transaction that fails is not stored (the trail commits with the use case). */
    @Test
    public void entryOfARolledBackTransactionIsNotStored() {
        assertThrows(IllegalStateException.class, () -> run(t -> {
            t.audit().append(ContractFixtures.auditEntry(METROPOLE, "e1", at(1), Optional.of("m1")));
            throw new IllegalStateException("the use case fails after the append");
        }));
        assertEquals(List.of(), tx(t -> t.audit().between(METROPOLE, EVER, NEVER)));
        append(ContractFixtures.auditEntry(METROPOLE, "e1", at(1), Optional.of("m1")));
        assertEquals(List.of("e1"), ids(tx(t -> t.audit().concerning(METROPOLE, MemberId.of("m1")))));
    }

    /** Rule: an entry of one territory is invisible through another (between, concerning). */
    @Test
    public void entryIsInvisibleThroughAnotherTerritory() {
        append(ContractFixtures.auditEntry(METROPOLE, "e1", at(1), Optional.of("m1")));
        assertEquals(List.of(), tx(t -> t.audit().between(MEYLAN, EVER, NEVER)));
        assertEquals(List.of(), tx(t -> t.audit().concerning(MEYLAN, MemberId.of("m1"))));
    }
}
