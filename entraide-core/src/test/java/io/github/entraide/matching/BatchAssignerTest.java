package io.github.entraide.matching;

import static io.github.entraide.matching.Fixtures.ECHIROLLES;
import static io.github.entraide.matching.Fixtures.GRENOBLE;
import static io.github.entraide.matching.Fixtures.MEYLAN;
import static io.github.entraide.matching.Fixtures.environment;
import static io.github.entraide.matching.Fixtures.offer;
import static io.github.entraide.matching.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
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
            long[] best = exhaustive(a, requests, offers, env);

            assertThat(new long[] {result.matchedCount(), result.totalCost()}).as("instance %d", instance)
                    .containsExactly(best);
            assertEveryAssignmentIsAllowed(a, result, requests, offers, env);
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
