package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.OfferRepository}: round trip of every field,
 * versions (the load of an offer changes only through a versioned update), finders, territory
 * isolation, and concurrent reservations. Extend it and implement {@link #newStorage()}.
 */
public abstract class OfferRepositoryContract extends StorageContractSupport {

    /** Creates the suite. */
    protected OfferRepositoryContract() {
    }

    /**
     * Whether transactions of the storage may run from several threads at once (true by default;
     * a storage that serialises them still passes).
     *
     * @return true to run the concurrent reservation test
     */
    protected boolean supportsConcurrentTransactions() {
        return true;
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private static List<String> ids(List<HelpOffer> offers) {
        return offers.stream().map(o -> o.id().value()).toList();
    }

    /** Rule: an offer with every optional field present (slots, point, languages, load, last helped) round-trips. */
    @Test
    public void offerWithEveryOptionalFieldRoundTrips() {
        HelpOffer offer = ContractFixtures.fullOffer(METROPOLE, "o-full", "m1");
        assertEquals(offer.withVersion(1), tx(t -> t.offers().insert(offer)));
        assertEquals(Optional.of(offer.withVersion(1)), tx(t -> t.offers().find(METROPOLE, offer.id())));
    }

    /** Rule: an offer with every optional field absent round-trips. */
    @Test
    public void offerWithoutOptionalFieldsRoundTrips() {
        HelpOffer offer = ContractFixtures.minimalOffer(METROPOLE, "o-min", "m1", CategoryCatalogue.CONVERSATION,
                OfferStatus.PENDING_REVIEW);
        tx(t -> t.offers().insert(offer));
        assertEquals(Optional.of(offer.withVersion(1)), tx(t -> t.offers().find(METROPOLE, offer.id())));
    }

    /** Rule: inserting an offer whose id is taken in the territory is a ConflictException. */
    @Test
    public void insertingATakenIdIsAConflict() {
        HelpOffer stored = tx(t -> t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "o1", "m1")));
        assertThrows(ConflictException.class, () -> tx(t -> t.offers().insert(ContractFixtures.minimalOffer(METROPOLE,
                "o1", "m2", CategoryCatalogue.GROCERIES, OfferStatus.PUBLISHED))));
        assertEquals(Optional.of(stored), tx(t -> t.offers().find(METROPOLE, stored.id())));
    }

    /** Rule: of two updates from the same read, the second is a ConflictException: the load is not lost nor doubled. */
    @Test
    public void secondReservationFromAStaleReadIsAConflict() {
        HelpOffer read = tx(t -> t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "o1", "m1")));
        HelpOffer first = tx(t -> t.offers().update(read.reserve(at(1))));
        assertEquals(2, first.version());
        assertThrows(ConflictException.class, () -> tx(t -> t.offers().update(read.reserve(at(2)))));
        HelpOffer stored = tx(t -> t.offers().find(METROPOLE, read.id())).orElseThrow();
        assertEquals(first, stored);
        assertEquals(read.load() + 1, stored.load());
    }

    /** Rule: published lists only the published offers of the category in the territory, ordered by id. */
    @Test
    public void publishedListsOnlyPublishedOffersOfTheCategory() {
        run(t -> {
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o3", "m1", CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED));
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o1", "m2", CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED));
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o2", "m3", CategoryCatalogue.GROCERIES,
                    OfferStatus.PENDING_REVIEW));
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o4", "m1", CategoryCatalogue.CONVERSATION,
                    OfferStatus.PUBLISHED));
            t.offers().insert(ContractFixtures.minimalOffer(MEYLAN, "o0", "m1", CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED));
        });
        HelpOffer o3 = tx(t -> t.offers().find(METROPOLE, OfferId.of("o3"))).orElseThrow();
        tx(t -> t.offers().update(o3.withStatus(OfferStatus.SUSPENDED, at(1))));
        assertEquals(List.of("o1"), ids(tx(t -> t.offers().published(METROPOLE, CategoryCatalogue.GROCERIES))));
        assertEquals(List.of("o4"), ids(tx(t -> t.offers().published(METROPOLE, CategoryCatalogue.CONVERSATION))));
        assertEquals(List.of("o0"), ids(tx(t -> t.offers().published(MEYLAN, CategoryCatalogue.GROCERIES))));
    }

    /** Rule: byHelper lists a helper's offers in the territory ordered by id; all lists every offer of the territory. */
    @Test
    public void byHelperAndAllAreOrderedById() {
        run(t -> {
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o2", "m1", CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED));
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o1", "m1", CategoryCatalogue.HOMEWORK,
                    OfferStatus.PENDING_REVIEW));
            t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o0", "m2", CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED));
            t.offers().insert(ContractFixtures.minimalOffer(MEYLAN, "o3", "m1", CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED));
        });
        assertEquals(List.of("o1", "o2"), ids(tx(t -> t.offers().byHelper(METROPOLE, MemberId.of("m1")))));
        assertEquals(List.of("o0", "o1", "o2"), ids(tx(t -> t.offers().all(METROPOLE))));
    }

    /** Rule: an offer of one territory is invisible through another (find, byHelper, published, all). */
    @Test
    public void offerIsInvisibleThroughAnotherTerritory() {
        HelpOffer stored = tx(t -> t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "o1", "m1")));
        assertTrue(tx(t -> t.offers().find(MEYLAN, stored.id())).isEmpty());
        assertEquals(List.of(), tx(t -> t.offers().byHelper(MEYLAN, stored.helperId())));
        assertEquals(List.of(), tx(t -> t.offers().published(MEYLAN, stored.categoryId())));
        assertEquals(List.of(), tx(t -> t.offers().all(MEYLAN)));
    }

    /**
     * Rule: many threads reserving places of one offer (read, reserve, versioned update, retry on
     * ConflictException) never exceed its capacity and lose no update: the final load equals the
     * successful reservations.
     */
    @Test
    public void concurrentReservationsNeverExceedCapacity() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(supportsConcurrentTransactions(),
                "the storage does not support concurrent transactions");
        HelpOffer offer = ContractFixtures.fullOffer(METROPOLE, "o1", "m1");
        HelpOffer empty = HelpOffer.reconstitute(offer.id(), offer.territoryId(), offer.helperId(), offer.categoryId(),
                offer.location(), offer.point(), offer.radiusKm(), offer.availability(), offer.languages(), 5, 0,
                offer.freeText(), OfferStatus.PUBLISHED, offer.createdAt(), offer.updatedAt(), offer.lastHelpedAt(), 0);
        tx(t -> t.offers().insert(empty));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        try {
                            return tx(t -> {
                                HelpOffer current = t.offers().find(METROPOLE, empty.id()).orElseThrow();
                                if (current.remainingCapacity() == 0) {
                                    return false;
                                }
                                t.offers().update(current.reserve(at(10)));
                                return true;
                            });
                        } catch (ConflictException retry) {
                            // another reservation won: read again
                        }
                    }
                }));
            }
            start.countDown();
            int reserved = 0;
            for (Future<Boolean> f : results) {
                if (f.get(60, TimeUnit.SECONDS)) {
                    reserved++;
                }
            }
            HelpOffer stored = tx(t -> t.offers().find(METROPOLE, empty.id())).orElseThrow();
            assertEquals(5, reserved);
            assertEquals(5, stored.load());
            assertEquals(1 + 5, stored.version());
        } finally {
            pool.shutdownNow();
        }
    }
}
