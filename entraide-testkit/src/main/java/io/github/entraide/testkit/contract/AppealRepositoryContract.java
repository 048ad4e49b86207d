package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.AppealStatus;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.GeoCircle;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.AppealRepository}: round trip of every field,
 * versions, the progress of a sending appeal, newest-first listing, the daily count, opt-out tokens (unique per member and per
 * territory), territory isolation. Extend it and implement {@link #newStorage()}.
 */
public abstract class AppealRepositoryContract extends StorageContractSupport {

    /** Creates the suite. */
    protected AppealRepositoryContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private static Appeal plain(TerritoryId territory, String id, Instant at) {
        return Appeal.create(AppealId.of(id), territory, "moderator:" + territory + "/mod-1",
                "Besoin de bras pour les courses.", "Hands needed for groceries.", Optional.empty(), Set.of(),
                Optional.empty(), at);
    }

    private static List<String> ids(List<Appeal> appeals) {
        return appeals.stream().map(a -> a.id().value()).toList();
    }

    /** Rule: an appeal with every filter present (category, communes, circle) and counts round-trips. */
    @Test
    public void appealWithEveryFilterRoundTrips() {
        Appeal full = Appeal.reconstitute(AppealId.of("a-full"), METROPOLE, "administrator:admin-1",
                "Texte « français »\nsur deux lignes, 100 % bénévole.", "English <text> & more",
                Optional.of(CategoryId.of("groceries")), Set.of("38185", "38229"),
                Optional.of(new GeoCircle(GeoPoint.of(45.1875, 5.7357), 2.5)), AppealStatus.SENT, 1234, at(7), 0);
        assertEquals(full.withVersion(1), tx(t -> t.appeals().insert(full)));
        assertEquals(Optional.of(full.withVersion(1)), tx(t -> t.appeals().find(METROPOLE, full.id())));
    }

    /** Rule: an appeal without filters round-trips. */
    @Test
    public void appealWithoutFiltersRoundTrips() {
        Appeal plain = plain(METROPOLE, "a1", at(0));
        tx(t -> t.appeals().insert(plain));
        assertEquals(Optional.of(plain.withVersion(1)), tx(t -> t.appeals().find(METROPOLE, plain.id())));
    }

    /** Rule: inserting an appeal whose id is taken in the territory is a ConflictException. */
    @Test
    public void insertingATakenIdIsAConflict() {
        Appeal stored = tx(t -> t.appeals().insert(plain(METROPOLE, "a1", at(0))));
        assertThrows(ConflictException.class, () -> tx(t -> t.appeals().insert(plain(METROPOLE, "a1", at(5)))));
        assertEquals(Optional.of(stored), tx(t -> t.appeals().find(METROPOLE, stored.id())));
    }

    /** Rule: update stores the change at the next version; an update at a stale version is a conflict. */
    @Test
    public void staleUpdateIsAConflictAndChangesNothing() {
        Appeal read = tx(t -> t.appeals().insert(plain(METROPOLE, "a1", at(0))));
        Appeal reached = tx(t -> t.appeals().update(read.reachedMore(500)));
        assertEquals(read.reachedMore(500).withVersion(2), reached);
        assertThrows(ConflictException.class, () -> tx(t -> t.appeals().update(read.sent())));
        assertEquals(Optional.of(reached), tx(t -> t.appeals().find(METROPOLE, read.id())));
    }

    /** Rule: an appeal's progress (the last recipient id written while sending) round-trips, and is cleared once sent. */
    @Test
    public void theProgressOfASendingAppealRoundTripsAndIsClearedOnceSent() {
        Appeal read = tx(t -> t.appeals().insert(plain(METROPOLE, "a1", at(0))));
        Appeal batch = tx(t -> t.appeals().update(read.batchWritten(500, MemberId.of("helper-0499"))));
        assertEquals(Optional.of(MemberId.of("helper-0499")),
                tx(t -> t.appeals().find(METROPOLE, read.id())).orElseThrow().resumeAfter());
        assertEquals(Optional.of(batch), tx(t -> t.appeals().find(METROPOLE, read.id())));
        Appeal sent = tx(t -> t.appeals().update(batch.batchWritten(1, MemberId.of("helper-0500")).sent()));
        assertEquals(Optional.of(sent), tx(t -> t.appeals().find(METROPOLE, read.id())));
        assertEquals(Optional.empty(), sent.resumeAfter());
        assertEquals(501, sent.reachedCount());
    }

    /** Rule: all lists a territory's appeals newest first, then by id descending; createdSince counts from an instant on. */
    @Test
    public void appealsAreListedNewestFirstAndCountedSinceAnInstant() {
        run(t -> {
            t.appeals().insert(plain(METROPOLE, "a1", at(0)));
            t.appeals().insert(plain(METROPOLE, "a3", at(20)));
            t.appeals().insert(plain(METROPOLE, "a2", at(20)));
            t.appeals().insert(plain(METROPOLE, "a0", at(10)));
            t.appeals().insert(plain(MEYLAN, "m1", at(30)));
        });
        assertEquals(List.of("a3", "a2", "a0", "a1"), ids(tx(t -> t.appeals().all(METROPOLE))));
        assertEquals(3L, (long) tx(t -> t.appeals().createdSince(METROPOLE, at(10))));
        assertEquals(2L, (long) tx(t -> t.appeals().createdSince(METROPOLE, at(10).plusNanos(1))));
        assertEquals(0L, (long) tx(t -> t.appeals().createdSince(METROPOLE, at(21))));
    }

    /** Rule: an appeal of one territory is invisible through another. */
    @Test
    public void appealIsInvisibleThroughAnotherTerritory() {
        Appeal stored = tx(t -> t.appeals().insert(plain(METROPOLE, "a1", at(0))));
        assertTrue(tx(t -> t.appeals().find(MEYLAN, stored.id())).isEmpty());
        assertEquals(List.of(), tx(t -> t.appeals().all(MEYLAN)));
        assertEquals(0L, (long) tx(t -> t.appeals().createdSince(MEYLAN, at(-100))));
    }

    /** Rule: opt-out tokens are found by member (several at once) and by token, within their territory only. */
    @Test
    public void optOutTokensAreFoundByMemberAndByTokenWithinTheirTerritory() {
        run(t -> {
            t.appeals().insertOptOutToken(METROPOLE, MemberId.of("h1"), "grenoble-alpes-metropole~token1");
            t.appeals().insertOptOutToken(METROPOLE, MemberId.of("h2"), "grenoble-alpes-metropole~token2");
            t.appeals().insertOptOutToken(MEYLAN, MemberId.of("h1"), "meylan~token3");
        });
        assertEquals(Map.of(MemberId.of("h1"), "grenoble-alpes-metropole~token1", MemberId.of("h2"),
                "grenoble-alpes-metropole~token2"), tx(t -> t.appeals().optOutTokens(METROPOLE,
                        List.of(MemberId.of("h1"), MemberId.of("h2"), MemberId.of("h3")))));
        assertEquals(Map.of(), tx(t -> t.appeals().optOutTokens(METROPOLE, List.of())));
        assertEquals(Optional.of(MemberId.of("h2")),
                tx(t -> t.appeals().optOutMember(METROPOLE, "grenoble-alpes-metropole~token2")));
        assertEquals(Optional.empty(), tx(t -> t.appeals().optOutMember(MEYLAN, "grenoble-alpes-metropole~token2")));
        assertEquals(Optional.empty(),
                tx(t -> t.appeals().optOutMember(METROPOLE, "GRENOBLE-ALPES-METROPOLE~TOKEN2")));
    }

    /** Rule: a member has one token, and a token belongs to one member: a second one is a conflict and changes nothing. */
    @Test
    public void aSecondTokenForAMemberOrATakenTokenIsAConflict() {
        run(t -> t.appeals().insertOptOutToken(METROPOLE, MemberId.of("h1"), "grenoble-alpes-metropole~token1"));
        assertThrows(ConflictException.class, () -> run(t -> t.appeals().insertOptOutToken(METROPOLE,
                MemberId.of("h1"), "grenoble-alpes-metropole~other")));
        assertThrows(ConflictException.class, () -> run(t -> t.appeals().insertOptOutToken(METROPOLE,
                MemberId.of("h2"), "grenoble-alpes-metropole~token1")));
        assertEquals(Map.of(MemberId.of("h1"), "grenoble-alpes-metropole~token1"),
                tx(t -> t.appeals().optOutTokens(METROPOLE, List.of(MemberId.of("h1"), MemberId.of("h2")))));
    }

    /** Rule: deleting a member's token (on erasure) removes it by member and by token, in its territory only, and rolls back with its transaction. */
    @Test
    public void aDeletedTokenIsGoneByMemberAndByTokenAndOnlyInItsTerritory() {
        run(t -> {
            t.appeals().insertOptOutToken(METROPOLE, MemberId.of("h1"), "grenoble-alpes-metropole~token1");
            t.appeals().insertOptOutToken(MEYLAN, MemberId.of("h1"), "meylan~token3");
        });
        assertThrows(IllegalStateException.class, () -> run(t -> {
            t.appeals().deleteOptOutToken(METROPOLE, MemberId.of("h1"));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(Optional.of(MemberId.of("h1")),
                tx(t -> t.appeals().optOutMember(METROPOLE, "grenoble-alpes-metropole~token1")));

        assertEquals(Boolean.TRUE, tx(t -> t.appeals().deleteOptOutToken(METROPOLE, MemberId.of("h1"))));
        assertEquals(Boolean.FALSE, tx(t -> t.appeals().deleteOptOutToken(METROPOLE, MemberId.of("h1"))));

        assertEquals(Map.of(), tx(t -> t.appeals().optOutTokens(METROPOLE, List.of(MemberId.of("h1")))));
        assertEquals(Optional.empty(), tx(t -> t.appeals().optOutMember(METROPOLE, "grenoble-alpes-metropole~token1")));
        assertEquals(Optional.of(MemberId.of("h1")), tx(t -> t.appeals().optOutMember(MEYLAN, "meylan~token3")));
        run(t -> t.appeals().insertOptOutToken(METROPOLE, MemberId.of("h2"), "grenoble-alpes-metropole~token1"));
    }
}
