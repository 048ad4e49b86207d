package io.github.entraide.benchmarks;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.matching.Blocks;
import io.github.entraide.matching.HelperFacts;
import io.github.entraide.matching.MatchingEnvironment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Benchmark data from the real French communes: helpers' offers and requests placed by population,
 * with fixed seeds, so that every run and every peer sees the same inputs.
 */
public final class BenchData {
    /** The benchmarks' territory: France, every commune. */
    public static final TerritoryId FRANCE = TerritoryId.of("france");
    /** The in-person category used by the online and batch benchmarks. */
    public static final CategoryId GROCERIES = CategoryCatalogue.GROCERIES;
    /** A fixed "now", so that recency scores do not depend on the day of the run. */
    public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    /** The largest radius an offer is given, in km: what a bounding-box peer must search. */
    public static final double MAX_RADIUS_KM = 10;

    private static final Territory TERRITORY = Territory.create(FRANCE, "France", FranceFixture.communes(),
            CategoryCatalogue.defaults(), TerritorySettings.defaults());

    private BenchData() {
    }

    /** @return France as one territory */
    public static Territory territory() {
        return TERRITORY;
    }

    /**
     * The environment of a matching: every helper an adult with a known year of birth, no blocks.
     *
     * @return the environment
     */
    public static MatchingEnvironment environment() {
        return new MatchingEnvironment(TERRITORY,
                id -> Optional.of(new HelperFacts(id, "Aidant", false, Optional.of(1980))), Blocks.none(), NOW);
    }

    /**
     * Published in-person offers placed by population over France.
     *
     * @param count how many
     * @param seed the seed
     * @return the offers
     */
    public static List<HelpOffer> offers(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HelpOffer> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Commune commune = FranceFixture.communeByPopulation(random);
            GeoPoint point = jitter(commune.centroid(), random);
            double radius = 1 + random.nextInt((int) MAX_RADIUS_KM);
            int capacity = 1 + random.nextInt(3);
            HelpOffer offer = HelpOffer.create(OfferId.of("o" + i), FRANCE, MemberId.of("h" + i), GROCERIES,
                    CoarseLocation.commune(commune.inseeCode()), point, radius, WeeklyAvailability.always(),
                    Set.of("fr"), capacity, "", OfferStatus.PUBLISHED, NOW.minusSeconds(86_400L * 30));
            offers.add(random.nextInt(4) == 0 ? offer.reserve(NOW) : offer);
        }
        return offers;
    }

    /**
     * Open in-person requests placed by population over France.
     *
     * @param count how many
     * @param seed the seed
     * @return the requests
     */
    public static List<HelpRequest> requests(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HelpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Commune commune = FranceFixture.communeByPopulation(random);
            GeoPoint point = jitter(commune.centroid(), random);
            requests.add(HelpRequest.file(RequestId.of("r" + i), FRANCE, MemberId.of("b" + i), Optional.empty(),
                    GROCERIES, "", CoarseLocation.commune(commune.inseeCode()), point, Timing.asSoonAsPossible(),
                    Urgency.NORMAL, Set.of("fr"), Optional.empty(), RequestStatus.OPEN, NOW,
                    NOW.plusSeconds(86_400L * 14)));
        }
        return requests;
    }

    private static GeoPoint jitter(GeoPoint c, SplittableRandom random) {
        double lat = Math.max(-90, Math.min(90, c.latitude() + (random.nextDouble() - 0.5) * 0.036));
        double lon = Math.max(-180, Math.min(180, c.longitude() + (random.nextDouble() - 0.5) * 0.05));
        return GeoPoint.of(lat, lon);
    }
}
