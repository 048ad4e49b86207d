package io.github.entraide.benchmarks;

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
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.matching.Assignment;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.BatchResult;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.testkit.GrenobleFixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Instances and peers for the batch benchmark: the candidate graph (built with the assigner's own
 * pair costs, so every peer solves the same problem), a greedy nearest-first pass, JGraphT's
 * Hopcroft–Karp (maximum matched count) and Kuhn–Munkres (least total distance on unit-capacity
 * square instances).
 */
public final class BatchPeers {
    private BatchPeers() {
    }

    /**
     * The candidate graph: requests, offers' remaining capacities, and the possible pairs.
     *
     * @param requests how many requests
     * @param capacities each offer's remaining capacity
     * @param edges the possible pairs as {request, offer, metres}
     */
    public record Graph(int requests, int[] capacities, List<long[]> edges) {
    }

    /**
     * A peer's outcome.
     *
     * @param matched requests served
     * @param totalDistance total distance in metres
     */
    public record Outcome(int matched, long totalDistance) {
    }

    /**
     * Requests: over France for large instances, around Grenoble for square ones.
     *
     * @param count how many
     * @param seed the seed
     * @return the requests
     */
    public static List<HelpRequest> localRequests(int count, long seed) {
        if (count > 1000) {
            return BenchData.requests(count, seed);
        }
        return grenobleRequests(count, seed);
    }

    /**
     * Offers: over France with capacities 1–3 for large instances, around Grenoble with capacity 1
     * for square ones (so that Kuhn–Munkres solves the same problem).
     *
     * @param count how many
     * @param seed the seed
     * @return the offers
     */
    public static List<HelpOffer> localOffers(int count, long seed) {
        if (count > 1000) {
            return BenchData.offers(count, seed);
        }
        return grenobleOffers(count, seed, random -> 2 + random.nextInt(4));
    }

    /**
     * Offers for dense instances: placed like {@link #localOffers} around Grenoble, capacity 1, but
     * each with a radius of 100 km, which covers the whole metropolitan area: every request sees
     * every offer (a complete bipartite graph, every pair at its own distance).
     *
     * @param count how many
     * @param seed the seed
     * @return the offers
     */
    public static List<HelpOffer> denseOffers(int count, long seed) {
        return grenobleOffers(count, seed, random -> HelpOffer.MAX_RADIUS_KM);
    }

    /**
     * Requests for dense instances: placed like {@link #localRequests} around Grenoble, whatever
     * their number.
     *
     * @param count how many
     * @param seed the seed
     * @return the requests
     */
    public static List<HelpRequest> denseRequests(int count, long seed) {
        return grenobleRequests(count, seed);
    }

