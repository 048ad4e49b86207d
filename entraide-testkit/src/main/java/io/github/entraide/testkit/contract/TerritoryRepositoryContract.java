package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.TerritoryRepository}: round trip of every field,
 * versions, conflicts, ordering. Extend it and implement {@link #newStorage()}.
 */
public abstract class TerritoryRepositoryContract extends StorageContractSupport {

    /** Creates the suite. */
    protected TerritoryRepositoryContract() {
    }

    /** Rule: insert stores version 1, and find returns every field as inserted (communes, catalogue, settings). */
    @Test
    public void insertedTerritoryComesBackWithEveryFieldAtVersionOne() {
        Territory stored = tx(t -> t.territories().insert(ContractFixtures.metropole()));
        assertEquals(ContractFixtures.metropole().withVersion(1), stored);
        assertEquals(Optional.of(stored), tx(t -> t.territories().find(METROPOLE)));
    }

    /**
     * Rule: settings differing from the defaults in every field (moderation mode, safeguarding,
     * retention, rate limits, volunteer terms, zone, expiries to the nanosecond) round-trip.
     */
    @Test
    public void everySettingRoundTrips() {
        Territory territory = ContractFixtures.territoryWithEverySetting(TerritoryId.of("cayenne"));
        assertEquals(territory.withVersion(1), tx(t -> t.territories().insert(territory)));
        assertEquals(Optional.of(territory.withVersion(1)), tx(t -> t.territories().find(territory.id())));
        Territory read = tx(t -> t.territories().find(territory.id())).orElseThrow();
        Territory changed = read.withSettings(ContractFixtures.metropole().settings());
        assertEquals(changed.withVersion(2), tx(t -> t.territories().update(changed)));
        assertEquals(Optional.of(changed.withVersion(2)), tx(t -> t.territories().find(territory.id())));
    }

    /** Rule: insert with an id that is taken is a ConflictException, and the stored territory is unchanged. */
    @Test
    public void insertingATakenIdIsAConflict() {
        seedTerritories();
        Territory other = Territory.create(METROPOLE, "Autre", ContractFixtures.meylan().communes(),
                ContractFixtures.meylan().catalogue(), ContractFixtures.meylan().settings());
        assertThrows(ConflictException.class, () -> tx(t -> t.territories().insert(other)));
        assertEquals(ContractFixtures.metropole().withVersion(1), tx(t -> t.territories().find(METROPOLE)).orElseThrow());
    }

    /** Rule: update stores the changes at the next version and returns what it stored. */
    @Test
    public void updateStoresTheChangeAtTheNextVersion() {
        seedTerritories();
        Territory read = tx(t -> t.territories().find(MEYLAN)).orElseThrow();
        Territory changed = read.withSettings(read.settings().withIntroductionMode(IntroductionMode.DIRECT));
        Territory stored = tx(t -> t.territories().update(changed));
        assertEquals(changed.withVersion(2), stored);
        assertEquals(stored, tx(t -> t.territories().find(MEYLAN)).orElseThrow());
    }

    /** Rule: an update at a stale version is a ConflictException and changes nothing (no lost update). */
    @Test
    public void staleUpdateIsAConflictAndChangesNothing() {
        seedTerritories();
        Territory read = tx(t -> t.territories().find(MEYLAN)).orElseThrow();
        Territory first = tx(t -> t.territories().update(read.withSettings(read.settings()
                .withIntroductionMode(IntroductionMode.DIRECT))));
        assertThrows(ConflictException.class, () -> tx(t -> t.territories().update(read.withCatalogue(
                ContractFixtures.metropole().catalogue()))));
        assertEquals(first, tx(t -> t.territories().find(MEYLAN)).orElseThrow());
    }

    /** Rule: updating a territory that was never stored is a ConflictException and stores nothing. */
    @Test
    public void updatingAMissingTerritoryIsAConflict() {
        assertThrows(ConflictException.class, () -> tx(t -> t.territories().update(ContractFixtures.meylan()
                .withVersion(1))));
        assertTrue(tx(t -> t.territories().find(MEYLAN)).isEmpty());
    }

    /** Rule: find of an unknown id is empty, never null nor an exception. */
    @Test
    public void findingAnUnknownTerritoryIsEmpty() {
        assertEquals(Optional.empty(), tx(t -> t.territories().find(TerritoryId.of("nowhere"))));
    }

    /** Rule: all lists every territory ordered by id (binary order, not insertion order). */
    @Test
    public void allListsTerritoriesOrderedById() {
        run(t -> {
            t.territories().insert(ContractFixtures.meylan());
            t.territories().insert(ContractFixtures.metropole());
        });
        List<TerritoryId> ids = tx(t -> t.territories().all()).stream().map(Territory::id).toList();
        assertEquals(List.of(METROPOLE, MEYLAN), ids);
    }
}
