package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.MemberRepository}: round trip of every field,
 * e-mail unique per territory ignoring case, versions, territory isolation, retention sweep.
 * Extend it and implement {@link #newStorage()}.
 */
public abstract class MemberRepositoryContract extends StorageContractSupport {

    /** Creates the suite. */
    protected MemberRepositoryContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private static List<String> ids(List<Member> members) {
        return members.stream().map(m -> m.territoryId() + "/" + m.id()).toList();
    }

    /** Rule: a member with every optional field present comes back equal, at version 1. */
    @Test
    public void memberWithEveryOptionalFieldRoundTrips() {
        Member member = ContractFixtures.fullMember(METROPOLE, "m-full", "Amelie.Martin@Example.org");
        assertEquals(member.withVersion(1), tx(t -> t.members().insert(member)));
        assertEquals(Optional.of(member.withVersion(1)), tx(t -> t.members().find(METROPOLE, member.id())));
    }

    /** Rule: a member with every optional field absent comes back equal, at version 1. */
    @Test
    public void memberWithoutOptionalFieldsRoundTrips() {
        Member member = ContractFixtures.minimalMember(METROPOLE, "m-min", "bob@example.org");
        tx(t -> t.members().insert(member));
        assertEquals(Optional.of(member.withVersion(1)), tx(t -> t.members().find(METROPOLE, member.id())));
    }

    /** Rule: an e-mail address is unique within a territory, compared ignoring case. */
    @Test
    public void emailTakenInTheTerritoryIgnoringCaseIsAConflict() {
        tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        assertThrows(ConflictException.class, () -> tx(t -> t.members().insert(
                ContractFixtures.minimalMember(METROPOLE, "m2", "BOB@Example.ORG"))));
        assertEquals(List.of("grenoble-alpes-metropole/m1"), ids(tx(t -> t.members().all(METROPOLE))));
    }

    /** Rule: the same e-mail address may be used in another territory. */
    @Test
    public void sameEmailInAnotherTerritoryIsAllowed() {
        tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        tx(t -> t.members().insert(ContractFixtures.minimalMember(MEYLAN, "m1", "bob@example.org")));
        assertTrue(tx(t -> t.members().findByEmail(MEYLAN, "bob@example.org")).isPresent());
        assertTrue(tx(t -> t.members().findByEmail(METROPOLE, "bob@example.org")).isPresent());
    }

    /** Rule: changing one's e-mail address to one another member of the territory has is a ConflictException. */
    @Test
    public void updatingToATakenEmailIsAConflictAndChangesNothing() {
        Member first = tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        Member second = tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m2", "eve@example.org")));
        Member changed = second.withProfile(second.displayName(), ContactDetails.email("Bob@example.org"),
                second.locale(), second.location(), second.roles(), at(60));
        assertThrows(ConflictException.class, () -> tx(t -> t.members().update(changed)));
        assertEquals(Optional.of(second), tx(t -> t.members().find(METROPOLE, second.id())));
        assertEquals(Optional.of(first), tx(t -> t.members().findByEmail(METROPOLE, "bob@example.org")));
    }

    /** Rule: a member may keep their own e-mail address, or change only its case, on update. */
    @Test
    public void updateKeepingOnesOwnEmailIsAllowed() {
        Member stored = tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        Member changed = stored.withProfile("Robert", ContactDetails.email("Bob@Example.org"), stored.locale(),
                stored.location(), stored.roles(), at(60));
        assertEquals(changed.withVersion(2), tx(t -> t.members().update(changed)));
        assertEquals(Optional.of(changed.withVersion(2)), tx(t -> t.members().findByEmail(METROPOLE, "BOB@EXAMPLE.ORG")));
    }

    /** Rule: a new e-mail address frees the old one for another member of the territory. */
    @Test
    public void changedEmailFreesTheOldOne() {
        Member stored = tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        tx(t -> t.members().update(stored.withProfile("Bob", ContactDetails.email("robert@example.org"),
                stored.locale(), stored.location(), stored.roles(), at(1))));
        tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m2", "bob@example.org")));
        assertEquals(Optional.of(MemberId.of("m2")),
                tx(t -> t.members().findByEmail(METROPOLE, "bob@example.org")).map(Member::id));
    }

    /** Rule: inserting a member whose id is taken in the territory is a ConflictException. */
    @Test
    public void insertingATakenIdIsAConflict() {
        Member stored = tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        assertThrows(ConflictException.class, () -> tx(t -> t.members().insert(
                ContractFixtures.minimalMember(METROPOLE, "m1", "other@example.org"))));
        assertEquals(Optional.of(stored), tx(t -> t.members().find(METROPOLE, stored.id())));
    }

    /** Rule: update stores the change at the next version; an update at a stale version is a conflict and changes nothing. */
    @Test
    public void staleUpdateIsAConflictAndChangesNothing() {
        Member read = tx(t -> t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org")));
        Member first = tx(t -> t.members().update(read.withVerified(false)));
        assertEquals(read.withVerified(false).withVersion(2), first);
        assertThrows(ConflictException.class, () -> tx(t -> t.members().update(read.withStatus(MemberStatus.BANNED))));
        assertEquals(Optional.of(first), tx(t -> t.members().find(METROPOLE, read.id())));
    }

    /** Rule: a member of one territory is invisible through another (find, findByEmail, all). */
    @Test
    public void memberIsInvisibleThroughAnotherTerritory() {
        Member stored = tx(t -> t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org")));
        assertEquals(Optional.empty(), tx(t -> t.members().find(MEYLAN, stored.id())));
        assertEquals(Optional.empty(), tx(t -> t.members().findByEmail(MEYLAN, "a@example.org")));
        assertEquals(List.of(), tx(t -> t.members().all(MEYLAN)));
    }

    /** Rule: all lists a territory's members ordered by id. */
    @Test
    public void allListsMembersOrderedById() {
        run(t -> {
            t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m-b", "b@example.org"));
            t.members().insert(ContractFixtures.minimalMember(METROPOLE, "M-c", "c@example.org"));
            t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m-a", "a@example.org"));
            t.members().insert(ContractFixtures.minimalMember(MEYLAN, "m-0", "z@example.org"));
        });
        assertEquals(List.of("grenoble-alpes-metropole/M-c", "grenoble-alpes-metropole/m-a",
                "grenoble-alpes-metropole/m-b"), ids(tx(t -> t.members().all(METROPOLE))));
    }

    /**
     * Rule: inactiveSince lists the members of every territory last active strictly before the
     * instant and not erased, ordered by territory then id.
     */
    @Test
    public void inactiveSinceListsMembersOfEveryTerritoryNotErased() {
        run(t -> {
            t.members().insert(ContractFixtures.memberActiveAt(MEYLAN, "old", at(-100), MemberStatus.ACTIVE));
            t.members().insert(ContractFixtures.memberActiveAt(METROPOLE, "z-old", at(-100), MemberStatus.SUSPENDED));
            t.members().insert(ContractFixtures.memberActiveAt(METROPOLE, "a-old", at(-1), MemberStatus.ACTIVE));
            t.members().insert(ContractFixtures.memberActiveAt(METROPOLE, "erased", at(-100), MemberStatus.ERASED));
            t.members().insert(ContractFixtures.memberActiveAt(METROPOLE, "exact", at(0), MemberStatus.ACTIVE));
            t.members().insert(ContractFixtures.memberActiveAt(METROPOLE, "recent", at(1), MemberStatus.ACTIVE));
        });
        assertEquals(List.of("grenoble-alpes-metropole/a-old", "grenoble-alpes-metropole/z-old", "meylan/old"),
                ids(tx(t -> t.members().inactiveSince(at(0)))));
    }
}
