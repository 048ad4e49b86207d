package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.RequestRepository}: round trip of every field,
 * versions, finders, the expiry sweep, territory isolation. Extend it and implement
 * {@link #newStorage()}.
 */
public abstract class RequestRepositoryContract extends StorageContractSupport {

    /** Creates the suite. */
    protected RequestRepositoryContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private static List<String> ids(List<HelpRequest> requests) {
        return requests.stream().map(r -> r.territoryId() + "/" + r.id()).toList();
    }

    private static HelpRequest minimal(String id, RequestStatus status) {
        return ContractFixtures.minimalRequest(METROPOLE, id, "m1", status, at(1_000));
    }

    /** Rule: a request with every optional field present (on behalf of a minor, window, recurrence) round-trips. */
    @Test
    public void requestWithEveryOptionalFieldRoundTrips() {
        HelpRequest request = ContractFixtures.fullRequest(METROPOLE, "r-full", "m1");
        assertEquals(request.withVersion(1), tx(t -> t.requests().insert(request)));
        assertEquals(Optional.of(request.withVersion(1)), tx(t -> t.requests().find(METROPOLE, request.id())));
    }

    /** Rule: a request with every optional field absent (for oneself, as soon as possible, once) round-trips. */
    @Test
    public void requestWithoutOptionalFieldsRoundTrips() {
        HelpRequest request = minimal("r-min", RequestStatus.PENDING_REVIEW);
        tx(t -> t.requests().insert(request));
        assertEquals(Optional.of(request.withVersion(1)), tx(t -> t.requests().find(METROPOLE, request.id())));
    }

    /** Rule: inserting a request whose id is taken in the territory is a ConflictException. */
    @Test
    public void insertingATakenIdIsAConflict() {
        HelpRequest stored = tx(t -> t.requests().insert(ContractFixtures.fullRequest(METROPOLE, "r1", "m1")));
        assertThrows(ConflictException.class, () -> tx(t -> t.requests().insert(minimal("r1", RequestStatus.OPEN))));
        assertEquals(Optional.of(stored), tx(t -> t.requests().find(METROPOLE, stored.id())));
    }

    /** Rule: update stores the change at the next version; an update at a stale version is a conflict and changes nothing. */
    @Test
    public void staleUpdateIsAConflictAndChangesNothing() {
        HelpRequest read = tx(t -> t.requests().insert(ContractFixtures.fullRequest(METROPOLE, "r1", "m1")));
        HelpRequest first = tx(t -> t.requests().update(read.withStatus(RequestStatus.INTRODUCED, at(10))));
        assertEquals(read.withStatus(RequestStatus.INTRODUCED, at(10)).withVersion(2), first);
        assertThrows(ConflictException.class, () -> tx(t -> t.requests().update(read.withStatus(
                RequestStatus.CANCELLED, at(11)))));
        assertEquals(Optional.of(first), tx(t -> t.requests().find(METROPOLE, read.id())));
    }

    /** Rule: byRequester, byStatus and all list a territory's requests ordered by id. */
    @Test
    public void findersListRequestsOrderedById() {
        run(t -> {
            t.requests().insert(minimal("r3", RequestStatus.OPEN));
            t.requests().insert(minimal("r1", RequestStatus.INTRODUCED));
            t.requests().insert(ContractFixtures.minimalRequest(METROPOLE, "r2", "m2", RequestStatus.OPEN, at(5)));
            t.requests().insert(ContractFixtures.minimalRequest(MEYLAN, "r0", "m1", RequestStatus.OPEN, at(5)));
        });
        assertEquals(List.of("grenoble-alpes-metropole/r1", "grenoble-alpes-metropole/r3"),
                ids(tx(t -> t.requests().byRequester(METROPOLE, MemberId.of("m1")))));
        assertEquals(List.of("grenoble-alpes-metropole/r2", "grenoble-alpes-metropole/r3"),
                ids(tx(t -> t.requests().byStatus(METROPOLE, RequestStatus.OPEN))));
        assertEquals(List.of("grenoble-alpes-metropole/r1", "grenoble-alpes-metropole/r2",
                "grenoble-alpes-metropole/r3"), ids(tx(t -> t.requests().all(METROPOLE))));
    }

    /**
     * Rule: openExpiringBy lists the open or pending-review requests of every territory expiring at
     * or before the instant, ordered by territory then id; other statuses are left alone.
     */
    @Test
    public void openExpiringByListsDueOpenRequestsOfEveryTerritory() {
        run(t -> {
            t.requests().insert(ContractFixtures.minimalRequest(MEYLAN, "a", "m1", RequestStatus.OPEN, at(-5)));
            t.requests().insert(ContractFixtures.minimalRequest(METROPOLE, "z", "m1", RequestStatus.PENDING_REVIEW, at(0)));
            t.requests().insert(ContractFixtures.minimalRequest(METROPOLE, "b", "m1", RequestStatus.OPEN, at(-1)));
            t.requests().insert(ContractFixtures.minimalRequest(METROPOLE, "later", "m1", RequestStatus.OPEN,
                    at(0).plusNanos(1)));
            t.requests().insert(ContractFixtures.minimalRequest(METROPOLE, "intro", "m1", RequestStatus.INTRODUCED,
                    at(-5)));
            t.requests().insert(ContractFixtures.minimalRequest(METROPOLE, "done", "m1", RequestStatus.FULFILLED,
                    at(-5)));
        });
        assertEquals(List.of("grenoble-alpes-metropole/b", "grenoble-alpes-metropole/z", "meylan/a"),
                ids(tx(t -> t.requests().openExpiringBy(at(0)))));
    }

    /** Rule: a request of one territory is invisible through another (find, byRequester, byStatus, all). */
    @Test
    public void requestIsInvisibleThroughAnotherTerritory() {
        HelpRequest stored = tx(t -> t.requests().insert(ContractFixtures.fullRequest(METROPOLE, "r1", "m1")));
        assertTrue(tx(t -> t.requests().find(MEYLAN, stored.id())).isEmpty());
        assertEquals(List.of(), tx(t -> t.requests().byRequester(MEYLAN, stored.requesterId())));
        assertEquals(List.of(), tx(t -> t.requests().byStatus(MEYLAN, stored.status())));
        assertEquals(List.of(), tx(t -> t.requests().all(MEYLAN)));
    }
}
