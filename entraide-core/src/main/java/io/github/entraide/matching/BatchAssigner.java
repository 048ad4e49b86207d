package io.github.entraide.matching;

import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assigns many open requests to many offers at once, exactly:
 * <ol>
 *   <li>it serves as many requests as possible (each request gets at most one offer, each offer at
 *       most its {@linkplain HelpOffer#remainingCapacity() remaining capacity});</li>
 *   <li>among those maximum assignments, it minimises the total cost: the distances in whole metres
 *       (remote help counts 0), plus an optional fairness penalty on load.</li>
 * </ol>
 * A request and an offer may be paired only when the policy's filters accept them (and the offer
 * is in the request's universe: published, same territory and category); the policy's scorers are
 * not used, as the batch objective is distance and fairness.
 *
 * <p><b>Fairness.</b> With a penalty {@code P} (metres), the {@code u}-th place used in an offer of
 * capacity {@code c} and current load {@code l} costs {@code round(P × (l + u − 1) / c)}: a convex cost
 * growing with every place, so that, at equal distance, requests spread over free helpers rather
 * than filling one. The problem stays a min-cost flow.
 *
 * <p><b>Algorithm.</b> A min-cost maximum flow on the sparse candidate graph (source → requests →
 * offers → places → sink), by successive shortest paths with Dijkstra on Johnson potentials: with
 * non-negative costs, each augmentation along a cheapest path keeps the flow cheapest for its
 * value, so the final flow is maximum and, among maximum flows, of least cost. Building the graph
 * runs the filters on every request × offer pair ({@code O(R · O)}); the flow then takes about
 * {@code O(R · E log V)} for {@code R} requests and {@code E} candidate pairs. Pass the offers of the
 * requests' categories only (for example from a {@code CandidateSource} per request) to keep large
 * batches fast.
 *
 * <p><b>Determinism.</b> Requests and offers are sorted by id and ties resolved by vertex number,
 * so the same inputs, in any order, give the same output.
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchAssigner {
    private final MatchingPolicy policy;
    private final long fairnessPenaltyMetres;

    private BatchAssigner(MatchingPolicy policy, long fairnessPenaltyMetres) {
        this.policy = policy;
        this.fairnessPenaltyMetres = fairnessPenaltyMetres;
    }

    /**
     * An assigner with no fairness penalty: distance only.
     *
     * @param policy the policy whose filters decide which pairs are possible
     * @return the assigner
     */
    public static BatchAssigner of(MatchingPolicy policy) {
        return new BatchAssigner(Objects.requireNonNull(policy, "policy"), 0);
    }

    /**
     * This assigner with a fairness penalty.
     *
     * @param metresAtFullLoad what filling an offer's last place costs, in metres (0 for none); a
     *     place when the load is {@code l} of {@code c} costs {@code metresAtFullLoad × l / c}
     * @return a new assigner
     */
    public BatchAssigner withFairnessPenalty(long metresAtFullLoad) {
        if (metresAtFullLoad < 0 || metresAtFullLoad > 1_000_000_000L) {
            throw new IllegalArgumentException("metresAtFullLoad must be from 0 to 1e9, was " + metresAtFullLoad);
        }
        return new BatchAssigner(policy, metresAtFullLoad);
    }

    /** @return the policy whose filters decide which pairs are possible */
    public MatchingPolicy policy() {
        return policy;
    }

    /** @return the fairness penalty in metres at full load (0 for none) */
    public long fairnessPenaltyMetres() {
        return fairnessPenaltyMetres;
    }

    /**
     * The cost of pairing a request with an offer, before fairness: whole metres, 0 for remote help.
     *
     * @param category the request's category
     * @param distanceKm the distance
     * @return the cost
     */
    static long distanceMetres(HelpCategory category, double distanceKm) {
        return category.isRemote() ? 0 : Math.round(distanceKm * 1000);
    }

    /**
     * The cost of pairing a request with an offer, before fairness: the distance in whole metres (0
     * for remote help), if the pair is possible at all. For oracles that check this assigner.
     *
     * @param request the request
     * @param offer the offer
     * @param environment the environment
     * @return the cost, or empty if the offer is full, outside the universe or refused by a filter
     */
    public java.util.OptionalLong pairCost(HelpRequest request, HelpOffer offer, MatchingEnvironment environment) {
        Objects.requireNonNull(offer, "offer");
        HelpCategory category = MatchingPolicy.categoryOf(request, environment);
        if (offer.remainingCapacity() <= 0) {
            return java.util.OptionalLong.empty();
        }
        double km = request.point().distanceKm(offer.point());
        return policy.evaluate(request, category, offer, km, environment) == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(distanceMetres(category, km));
    }

    /**
     * The fairness penalty of the {@code unit}-th place (1-based) newly used in an offer; 0 without a
     * penalty. Non-decreasing in {@code unit}. For oracles that check this assigner.
     *
     * @param offer the offer
     * @param unit the place, from 1 to its remaining capacity
     * @return the penalty in metres
     */
    public long placePenalty(HelpOffer offer, int unit) {
        return Math.round(fairnessPenaltyMetres * (double) (offer.load() + unit - 1) / offer.capacity());
    }

    /**
     * Assigns requests to offers.
     *
     * @param requests the requests, of the environment's territory, with distinct ids
     * @param offers the offers, with distinct ids (those outside a request's universe never serve it)
     * @param environment the territory, helper facts, blocks and current instant
     * @return the assignments, a maximum number of them at the least cost
     * @throws IllegalArgumentException if a request is of another territory, its category is unknown,
     *     or ids repeat
     */
    public BatchResult assign(Collection<HelpRequest> requests, Collection<HelpOffer> offers,
            MatchingEnvironment environment) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(offers, "offers");
        Objects.requireNonNull(environment, "environment");
        List<HelpRequest> rs = new ArrayList<>(requests);
        rs.sort(Comparator.comparing(HelpRequest::id));
        List<HelpOffer> os = new ArrayList<>(offers);
        os.sort(Comparator.comparing(HelpOffer::id));
        requireDistinct(rs.stream().map(r -> r.id().value()).toList(), "requests");
        requireDistinct(os.stream().map(o -> o.id().value()).toList(), "offers");

        int nr = rs.size();
        int no = os.size();
        List<long[]> pairs = candidatePairs(rs, os, environment); // (request, offer, distance metres)

        // Requests and offers that share no possible pair never interact: the optimum is the sum of
        // the optima of the connected components of the candidate graph, each solved on its own.
        int[] parent = new int[nr + no];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        for (long[] pair : pairs) {
            union(parent, (int) pair[0], nr + (int) pair[1]);
        }
        java.util.Map<Integer, List<long[]>> components = new java.util.LinkedHashMap<>();
        for (long[] pair : pairs) {
            components.computeIfAbsent(find(parent, (int) pair[0]), k -> new ArrayList<>()).add(pair);
        }

        List<Assignment> assignments = new ArrayList<>();
        long totalDistance = 0;
        long totalCost = 0;
        for (List<long[]> component : components.values()) {
            // Local vertex numbers: source 0, then the component's requests, then its offers, then the sink.
            java.util.Map<Integer, Integer> requestVertex = new java.util.TreeMap<>();
            java.util.Map<Integer, Integer> offerVertex = new java.util.TreeMap<>();
            for (long[] pair : component) {
                requestVertex.put((int) pair[0], 0);
                offerVertex.put((int) pair[1], 0);
            }
            int next = 1;
            for (java.util.Map.Entry<Integer, Integer> e : requestVertex.entrySet()) {
                e.setValue(next++);
            }
            for (java.util.Map.Entry<Integer, Integer> e : offerVertex.entrySet()) {
                e.setValue(next++);
            }
            int source = 0;
            int sink = next;
            Graph g = new Graph(next + 1);
            for (int vertex : requestVertex.values()) {
                g.add(source, vertex, 1, 0);
            }
            int[] edgeOf = new int[component.size()];
            for (int k = 0; k < component.size(); k++) {
                long[] pair = component.get(k);
                edgeOf[k] = g.add(requestVertex.get((int) pair[0]), offerVertex.get((int) pair[1]), 1, pair[2]);
            }
            for (java.util.Map.Entry<Integer, Integer> e : offerVertex.entrySet()) {
                HelpOffer o = os.get(e.getKey());
                int places = Math.max(0, o.remainingCapacity());
                if (fairnessPenaltyMetres == 0) {
                    g.add(e.getValue(), sink, places, 0);
                } else {
                    for (int u = 1; u <= places; u++) {
                        g.add(e.getValue(), sink, 1, placePenalty(o, u));
                    }
                }
            }
            totalCost += g.minCostMaxFlow(source, sink);
            for (int k = 0; k < component.size(); k++) {
                if (g.cap[edgeOf[k]] == 0) { // the unit edge is saturated: this pair is used
                    long[] pair = component.get(k);
                    assignments.add(new Assignment(rs.get((int) pair[0]).id(), os.get((int) pair[1]).id(), pair[2]));
                    totalDistance += pair[2];
                }
            }
        }
        assignments.sort(Comparator.comparing(Assignment::requestId));
        return new BatchResult(assignments, assignments.size(), totalDistance, totalCost);
    }

    /**
     * Every possible (request, offer) pair with its distance in metres, in request then offer
     * order. Offers are grouped by category; for in-person help under a policy that limits distance
     * to the offer's radius, only offers in grid cells that can lie within the largest radius are
     * evaluated (the others would be refused by the radius filter anyway).
     */
    private List<long[]> candidatePairs(List<HelpRequest> rs, List<HelpOffer> os, MatchingEnvironment environment) {
        java.util.Map<io.github.entraide.domain.CategoryId, List<Integer>> byCategory = new java.util.HashMap<>();
        java.util.Map<io.github.entraide.domain.CategoryId, Double> maxRadius = new java.util.HashMap<>();
        java.util.Map<io.github.entraide.domain.CategoryId, java.util.Map<Long, List<Integer>>> grids =
                new java.util.HashMap<>();
        for (int j = 0; j < os.size(); j++) {
            HelpOffer o = os.get(j);
            if (o.remainingCapacity() <= 0) {
                continue;
            }
            byCategory.computeIfAbsent(o.categoryId(), k -> new ArrayList<>()).add(j);
            maxRadius.merge(o.categoryId(), o.radiusKm(), Math::max);
            grids.computeIfAbsent(o.categoryId(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(cell(row(o.point().latitude()), col(o.point().longitude())),
                            k -> new ArrayList<>()).add(j);
        }
        boolean spatial = policy.limitsDistanceToOfferRadius();
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            HelpRequest r = rs.get(i);
            HelpCategory category = MatchingPolicy.categoryOf(r, environment);
            List<Integer> sameCategory = byCategory.getOrDefault(r.categoryId(), List.of());
            List<Integer> offers = spatial && !category.isRemote()
                    ? nearby(r, maxRadius.getOrDefault(r.categoryId(), 0.0), sameCategory,
                            grids.getOrDefault(r.categoryId(), java.util.Map.of()))
                    : sameCategory;
            for (int j : offers) {
                HelpOffer o = os.get(j);
                double km = r.point().distanceKm(o.point());
                if (policy.evaluate(r, category, o, km, environment) != null) {
                    pairs.add(new long[] {i, j, distanceMetres(category, km)});
                }
            }
        }
        return pairs;
    }

    private static final double CELL_DEGREES = 0.1;

    private static int row(double latitude) {
        return (int) Math.floor(latitude / CELL_DEGREES);
    }

    private static int col(double longitude) {
        return (int) Math.floor(longitude / CELL_DEGREES);
    }

    private static long cell(int row, int col) {
        return ((long) row << 32) ^ (col & 0xffffffffL);
    }

    /** The offers of grid cells that may lie within {@code radiusKm} of the request, in offer order. */
    private static List<Integer> nearby(HelpRequest r, double radiusKm, List<Integer> all,
            java.util.Map<Long, List<Integer>> grid) {
        double lat = r.point().latitude();
        double lon = r.point().longitude();
        // Great-circle distance is at least R·|Δφ|, and at least 2R·asin(cos φmax · sin(|Δλ|/2)).
        double dLat = Math.toDegrees(radiusKm / io.github.entraide.domain.GeoPoint.EARTH_RADIUS_KM) * 1.01 + 1e-9;
        double maxLat = Math.abs(lat) + dLat;
        if (maxLat >= 89) {
            return all;
        }
        double s = Math.sin(radiusKm / (2 * io.github.entraide.domain.GeoPoint.EARTH_RADIUS_KM))
                / Math.cos(Math.toRadians(maxLat));
        if (s >= 1) {
            return all;
        }
        double dLon = Math.toDegrees(2 * Math.asin(s)) * 1.01 + 1e-9;
        if (lon - dLon <= -180 || lon + dLon >= 180) {
            return all;
        }
        List<Integer> found = new ArrayList<>();
        for (int row = row(lat - dLat); row <= row(lat + dLat); row++) {
            for (int col = col(lon - dLon); col <= col(lon + dLon); col++) {
                found.addAll(grid.getOrDefault(cell(row, col), List.of()));
            }
        }
        found.sort(null);
        return found;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static void requireDistinct(List<String> ids, String name) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(name + " repeat the id " + id);
            }
        }
    }

    /** A residual flow network in arrays; edge {@code e ^ 1} is the reverse of {@code e}. */
    static final class Graph {
        private final int n;
        private final int[] head;
        private int[] next = new int[16];
        private int[] to = new int[16];
        int[] cap = new int[16];
        private long[] cost = new long[16];
        private int edges;

        Graph(int n) {
            this.n = n;
            this.head = new int[n];
            Arrays.fill(head, -1);
        }

        int add(int from, int target, int capacity, long c) {
            int e = edges;
            link(from, target, capacity, c);
            link(target, from, 0, -c);
            return e;
        }

        private void link(int from, int target, int capacity, long c) {
            if (edges == to.length) {
                int size = edges * 2;
                next = Arrays.copyOf(next, size);
                to = Arrays.copyOf(to, size);
                cap = Arrays.copyOf(cap, size);
                cost = Arrays.copyOf(cost, size);
            }
            to[edges] = target;
            cap[edges] = capacity;
            cost[edges] = c;
            next[edges] = head[from];
            head[from] = edges++;
        }

        /** Successive shortest paths; every original cost is non-negative, so potentials start at 0. */
        long minCostMaxFlow(int source, int sink) {
            long[] potential = new long[n];
            long[] dist = new long[n];
            int[] via = new int[n];
            long total = 0;
            Heap heap = new Heap(n);
            while (true) {
                Arrays.fill(dist, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                dist[source] = 0;
                heap.clear();
                heap.push(0, source);
                while (!heap.isEmpty()) {
                    long d = heap.topKey();
                    int u = heap.pop();
                    if (d > dist[u]) {
                        continue;
                    }
                    for (int e = head[u]; e >= 0; e = next[e]) {
                        if (cap[e] <= 0) {
                            continue;
                        }
                        int v = to[e];
                        long nd = d + cost[e] + potential[u] - potential[v];
                        if (nd < dist[v]) {
                            dist[v] = nd;
                            via[v] = e;
                            heap.push(nd, v);
                        }
                    }
                }
                if (dist[sink] == Long.MAX_VALUE) {
                    return total;
                }
                for (int v = 0; v < n; v++) {
                    if (dist[v] != Long.MAX_VALUE) {
                        potential[v] += dist[v];
                    }
                }
                int push = Integer.MAX_VALUE;
                for (int v = sink; v != source; v = to[via[v] ^ 1]) {
                    push = Math.min(push, cap[via[v]]);
                }
                for (int v = sink; v != source; v = to[via[v] ^ 1]) {
                    cap[via[v]] -= push;
                    cap[via[v] ^ 1] += push;
                    total += (long) push * cost[via[v]];
                }
            }
        }
    }

    /** A binary min-heap of (key, vertex), ordered by key then vertex, with lazy deletion. */
    private static final class Heap {
        private long[] keys;
        private int[] values;
        private int size;

        Heap(int capacity) {
            keys = new long[Math.max(4, capacity)];
            values = new int[keys.length];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!less(key, value, keys[parent], values[parent])) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            size--;
            long key = keys[size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(keys[child + 1], values[child + 1], keys[child], values[child])) {
                    child++;
                }
                if (!less(keys[child], values[child], key, value)) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }

        private static boolean less(long k1, int v1, long k2, int v2) {
            return k1 < k2 || (k1 == k2 && v1 < v2);
        }
    }
}
