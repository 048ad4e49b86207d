package io.github.entraide.matching;

import static io.github.entraide.matching.Fixtures.ECHIROLLES;
import static io.github.entraide.matching.Fixtures.GRENOBLE;
import static io.github.entraide.matching.Fixtures.MEYLAN;
import static io.github.entraide.matching.Fixtures.environment;
import static io.github.entraide.matching.Fixtures.offer;
import static io.github.entraide.matching.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchAssignerTest {
    private final BatchAssigner assigner = BatchAssigner.of(MatchingPolicy.standard());

    private static Map<String, String> pairs(BatchResult result) {
        Map<String, String> map = new HashMap<>();
        result.assignments().forEach(a -> map.put(a.requestId().value(), a.offerId().value()));
        return map;
    }

    @Test
    void servesEveryoneWhereAGreedyNearestFirstPassWouldLeaveSomeoneOut() {
        // "both" is nearest to "flexible" but is the only helper who speaks Italian, as "fussy" needs.
        HelpOffer both = offer("both").at(GRENOBLE).radius(10).capacity(1, 0).languages("fr", "it").build();
        HelpOffer far = offer("far").at(ECHIROLLES).radius(10).capacity(1, 0).languages("fr").build();
        HelpRequest flexible = request("flexible").at(GRENOBLE).languages("fr").build();
        HelpRequest fussy = request("fussy").at(MEYLAN).languages("it").build();
        HelpOffer fussyOnly = both;

        BatchResult result = assigner.assign(List.of(flexible, fussy), List.of(both, far), environment());

        assertThat(result.matchedCount()).isEqualTo(2);
        assertThat(pairs(result)).containsEntry("fussy", fussyOnly.id().value()).containsEntry("flexible", "far");
    }

    @Test
    void minimisesTotalDistanceNotEachRequestsOwn() {
        // a and b both prefer "mid"; the optimum gives "mid" to the one who would otherwise go furthest.
        HelpOffer mid = offer("mid").at(GRENOBLE).radius(20).capacity(1, 0).build();
        HelpOffer meylan = offer("meylan").at(MEYLAN).radius(20).capacity(1, 0).build();
        HelpRequest a = request("a").at(ECHIROLLES).build();
        HelpRequest b = request("b").at(MEYLAN).build();

        BatchResult result = assigner.assign(List.of(a, b), List.of(mid, meylan), environment());

        assertThat(pairs(result)).containsEntry("a", "mid").containsEntry("b", "meylan");
        assertThat(result.totalDistanceMetres()).isEqualTo(Math.round(ECHIROLLES.distanceKm(GRENOBLE) * 1000));
        assertThat(result.totalCost()).isEqualTo(result.totalDistanceMetres());
    }

    @Test
    void remotePairsCostNothingAndCapacitiesHold() {
        HelpOffer tutor = offer("tutor").category(CategoryCatalogue.CONVERSATION).at(MEYLAN).capacity(3, 1).build();
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(request("r" + i).category(CategoryCatalogue.CONVERSATION).build());
        }

        BatchResult result = assigner.assign(requests, List.of(tutor), environment());

        assertThat(result.matchedCount()).isEqualTo(2);
        assertThat(result.totalCost()).isZero();
    }

    @Test
    void fairnessPenaltySpreadsRequestsOverFreeHelpers() {
        HelpOffer eager = offer("eager").at(GRENOBLE).radius(20).capacity(3, 0).build();
        HelpOffer other = offer("other").at(GRENOBLE).radius(20).capacity(3, 0).build();
        List<HelpRequest> requests = List.of(request("r1").build(), request("r2").build(), request("r3").build(),
                request("r4").build());

        BatchResult plain = assigner.assign(requests, List.of(eager, other), environment());
        BatchResult fair = assigner.withFairnessPenalty(3000).assign(requests, List.of(eager, other), environment());

        assertThat(fair.matchedCount()).isEqualTo(4);
        assertThat(fair.assignments()).filteredOn(x -> x.offerId().value().equals("eager")).hasSize(2);
        // penalties: places 1 and 2 of each offer: round(3000 × 0/3) + round(3000 × 1/3), twice
        assertThat(fair.totalCost()).isEqualTo(2 * (0 + 1000));
        assertThat(plain.totalCost()).isZero();
    }

    @Test
    void sameInputsInAnyOrderGiveTheSameAssignments() {
        Random rnd = new Random(11);
        List<HelpOffer> offers = new ArrayList<>();
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            offers.add(Fixtures.randomOffer(rnd, "o" + i, GRENOBLE, 0.1, 80));
            requests.add(Fixtures.randomRequest(rnd, "r" + i, GRENOBLE, 0.1, 80));
        }
        BatchResult first = assigner.assign(requests, offers, environment());
        Collections.shuffle(offers, rnd);
        Collections.shuffle(requests, rnd);

        assertThat(assigner.assign(requests, offers, environment())).isEqualTo(first);
    }

    @Test
    void matchesTheExhaustiveOptimumOnSmallRandomInstances() {
        Random rnd = new Random(2026);
        for (int instance = 0; instance < 400; instance++) {
            int members = 12;
            MatchingEnvironment env = Fixtures.environment(Fixtures.randomDirectory(rnd, members),
                    Fixtures.randomBlocks(rnd, members));
            List<HelpOffer> offers = new ArrayList<>();
            List<HelpRequest> requests = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                offers.add(Fixtures.randomOffer(rnd, "o" + i, GRENOBLE, 0.08, members));
            }
            for (int i = 0; i < 1 + rnd.nextInt(6); i++) {
                requests.add(Fixtures.randomRequest(rnd, "r" + i, GRENOBLE, 0.08, members));
            }
            BatchAssigner a = rnd.nextBoolean() ? assigner : assigner.withFairnessPenalty(rnd.nextInt(5000));

            BatchResult result = a.assign(requests, offers, env);
            BatchResult dense = a.withDenseSolver(0.5).assign(requests, offers, env);
            long[] best = exhaustive(a, requests, offers, env);

            assertThat(new long[] {result.matchedCount(), result.totalCost()}).as("instance %d", instance)
                    .containsExactly(best);
            assertThat(new long[] {dense.matchedCount(), dense.totalCost()}).as("instance %d, dense solver", instance)
                    .containsExactly(best);
            assertEveryAssignmentIsAllowed(a, result, requests, offers, env);
            assertEveryAssignmentIsAllowed(a, dense, requests, offers, env);
        }
    }

    @Test
    void aRequestEarlierInIdOrderGivesWayToOneThatIsCheaperToServe() {
        // "a" comes first and takes the only offer; "b" is nearer to it, so the optimum serves "b".
        HelpOffer only = offer("only").at(GRENOBLE).radius(20).capacity(1, 0).build();
        HelpRequest a = request("a").at(ECHIROLLES).build();
        HelpRequest b = request("b").at(GRENOBLE).build();

        BatchResult result = assigner.assign(List.of(a, b), List.of(only), environment());

        assertThat(pairs(result)).containsExactly(Map.entry("b", "only"));
        assertThat(result.totalCost()).isZero();
    }

    @Test
    void fairnessPenaltyOnPartlyLoadedOffersMatchesTheReferenceFlow() {
        // capacities 3 to 5 with loads: the penalty of each place depends on the load already taken
        List<HelpOffer> offers = List.of(
                offer("a").at(GRENOBLE).radius(20).capacity(5, 2).build(),
                offer("b").at(MEYLAN).radius(20).capacity(3, 0).build(),
                offer("c").at(ECHIROLLES).radius(20).capacity(4, 3).build());
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(request("r" + i).at(i % 2 == 0 ? GRENOBLE : MEYLAN).build());
        }
        BatchAssigner fair = assigner.withFairnessPenalty(4000);

        BatchResult result = fair.assign(requests, offers, environment());

        assertThat(new long[] {result.matchedCount(), result.totalCost()})
                .containsExactly(reference(fair, requests, offers, environment()));
        assertThat(result.matchedCount()).isEqualTo(3 + 3 + 1);
        assertEveryAssignmentIsAllowed(fair, result, requests, offers, environment());
    }

    @Test
    void manyEqualCostsGiveTheOptimumAndTheSameOutputInAnyOrder() {
        // remote help costs 0: every pair ties; languages make some pairs impossible
        Random rnd = new Random(5);
        List<HelpOffer> offers = new ArrayList<>();
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            offers.add(offer("o" + i).category(CategoryCatalogue.CONVERSATION).at(MEYLAN)
                    .languages(i % 3 == 0 ? "it" : "fr").capacity(1 + i % 3, i % 2).build());
        }
        for (int i = 0; i < 70; i++) {
            requests.add(request("r" + i).category(CategoryCatalogue.CONVERSATION).at(GRENOBLE)
                    .languages(i % 4 == 0 ? "it" : "fr").build());
        }
        BatchResult first = assigner.assign(requests, offers, environment());
        Collections.shuffle(offers, rnd);
        Collections.shuffle(requests, rnd);

        assertThat(new long[] {first.matchedCount(), first.totalCost()})
                .containsExactly(reference(assigner, requests, offers, environment()));
        assertThat(first.totalCost()).isZero();
        assertThat(assigner.assign(requests, offers, environment())).isEqualTo(first);
        assertEveryAssignmentIsAllowed(assigner, first, requests, offers, environment());
    }

    @Test
    void farApartGroupsAreSolvedAsIfAlone() {
        // Grenoble and a town 1° east share no possible pair: the batch is the two batches together.
        GeoPoint east = GeoPoint.of(GRENOBLE.latitude(), GRENOBLE.longitude() + 1);
        Random rnd = new Random(3);
        List<HelpOffer> west = new ArrayList<>();
        List<HelpOffer> eastOffers = new ArrayList<>();
        List<HelpRequest> westRequests = new ArrayList<>();
        List<HelpRequest> eastRequests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            west.add(offer("w" + i).at(Fixtures.randomPoint(rnd, GRENOBLE, 0.05)).radius(8).capacity(2, i % 2).build());
            eastOffers.add(offer("e" + i).at(Fixtures.randomPoint(rnd, east, 0.05)).radius(8).capacity(1, 0).build());
        }
        for (int i = 0; i < 20; i++) {
            westRequests.add(request("rw" + i).at(Fixtures.randomPoint(rnd, GRENOBLE, 0.05)).build());
            eastRequests.add(request("re" + i).at(Fixtures.randomPoint(rnd, east, 0.05)).build());
        }
        BatchAssigner fair = assigner.withFairnessPenalty(700);
        List<HelpOffer> allOffers = new ArrayList<>(west);
        allOffers.addAll(eastOffers);
        List<HelpRequest> allRequests = new ArrayList<>(westRequests);
        allRequests.addAll(eastRequests);

        BatchResult both = fair.assign(allRequests, allOffers, environment());
        BatchResult w = fair.assign(westRequests, west, environment());
        BatchResult e = fair.assign(eastRequests, eastOffers, environment());

        assertThat(both.matchedCount()).isEqualTo(w.matchedCount() + e.matchedCount());
        assertThat(both.totalCost()).isEqualTo(w.totalCost() + e.totalCost());
        assertThat(new long[] {both.matchedCount(), both.totalCost()})
                .containsExactly(reference(fair, allRequests, allOffers, environment()));
    }

    @Test
    void matchesAReferenceMinCostFlowOnMediumRandomInstances() {
        Random rnd = new Random(8);
        for (int instance = 0; instance < 150; instance++) {
            int members = 40;
            MatchingEnvironment env = Fixtures.environment(Fixtures.randomDirectory(rnd, members),
                    Fixtures.randomBlocks(rnd, members));
            List<HelpOffer> offers = new ArrayList<>();
            List<HelpRequest> requests = new ArrayList<>();
            double spread = rnd.nextBoolean() ? 0.03 : 0.15;
            for (int i = 0; i < 5 + rnd.nextInt(30); i++) {
                offers.add(Fixtures.randomOffer(rnd, "o" + i, GRENOBLE, spread, members));
            }
            for (int i = 0; i < 5 + rnd.nextInt(40); i++) {
                requests.add(Fixtures.randomRequest(rnd, "r" + i, GRENOBLE, spread, members));
            }
            BatchAssigner a = rnd.nextBoolean() ? assigner : assigner.withFairnessPenalty(rnd.nextInt(8000));

            BatchResult result = a.assign(requests, offers, env);
            BatchResult dense = a.withDenseSolver(0.3).assign(requests, offers, env);

            long[] optimum = reference(a, requests, offers, env);
            assertThat(new long[] {result.matchedCount(), result.totalCost()}).as("instance %d", instance)
                    .containsExactly(optimum);
            assertThat(new long[] {dense.matchedCount(), dense.totalCost()}).as("instance %d, dense solver", instance)
                    .containsExactly(optimum);
            assertEveryAssignmentIsAllowed(a, result, requests, offers, env);
            assertEveryAssignmentIsAllowed(a, dense, requests, offers, env);
        }
    }

    @Test
    void theDenseSolverIsOffByDefaultAndTakesADensityFromZeroToOne() {
        assertThat(assigner.denseSolverMinDensity()).isEmpty();
        assertThat(assigner.withDenseSolver(0.5).withFairnessPenalty(10).denseSolverMinDensity()).hasValue(0.5);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> assigner.withDenseSolver(0));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> assigner.withDenseSolver(1.5));
    }

    @Test
    void matchesTheReferenceFlowOnDenseInstancesWhereEveryRequestSeesEveryOffer() {
        // Every offer's radius covers the metropolitan area; a few positions only (many equal
        // distances); capacities up to 4 with loads; languages make some pairs impossible.
        GeoPoint[] positions = {GRENOBLE, MEYLAN, ECHIROLLES, GeoPoint.of(45.17, 5.75)};
        Random rnd = new Random(1515);
        for (int instance = 0; instance < 120; instance++) {
            List<HelpOffer> offers = new ArrayList<>();
            List<HelpRequest> requests = new ArrayList<>();
            for (int i = 0; i < 2 + rnd.nextInt(14); i++) {
                int capacity = 1 + rnd.nextInt(4);
                offers.add(offer("o" + i).at(positions[rnd.nextInt(positions.length)]).radius(50)
                        .capacity(capacity, rnd.nextInt(capacity)).languages(rnd.nextInt(5) == 0 ? "it" : "fr").build());
            }
            for (int i = 0; i < 2 + rnd.nextInt(30); i++) {
                requests.add(request("r" + i).at(positions[rnd.nextInt(positions.length)])
                        .languages(rnd.nextInt(6) == 0 ? "it" : "fr").build());
            }
            BatchAssigner a = switch (instance % 3) {
                case 0 -> assigner;
                case 1 -> assigner.withFairnessPenalty(rnd.nextInt(3000));
                default -> assigner.withFairnessPenalty(1_000_000_000L); // penalties dwarf distances
            };
            long inReach = requests.stream().mapToLong(r -> offers.stream()
                    .filter(o -> r.point().distanceKm(o.point()) <= o.radiusKm()).count()).sum();

            long[] optimum = reference(a, requests, offers, environment());

            assertThat(inReach).as("instance %d: every request sees every offer", instance)
                    .isEqualTo((long) requests.size() * offers.size());
            for (BatchAssigner solver : List.of(a, a.withDenseSolver(0.5))) {
                BatchResult result = solver.assign(requests, offers, environment());
                assertThat(new long[] {result.matchedCount(), result.totalCost()})
                        .as("instance %d, %s", instance, solver.denseSolverMinDensity())
                        .containsExactly(optimum);
                assertEveryAssignmentIsAllowed(solver, result, requests, offers, environment());
                List<HelpRequest> shuffledRequests = new ArrayList<>(requests);
                List<HelpOffer> shuffledOffers = new ArrayList<>(offers);
                Collections.shuffle(shuffledRequests, rnd);
                Collections.shuffle(shuffledOffers, rnd);
                assertThat(solver.assign(shuffledRequests, shuffledOffers, environment()))
                        .as("instance %d, shuffled", instance).isEqualTo(result);
            }
        }
    }

    /**
     * The optimum (most requests served, then least cost) by a plain min-cost max-flow with
     * Bellman–Ford shortest paths on the dense graph source → requests → offers → places → sink.
     */
    private static long[] reference(BatchAssigner a, List<HelpRequest> requests, List<HelpOffer> offers,
            MatchingEnvironment env) {
        int nr = requests.size();
        int no = offers.size();
        List<int[]> arcs = new ArrayList<>(); // from, to, capacity (mutable), index of cost
        List<Long> costs = new ArrayList<>();
        int source = nr + no;
        int sink = source + 1;
        java.util.function.Consumer<long[]> add = x -> {
            arcs.add(new int[] {(int) x[0], (int) x[1], (int) x[2]});
            costs.add(x[3]);
            arcs.add(new int[] {(int) x[1], (int) x[0], 0});
            costs.add(-x[3]);
        };
        for (int i = 0; i < nr; i++) {
            add.accept(new long[] {source, i, 1, 0});
            for (int j = 0; j < no; j++) {
                java.util.OptionalLong c = a.pairCost(requests.get(i), offers.get(j), env);
                if (c.isPresent()) {
                    add.accept(new long[] {i, nr + j, 1, c.getAsLong()});
                }
            }
        }
        for (int j = 0; j < no; j++) {
            for (int u = 1; u <= offers.get(j).remainingCapacity(); u++) {
                add.accept(new long[] {nr + j, sink, 1, a.placePenalty(offers.get(j), u)});
            }
        }
        long flow = 0;
        long cost = 0;
        while (true) {
            long[] dist = new long[sink + 1];
            int[] via = new int[sink + 1];
            java.util.Arrays.fill(dist, Long.MAX_VALUE);
            dist[source] = 0;
            for (int round = 0; round <= sink; round++) {
                boolean changed = false;
                for (int k = 0; k < arcs.size(); k++) {
                    int[] arc = arcs.get(k);
                    if (arc[2] > 0 && dist[arc[0]] != Long.MAX_VALUE && dist[arc[0]] + costs.get(k) < dist[arc[1]]) {
                        dist[arc[1]] = dist[arc[0]] + costs.get(k);
                        via[arc[1]] = k;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (dist[sink] == Long.MAX_VALUE) {
                return new long[] {flow, cost};
            }
            for (int v = sink; v != source; v = arcs.get(via[v])[0]) {
                arcs.get(via[v])[2]--;
                arcs.get(via[v] ^ 1)[2]++;
            }
            flow++;
            cost += dist[sink];
        }
    }

    private static void assertEveryAssignmentIsAllowed(BatchAssigner a, BatchResult result, List<HelpRequest> requests,
            List<HelpOffer> offers, MatchingEnvironment env) {
        Map<String, Integer> used = new HashMap<>();
        for (Assignment x : result.assignments()) {
            HelpRequest r = requests.stream().filter(q -> q.id().equals(x.requestId())).findFirst().orElseThrow();
            HelpOffer o = offers.stream().filter(q -> q.id().equals(x.offerId())).findFirst().orElseThrow();
            assertThat(a.policy().evaluate(r, o, env)).isPresent();
            used.merge(o.id().value(), 1, Integer::sum);
        }
        for (HelpOffer o : offers) {
            assertThat(used.getOrDefault(o.id().value(), 0)).isLessThanOrEqualTo(o.remainingCapacity());
        }
        assertThat(result.assignments()).extracting(Assignment::requestId).doesNotHaveDuplicates();
    }

    /** The lexicographic optimum (most requests served, then least cost) by trying every assignment. */
    private static long[] exhaustive(BatchAssigner a, List<HelpRequest> requests, List<HelpOffer> offers,
            MatchingEnvironment env) {
        long[][] cost = new long[requests.size()][offers.size()];
        for (int i = 0; i < requests.size(); i++) {
            for (int j = 0; j < offers.size(); j++) {
                HelpRequest r = requests.get(i);
                HelpOffer o = offers.get(j);
                boolean ok = o.remainingCapacity() > 0 && a.policy().evaluate(r, o, env).isPresent();
                cost[i][j] = ok ? BatchAssigner.distanceMetres(Fixtures.category(r.categoryId()),
                        r.point().distanceKm(o.point())) : -1;
            }
        }
        int[] used = new int[offers.size()];
        long[] best = {0, 0};
        search(a, 0, 0, 0, cost, used, offers, best);
        return best;
    }

    private static void search(BatchAssigner a, int i, int matched, long total, long[][] cost, int[] used,
            List<HelpOffer> offers, long[] best) {
        if (i == cost.length) {
            long withPenalties = total;
            for (int j = 0; j < used.length; j++) {
                for (int u = 1; u <= used[j]; u++) {
                    withPenalties += a.placePenalty(offers.get(j), u);
                }
            }
            if (matched > best[0] || (matched == best[0] && withPenalties < best[1])) {
                best[0] = matched;
                best[1] = withPenalties;
            }
            return;
        }
        search(a, i + 1, matched, total, cost, used, offers, best);
        for (int j = 0; j < offers.size(); j++) {
            if (cost[i][j] >= 0 && used[j] < offers.get(j).remainingCapacity()) {
                used[j]++;
                search(a, i + 1, matched + 1, total + cost[i][j], cost, used, offers, best);
                used[j]--;
            }
        }
    }
}