    /** Requests placed by population over the communes of Grenoble-Alpes Métropole. */
    private static List<HelpRequest> grenobleRequests(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HelpRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Commune c = GrenobleFixture.communeByPopulation(random);
            out.add(HelpRequest.file(RequestId.of("r" + i), BenchData.FRANCE, MemberId.of("b" + i), Optional.empty(),
                    BenchData.GROCERIES, "", CoarseLocation.commune(c.inseeCode()), near(c.centroid(), random),
                    Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of("fr"), Optional.empty(), RequestStatus.OPEN,
                    BenchData.NOW, BenchData.NOW.plusSeconds(86_400)));
        }
        return out;
    }

    /**
     * Offers of capacity 1 placed by population over the communes of Grenoble-Alpes Métropole, each
     * radius drawn after the offer's point (the order in which the seed's numbers are used).
     */
    private static List<HelpOffer> grenobleOffers(int count, long seed, ToDoubleFunction<SplittableRandom> radiusKm) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HelpOffer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Commune c = GrenobleFixture.communeByPopulation(random);
            out.add(HelpOffer.create(OfferId.of("o" + i), BenchData.FRANCE, MemberId.of("h" + i), BenchData.GROCERIES,
                    CoarseLocation.commune(c.inseeCode()), near(c.centroid(), random), radiusKm.applyAsDouble(random),
                    WeeklyAvailability.always(), Set.of("fr"), 1, "", OfferStatus.PUBLISHED,
                    BenchData.NOW.minusSeconds(86_400)));
        }
        return out;
    }

    private static GeoPoint near(GeoPoint c, SplittableRandom random) {
        return GeoPoint.of(c.latitude() + (random.nextDouble() - 0.5) * 0.03,
                c.longitude() + (random.nextDouble() - 0.5) * 0.04);
    }

    /**
     * The candidate graph, with the assigner's own pair costs; pairs farther than the largest
     * radius are skipped through a grid first (the policy would refuse them anyway).
     *
     * @param assigner the assigner whose costs to use
     * @param requests the requests
     * @param offers the offers
     * @param environment the environment
     * @return the graph
     */
    public static Graph graph(BatchAssigner assigner, List<HelpRequest> requests, List<HelpOffer> offers,
            MatchingEnvironment environment) {
        double cell = 0.2;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int j = 0; j < offers.size(); j++) {
            GeoPoint p = offers.get(j).point();
            grid.computeIfAbsent(key((int) Math.floor(p.latitude() / cell), (int) Math.floor(p.longitude() / cell)),
                    k -> new ArrayList<>()).add(j);
        }
        int[] capacities = offers.stream().mapToInt(HelpOffer::remainingCapacity).toArray();
        List<long[]> edges = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            GeoPoint p = requests.get(i).point();
            int row = (int) Math.floor(p.latitude() / cell);
            int col = (int) Math.floor(p.longitude() / cell);
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    for (int j : grid.getOrDefault(key(row + dr, col + dc), List.of())) {
                        OptionalLong cost = assigner.pairCost(requests.get(i), offers.get(j), environment);
                        if (cost.isPresent()) {
                            edges.add(new long[] {i, j, cost.getAsLong()});
                        }
                    }
                }
            }
        }
        return new Graph(requests.size(), capacities, edges);
    }

    private static long key(int row, int col) {
        return ((long) row << 32) ^ (col & 0xffffffffL);
    }

    /**
     * Greedy nearest-first: pairs in increasing distance, each taken if both sides are free.
     *
     * @param g the graph
     * @return the outcome
     */
    public static Outcome greedy(Graph g) {
        long[] distances = greedyDistances(g);
        int matched = 0;
        long total = 0;
        for (long d : distances) {
            if (d >= 0) {
                matched++;
                total += d;
            }
        }
        return new Outcome(matched, total);
    }

    /**
     * Greedy nearest-first, per request: pairs in increasing distance, each taken if both sides
     * are free.
     *
     * @param g the graph
     * @return for each request (by index), the distance in metres of the pair greedy gives it, or
     *     -1 if greedy leaves it unserved
     */
    public static long[] greedyDistances(Graph g) {
        long[][] sorted = g.edges().toArray(new long[0][]);
        Arrays.sort(sorted, (a, b) -> Long.compare(a[2], b[2]));
        long[] distance = new long[g.requests()];
        Arrays.fill(distance, -1);
        int[] left = g.capacities().clone();
        for (long[] e : sorted) {
            int r = (int) e[0];
            int o = (int) e[1];
            if (distance[r] < 0 && left[o] > 0) {
                distance[r] = e[2];
                left[o]--;
            }
        }
        return distance;
    }

    /**
     * An assigner's result per request, in the order of {@code requests}.
     *
     * @param result the assigner's result
     * @param requests the requests it was given
     * @return for each request (by index), the distance in metres of its assignment, or -1 if
     *     unserved
     */
    public static long[] distances(BatchResult result, List<HelpRequest> requests) {
        Map<RequestId, Long> byId = new HashMap<>();
        for (Assignment a : result.assignments()) {
            byId.put(a.requestId(), a.distanceMetres());
        }
        long[] distance = new long[requests.size()];
        for (int i = 0; i < distance.length; i++) {
            distance[i] = byId.getOrDefault(requests.get(i).id(), -1L);
        }
        return distance;
    }

    /**
     * Two assignments of the same requests compared at equal service: over the requests both
     * serve only.
     *
     * @param common requests served by both
     * @param oursTotal our total distance over those requests, in metres
     * @param peerTotal the peer's total distance over the same requests, in metres
     * @param extraServed requests we serve minus requests the peer serves
     */
    public record OnCommon(int common, long oursTotal, long peerTotal, int extraServed) {
        /**
         * Our total over the peer's, on the common requests.
         *
         * @return the ratio (1 when both totals are 0; infinite if only the peer's is 0)
         */
        public double distanceRatio() {
            return oursTotal == peerTotal ? 1.0 : (double) oursTotal / peerTotal;
        }
    }

    /**
     * Compares two per-request assignments (distances, -1 for unserved) of the same requests.
     *
     * @param ours our distances
     * @param peer the peer's distances
     * @return totals over the requests both serve, and the difference in requests served
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static OnCommon onCommon(long[] ours, long[] peer) {
        if (ours.length != peer.length) {
            throw new IllegalArgumentException("not the same requests: " + ours.length + " and " + peer.length);
        }
        int common = 0;
        int extra = 0;
        long oursTotal = 0;
        long peerTotal = 0;
        for (int i = 0; i < ours.length; i++) {
            extra += (ours[i] >= 0 ? 1 : 0) - (peer[i] >= 0 ? 1 : 0);
            if (ours[i] >= 0 && peer[i] >= 0) {
                common++;
                oursTotal += ours[i];
                peerTotal += peer[i];
            }
        }
        return new OnCommon(common, oursTotal, peerTotal, extra);
    }

    /**
     * The maximum number of requests that can be served (JGraphT Hopcroft–Karp, one vertex per
     * place of an offer).
     *
     * @param g the graph
     * @return the maximum
     */
    public static int maximumMatched(Graph g) {
        org.jgrapht.graph.SimpleGraph<Integer, org.jgrapht.graph.DefaultEdge> graph =
                new org.jgrapht.graph.SimpleGraph<>(org.jgrapht.graph.DefaultEdge.class);
        int[] firstPlace = new int[g.capacities().length];
        int next = g.requests();
        java.util.Set<Integer> left = new java.util.HashSet<>();
        java.util.Set<Integer> right = new java.util.HashSet<>();
        for (int r = 0; r < g.requests(); r++) {
            graph.addVertex(r);
            left.add(r);
        }
        for (int o = 0; o < firstPlace.length; o++) {
            firstPlace[o] = next;
            for (int u = 0; u < g.capacities()[o]; u++) {
                graph.addVertex(next);
                right.add(next++);
            }
        }
        for (long[] e : g.edges()) {
            for (int u = 0; u < g.capacities()[(int) e[1]]; u++) {
                graph.addEdge((int) e[0], firstPlace[(int) e[1]] + u);
            }
        }
        return new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, left, right).getMatching().getEdges()
                .size();
    }

    /**
     * JGraphT Kuhn–Munkres on a unit-capacity square instance: missing pairs get a cost larger
     * than any total, so the optimum serves the most requests, then has the least distance.
     *
     * @param g the graph (as many requests as offers, capacities 1)
     * @return the outcome
     */
    public static Outcome kuhnMunkres(Graph g) {
        int n = g.requests();
        if (g.capacities().length != n) {
            throw new IllegalArgumentException("Kuhn–Munkres needs a square instance");
        }
        double missing = 1e12;
        org.jgrapht.Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        java.util.Set<Integer> left = new java.util.HashSet<>();
        java.util.Set<Integer> right = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
            left.add(i);
            graph.addVertex(n + i);
            right.add(n + i);
        }
        Map<Long, Long> cost = new HashMap<>();
        for (long[] e : g.edges()) {
            cost.merge(e[0] * n + e[1], e[2], Math::min);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Long c = cost.get((long) i * n + j);
                graph.setEdgeWeight(graph.addEdge(i, n + j), c == null ? missing : c);
            }
        }
        var matching = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching();
        int matched = 0;
        long total = 0;
        for (DefaultWeightedEdge e : matching.getEdges()) {
            double w = graph.getEdgeWeight(e);
            if (w < missing) {
                matched++;
                total += (long) w;
            }
        }
        return new Outcome(matched, total);
    }
}
