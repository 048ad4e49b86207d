package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.IntroductionRepository}: round trip of every
 * field, versions, finders, the expiry sweep, territory isolation. Extend it and implement
 * {@link #newStorage()}.
 */
public abstract class IntroductionRepositoryContract extends StorageContractSupport {

    /** Creates the suite. */
    protected IntroductionRepositoryContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private static List<String> ids(List<Introduction> introductions) {
        return introductions.stream().map(i -> i.territoryId() + "/" + i.id()).toList();
    }

    private static Introduction proposed(String id, String request, String helper, String beneficiary) {
        return ContractFixtures.proposedIntroduction(METROPOLE, id, request, "o-" + helper, helper, beneficiary,
                at(100));
    }

    /** Rule: an introduction with every optional field present (answered, closed, confirmations) round-trips. */
    @Test
    public void introductionWithEveryOptionalFieldRoundTrips() {
        Introduction full = ContractFixtures.fullIntroduction(METROPOLE, "i-full", "r1", "o1", "h1", "b1");
        assertEquals(full.withVersion(1), tx(t -> t.introductions().insert(full)));
        assertEquals(Optional.of(full.withVersion(1)), tx(t -> t.introductions().find(METROPOLE, full.id())));
    }

    /** Rule: a proposed introduction with every optional field absent round-trips. */
    @Test
    public void introductionWithoutOptionalFieldsRoundTrips() {
        Introduction proposed = proposed("i-min", "r1", "h1", "b1");
        tx(t -> t.introductions().insert(proposed));
        assertEquals(Optional.of(proposed.withVersion(1)), tx(t -> t.introductions().find(METROPOLE, proposed.id())));
    }

    /** Rule: inserting an introduction whose id is taken in the territory is a ConflictException. */
    @Test
    public void insertingATakenIdIsAConflict() {
        Introduction stored = tx(t -> t.introductions().insert(proposed("i1", "r1", "h1", "b1")));
        assertThrows(ConflictException.class, () -> tx(t -> t.introductions().insert(proposed("i1", "r2", "h2", "b2"))));
        assertEquals(Optional.of(stored), tx(t -> t.introductions().find(METROPOLE, stored.id())));
    }

    /** Rule: update stores the change at the next version; an update at a stale version is a conflict and changes nothing. */
    @Test
    public void staleUpdateIsAConflictAndChangesNothing() {
        Introduction read = tx(t -> t.introductions().insert(proposed("i1", "r1", "h1", "b1")));
        Introduction accepted = tx(t -> t.introductions().update(read.accept(at(5))));
        assertEquals(read.accept(at(5)).withVersion(2), accepted);
        assertThrows(ConflictException.class, () -> tx(t -> t.introductions().update(read.decline(at(6)))));
        assertEquals(Optional.of(accepted), tx(t -> t.introductions().find(METROPOLE, read.id())));
    }

    /** Rule: the feedback one side leaves on confirming is stored by update; the other side's stays empty. */
    @Test
    public void feedbackLeftOnConfirmationIsStoredForThatSideOnly() {
        Introduction read = tx(t -> t.introductions().insert(proposed("i1", "r1", "h1", "b1")));
        Introduction accepted = tx(t -> t.introductions().update(read.accept(at(5))));
        Introduction confirmed = tx(t -> t.introductions().update(
                accepted.confirm(false, false, Optional.of("Merci pour les courses !"), at(6))));
        Introduction found = tx(t -> t.introductions().find(METROPOLE, read.id())).orElseThrow();
        assertEquals(confirmed, found);
        assertEquals(Optional.of("Merci pour les courses !"), found.beneficiaryFeedback());
        assertEquals(Optional.empty(), found.helperFeedback());
    }

    /** Rule: byRequest, byMember (as helper or as beneficiary) and all list ordered by id. */
    @Test
    public void findersListIntroductionsOrderedById() {
        run(t -> {
            t.introductions().insert(proposed("i3", "r1", "h1", "b1"));
            t.introductions().insert(proposed("i1", "r1", "h2", "b1"));
            t.introductions().insert(proposed("i2", "r2", "b1", "b2"));
            t.introductions().insert(proposed("i4", "r3", "h3", "b3"));
            t.introductions().insert(ContractFixtures.proposedIntroduction(MEYLAN, "i0", "r1", "o1", "b1", "b1",
                    at(100)));
        });
        assertEquals(List.of("grenoble-alpes-metropole/i1", "grenoble-alpes-metropole/i3"),
                ids(tx(t -> t.introductions().byRequest(METROPOLE, RequestId.of("r1")))));
        assertEquals(List.of("grenoble-alpes-metropole/i1", "grenoble-alpes-metropole/i2", "grenoble-alpes-metropole/i3"),
                ids(tx(t -> t.introductions().byMember(METROPOLE, MemberId.of("b1")))));
        assertEquals(4, tx(t -> t.introductions().all(METROPOLE)).size());
        assertEquals("grenoble-alpes-metropole/i1", ids(tx(t -> t.introductions().all(METROPOLE))).get(0));
    }

    /**
     * Rule: proposedExpiringBy lists the proposed introductions of every territory expiring at or
     * before the instant, ordered by territory then id; answered ones are left alone.
     */
    @Test
    public void proposedExpiringByListsDueProposalsOfEveryTerritory() {
        run(t -> {
            t.introductions().insert(ContractFixtures.proposedIntroduction(MEYLAN, "a", "r", "o", "h", "b", at(-3)));
            t.introductions().insert(ContractFixtures.proposedIntroduction(METROPOLE, "z", "r", "o", "h", "b", at(0)));
            t.introductions().insert(ContractFixtures.proposedIntroduction(METROPOLE, "b", "r", "o", "h", "b", at(-9)));
            t.introductions().insert(ContractFixtures.proposedIntroduction(METROPOLE, "later", "r", "o", "h", "b",
                    at(0).plusNanos(1)));
            t.introductions().insert(ContractFixtures.fullIntroduction(METROPOLE, "closed", "r", "o", "h", "b"));
        });
        assertEquals(List.of("grenoble-alpes-metropole/b", "grenoble-alpes-metropole/z", "meylan/a"),
                ids(tx(t -> t.introductions().proposedExpiringBy(at(0)))));
    }

    /** Rule: an introduction of one territory is invisible through another (find, byRequest, byMember, all). */
    @Test
    public void introductionIsInvisibleThroughAnotherTerritory() {
        Introduction stored = tx(t -> t.introductions().insert(proposed("i1", "r1", "h1", "b1")));
        assertTrue(tx(t -> t.introductions().find(MEYLAN, stored.id())).isEmpty());
        assertEquals(List.of(), tx(t -> t.introductions().byRequest(MEYLAN, stored.requestId())));
        assertEquals(List.of(), tx(t -> t.introductions().byMember(MEYLAN, stored.helperId())));
        assertEquals(List.of(), tx(t -> t.introductions().all(MEYLAN)));
    }
}
