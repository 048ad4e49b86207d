package io.github.entraide.matching;

import static io.github.entraide.matching.Fixtures.NOW;
import static io.github.entraide.matching.Fixtures.offer;
import static io.github.entraide.matching.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.memory.InMemoryStorage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryCandidateIndexTest {

    /** Rounds the distance down to whole kilometres: many ties, so the offer-id tie-break matters. */
    private static final CandidateScorer WHOLE_KM = new CandidateScorer() {
        @Override
        public String name() {
            return "whole-km";
        }

        @Override
        public double cost(MatchingContext c) {
            return c.isRemote() ? 0 : Math.floor(c.distanceKm());
        }

        @Override
        public double minimumCost(double minDistanceKm) {
            return Math.floor(minDistanceKm);
        }
    };

    static Map<String, MatchingPolicy> policies() {
        Map<String, MatchingPolicy> p = new LinkedHashMap<>();
        p.put("standard", MatchingPolicy.standard());
        p.put("standard, strict safeguarding", MatchingPolicy.standard().toBuilder().safeguarding(true, true).build());
        p.put("no radius filter", MatchingPolicy.standard().toBuilder().withoutFilter("radius").build());
        p.put("distance only, no filter", MatchingPolicy.builder().withScorer(StandardScorers.distance(), 1).build());
        p.put("no scorer: by offer id", MatchingPolicy.standard().toBuilder().withoutScorer("distance")
                .withoutScorer("load").withoutScorer("recency").build());
        p.put("load dominates", MatchingPolicy.standard().toBuilder().withScorer(StandardScorers.distance(), 0.01)
                .withScorer(StandardScorers.load(), 50).withoutFilter("radius").build());
        p.put("whole km ties", MatchingPolicy.builder().withFilter(StandardFilters.LANGUAGE)
                .withScorer(WHOLE_KM, 1).build());
        p.put("custom filter", MatchingPolicy.standard().toBuilder()
                .withFilter(CandidateFilter.of("even-capacity", c -> c.offer().capacity() % 2 == 0)).build());
        return p;
    }

    @Test
    void returnsExactlyWhatBruteForceReturnsOnManyRandomCases() {
        Random rnd = new Random(20260318L);
        GeoPoint[] centres = {Fixtures.GRENOBLE, GeoPoint.of(0.2, 179.9), GeoPoint.of(89.6, 10), GeoPoint.of(-45, -70)};
        double[] spreads = {0.05, 0.3, 2, 20};
        double[] cells = {0.02, 0.005, 0.3, 5};
        int compared = 0;
        for (int scenario = 0; scenario < 120; scenario++) {
            GeoPoint centre = centres[scenario % centres.length];
            double spread = spreads[rnd.nextInt(spreads.length)];
            int members = 20 + rnd.nextInt(200);
            MatchingEnvironment env = Fixtures.environment(Fixtures.randomDirectory(rnd, members),
                    Fixtures.randomBlocks(rnd, members));
            InMemoryCandidateIndex index = new InMemoryCandidateIndex(cells[rnd.nextInt(cells.length)]);
            Map<String, HelpOffer> offers = new LinkedHashMap<>();
            int n = rnd.nextInt(400);
            for (int i = 0; i < n; i++) {
                HelpOffer o = Fixtures.randomOffer(rnd, "o" + i, centre, spread, members);
                offers.put(o.id().value(), o);
                index.accept(o);
            }
            for (int q = 0; q < 12; q++) {
                if (q % 4 == 3) {
                    mutate(rnd, offers, index, centre, spread);
                }
                HelpRequest r = Fixtures.randomRequest(rnd, "r" + q, centre, spread, members);
                int k = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 40);
                BruteForceCandidateSource brute = BruteForceCandidateSource.over(offers.values());
                for (Map.Entry<String, MatchingPolicy> policy : policies().entrySet()) {
                    List<Candidate> expected = brute.topCandidates(r, policy.getValue(), env, k);
                    List<Candidate> actual = index.topCandidates(r, policy.getValue(), env, k);
                    assertThat(actual).as("scenario %d, query %d, policy %s", scenario, q, policy.getKey())
                            .isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(120 * 12 * policies().size());
    }

    private static void mutate(Random rnd, Map<String, HelpOffer> offers, InMemoryCandidateIndex index, GeoPoint centre,
            double spread) {
        List<HelpOffer> list = new ArrayList<>(offers.values());
        for (int i = 0; i < Math.min(10, list.size()); i++) {
            HelpOffer old = list.get(rnd.nextInt(list.size()));
            if (old.status().isFinal()) {
                continue;
            }
            HelpOffer changed;
            switch (rnd.nextInt(4)) {
                case 0 -> changed = old.status() == OfferStatus.PUBLISHED
                        ? old.withStatus(OfferStatus.SUSPENDED, NOW) : old.withStatus(OfferStatus.PUBLISHED, NOW);
                case 1 -> changed = old.remainingCapacity() > 0 && old.isPublished() ? old.reserve(NOW)
                        : old.release(NOW, true);
                case 2 -> changed = offer(old.id().value()).helper(old.helperId().value())
                        .category(old.categoryId()).at(Fixtures.randomPoint(rnd, centre, spread)).build();
                default -> changed = old.withStatus(OfferStatus.WITHDRAWN, NOW);
            }
            changed = changed.withVersion(old.version() + 1);
            offers.put(changed.id().value(), changed);
            index.accept(changed);
        }
    }

    @Test
    void ignoresAnOlderVersionArrivingLate() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        HelpOffer v2 = offer("a").version(2).status(OfferStatus.SUSPENDED).build();
        HelpOffer v1 = offer("a").version(1).build();
        index.accept(v2);
        index.accept(v1);
        assertThat(index.size()).isZero();
        assertThat(index.topCandidates(request("r").build(), MatchingPolicy.standard(), Fixtures.environment(), 5))
                .isEmpty();
    }

    @Test
    void rebuildForgetsOffersNoLongerGiven() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        index.load(List.of(offer("a").build(), offer("b").build()));

        index.rebuild(List.of(offer("b").build()));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.topCandidates(request("r").build(), MatchingPolicy.standard(), Fixtures.environment(), 5))
                .extracting(c -> c.offer().id().value()).containsExactly("b");
    }

    @Test
    void followsOffersCommittedToInMemoryStorage() {
        InMemoryStorage storage = new InMemoryStorage();
        storage.inTransaction(tx -> tx.territories().insert(Fixtures.TERRITORY));
        storage.inTransaction(tx -> tx.offers().insert(offer("early").version(0).build()));
        InMemoryCandidateIndex index = InMemoryCandidateIndex.attachedTo(storage);
        HelpOffer later = storage.inTransaction(tx -> tx.offers().insert(offer("later").version(0)
                .at(Fixtures.MEYLAN).radius(20).build()));
        HelpRequest r = request("r").build();
        MatchingEnvironment env = Fixtures.environment();

        assertThat(index.topCandidates(r, MatchingPolicy.standard(), env, 5)).extracting(c -> c.offer().id().value())
                .containsExactly("early", "later");

        storage.inTransaction(tx -> tx.offers().update(later.withStatus(OfferStatus.WITHDRAWN, NOW)));
        assertThat(index.topCandidates(r, MatchingPolicy.standard(), env, 5)).extracting(c -> c.offer().id().value())
                .containsExactly("early");
        assertThat(index.topCandidates(r, MatchingPolicy.standard(), env, 5))
                .isEqualTo(BruteForceCandidateSource.over(storage).topCandidates(r, MatchingPolicy.standard(), env, 5));
    }

    @Test
    void remoteCategoriesRankWithoutRegardToDistance() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        index.accept(offer("far").category(CategoryCatalogue.CONVERSATION).at(GeoPoint.of(48.85, 2.35)).radius(0)
                .build());
        index.accept(offer("near").category(CategoryCatalogue.CONVERSATION).capacity(2, 1).build());
        HelpRequest r = request("r").category(CategoryCatalogue.CONVERSATION).build();

        List<Candidate> ranked = index.topCandidates(r, MatchingPolicy.standard(), Fixtures.environment(), 5);

        assertThat(ranked).extracting(c -> c.offer().id().value()).containsExactly("far", "near");
        assertThat(ranked.get(0).cost()).isZero();
    }

    @Test
    void staysExactWhileOffersChangeUnderConcurrentQueries() throws Exception {
        Random rnd = new Random(7);
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        List<HelpOffer> offers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            offers.add(Fixtures.randomOffer(rnd, "o" + i, Fixtures.GRENOBLE, 0.3, 500));
        }
        index.load(offers);
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(Fixtures.randomRequest(rnd, "r" + i, Fixtures.GRENOBLE, 0.3, 500));
        }
        MatchingEnvironment env = Fixtures.environment();
        MatchingPolicy policy = MatchingPolicy.standard();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    int seen = 0;
                    for (int round = 0; round < 20; round++) {
                        for (HelpRequest r : requests) {
                            seen += index.topCandidates(r, policy, env, 10).size();
                        }
                    }
                    return seen;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                start.await();
                for (int i = 0; i < offers.size(); i++) {
                    HelpOffer o = offers.get(i);
                    index.accept(o.withStatus(OfferStatus.SUSPENDED, NOW).withVersion(o.version() + 1));
                    index.accept(o.withVersion(o.version() + 2));
                }
                return null;
            });
            start.countDown();
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> f : readers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isNotNegative();
            }
        } finally {
            pool.shutdownNow();
        }
        BruteForceCandidateSource brute = BruteForceCandidateSource.over(offers);
        for (HelpRequest r : requests) {
            assertThat(index.topCandidates(r, policy, env, 10))
                    .extracting(c -> c.offer().id())
                    .isEqualTo(brute.topCandidates(r, policy, env, 10).stream().map(c -> c.offer().id()).toList());
        }
    }
}
