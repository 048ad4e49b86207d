package io.github.entraide.matching;

import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
 * <p><b>Algorithm.</b> A min-cost flow in which every request sends one unit to a sink, through
 * one of its offers (pair cost, then the fairness penalty of the offer's next place) or through its
 * own "unserved" arc, whose cost {@code U} exceeds any total of pair costs and penalties: minimising
 * {@code cost + U × unserved} is exactly "most requests served, then least cost". It is solved by
 * successive shortest paths on primitive arrays: a greedy pass first gives each request one of its
 * cheapest offers where that keeps the flow optimal (a place costing no penalty; request potential
 * minus its cheapest cost, offer potential 0); Jonker–Volgenant's augmenting row reduction then
 * places more of them by lowering the potentials of single-place offers; each request left is
 * routed along a cheapest residual path found by Dijkstra from it, on Johnson potentials, stopping
 * as soon as the sink is reached and updating the potentials of the settled vertices only.
 * Non-negative reduced costs are kept throughout, so the final flow is optimal.
 *
 * <p><b>Dense components.</b> With {@link #withDenseSolver(double)}, each connected component of
 * the candidate graph whose pairs are at least the given share of its requests × offers is solved
 * instead by a dense linear assignment method (Jonker–Volgenant: augmenting row reduction, then
 * shortest augmenting paths on dense arrays, {@code O(R² M)} in the worst case for {@code R}
 * requests and {@code M} places), on the capacity-expanded matrix (one column per free place,
 * the {@code u}-th place of an offer costing the pair's distance plus that place's penalty) where
 * each request also has a private "unserved" column of cost {@code U}: the same objective, exactly.
 * It is off by default, as the sparse solver measured faster on the dense instances of the
 * benchmark (BENCHMARKS.md).
 *
 * <p>Candidate pairs come from a grid per category (for in-person help under a policy that limits
 * distance to the offer's radius: only offers whose radius may reach the request, checked first by
 * straight-line distance), sorted by cost; the filters of such a pair run only when the solver first
 * looks at it (a pair further than the best path found so far is never looked at). Building the
 * candidates takes {@code O(R · k log k)} for {@code R} requests with {@code k} offers around each
 * ({@code O(R · O)} filter runs without a radius filter or for remote help); routing takes
 * {@code O(E log V)} per request left by the first passes in the worst case ({@code O(R · E log V)}
 * in all), for {@code E} candidate pairs and {@code V} requests and offers, usually far less as each
 * search stops at the nearest free place. Pass the offers of the requests' categories only (for
 * example from a {@code CandidateSource} per request) to keep large batches fast.
 *
 * <p><b>Determinism.</b> Requests and offers are sorted by id; each request's pairs are ordered by
 * cost then offer id; every pass takes requests in id order, and Dijkstra breaks ties by vertex
 * number (requests, then offers, by id). So the same inputs, in any order, give the
 * same output; among equally good assignments, the one returned is the first this order reaches.
 * The dense solver is deterministic too (requests and places in that order), but may return
 * another of the equally good assignments than the sparse one.
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchAssigner {
    private final MatchingPolicy policy;
    private final long fairnessPenaltyMetres;
    /** Components at least this dense go to the dense solver; above 1 (the default): none do. */
    private final double denseMinDensity;

    private BatchAssigner(MatchingPolicy policy, long fairnessPenaltyMetres, double denseMinDensity) {
        this.policy = policy;
        this.fairnessPenaltyMetres = fairnessPenaltyMetres;
        this.denseMinDensity = denseMinDensity;
    }

    /**
     * An assigner with no fairness penalty: distance only.
     *
     * @param policy the policy whose filters decide which pairs are possible
     * @return the assigner
     */
    public static BatchAssigner of(MatchingPolicy policy) {
        return new BatchAssigner(Objects.requireNonNull(policy, "policy"), 0, NO_DENSE_SOLVER);
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
        return new BatchAssigner(policy, metresAtFullLoad, denseMinDensity);
    }

    private static final double NO_DENSE_SOLVER = 2;

    /**
     * This assigner, solving dense connected components with a dense linear assignment method
     * (Jonker–Volgenant) instead of the sparse successive shortest paths. A component is the
     * requests and offers joined by candidate pairs; it is dense when its candidate pairs are at
     * least {@code minDensity} of its requests × offers (and its capacity-expanded matrix, requests
     * × places, fits in 2^25 cells). Same objective, exactly: most requests served, then least cost;
     * among equally good assignments the dense method may return another one.
     *
     * <p>Off by default: on the benchmark's dense instances (every request sees every offer, see
     * BENCHMARKS.md) the sparse solver, which stops each search at the nearest free place, was the
     * faster one; this option is there for instances where measurement says otherwise.
     *
     * @param minDensity from 0 (exclusive) to 1: the least share of possible pairs, 0.5 for example
     * @return a new assigner
     * @throws IllegalArgumentException if {@code minDensity} is not in (0, 1]
     */
    public BatchAssigner withDenseSolver(double minDensity) {
        if (!(minDensity > 0 && minDensity <= 1)) {
            throw new IllegalArgumentException("minDensity must be in (0, 1], was " + minDensity);
        }
        return new BatchAssigner(policy, fairnessPenaltyMetres, minDensity);
    }

    /**
     * @return the least density of a component solved by the dense solver, or empty if it is not
     *     used (the default)
     */
    public java.util.OptionalDouble denseSolverMinDensity() {
        return denseMinDensity > 1 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(denseMinDensity);
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
        for (int i = 1; i < rs.size(); i++) { // sorted: a repeated id is next to itself
            requireDistinct(rs.get(i - 1).id().value(), rs.get(i).id().value(), "requests");
        }
        for (int j = 1; j < os.size(); j++) {
            requireDistinct(os.get(j - 1).id().value(), os.get(j).id().value(), "offers");
        }

        Pairs pairs = candidatePairs(rs, os, environment);
        int no = os.size();
        int[] remaining = new int[no];
        int[] load = new int[no];
        int[] capacity = new int[no];
        for (int j = 0; j < no; j++) {
            HelpOffer o = os.get(j);
            remaining[j] = Math.max(0, o.remainingCapacity());
            load[j] = o.load();
            capacity[j] = o.capacity();
        }
        Solver solver = new Solver(rs.size(), pairs, remaining, load, capacity, fairnessPenaltyMetres,
                denseMinDensity);
        solver.solve();

        List<Assignment> assignments = new ArrayList<>();
        long totalDistance = 0;
        for (int i = 0; i < rs.size(); i++) {
            int j = solver.assigned[i];
            if (j >= 0) {
                assignments.add(new Assignment(rs.get(i).id(), os.get(j).id(), solver.assignedCost[i]));
                totalDistance += solver.assignedCost[i];
            }
        }
        long totalCost = totalDistance;
        for (int j = 0; j < no; j++) {
            for (int u = 1; u <= solver.used[j]; u++) {
                totalCost += solver.penalty(j, u);
            }
        }
        return new BatchResult(assignments, assignments.size(), totalDistance, totalCost);
    }

    /**
     * Every possible (request, offer) pair with its distance in metres, in request order, then by
     * cost and offer. Offers are grouped by category; for in-person help under a policy that limits
     * distance to the offer's radius, only offers in grid cells that can lie within the largest
     * radius are looked at, and only those whose straight-line (chord) distance does not already
     * exceed their radius are evaluated (the others would be refused by the radius filter anyway).
     */
    private Pairs candidatePairs(List<HelpRequest> rs, List<HelpOffer> os, MatchingEnvironment environment) {
        int no = os.size();
        double[] x = new double[no];
        double[] y = new double[no];
        double[] z = new double[no];
        double[] maxChord2 = new double[no];
        java.util.Map<io.github.entraide.domain.CategoryId, CategoryOffers> byCategory = new java.util.HashMap<>();
        for (int j = 0; j < no; j++) {
            HelpOffer o = os.get(j);
            if (o.remainingCapacity() <= 0) {
                continue;
            }
            double lat = Math.toRadians(o.point().latitude());
            double lon = Math.toRadians(o.point().longitude());
            x[j] = Math.cos(lat) * Math.cos(lon);
            y[j] = Math.cos(lat) * Math.sin(lon);
            z[j] = Math.sin(lat);
            // On the unit sphere, an arc a has chord 2·sin(a/2); the haversine h is (chord/2)².
            double half = Math.min(o.radiusKm() / (2 * io.github.entraide.domain.GeoPoint.EARTH_RADIUS_KM),
                    Math.PI / 2);
            double chord = 2 * Math.sin(half);
            maxChord2[j] = chord * chord * (1 + 1e-6) + 1e-12; // a generous margin for rounding
            byCategory.computeIfAbsent(o.categoryId(), k -> new CategoryOffers()).add(j, o);
        }
        boolean spatial = policy.limitsDistanceToOfferRadius();
        HelpCategory[] categories = new HelpCategory[rs.size()];
        Pairs pairs = new Pairs(rs.size(), (i, j, km) -> policy.allows(rs.get(i), categories[i], os.get(j), km,
                environment));
        double[] kmByOffer = new double[no];
        IntList found = new IntList();
        long[] keys = new long[16];
        for (int i = 0; i < rs.size(); i++) {
            pairs.rowStart[i] = pairs.size;
            HelpRequest r = rs.get(i);
            HelpCategory category = MatchingPolicy.categoryOf(r, environment);
            categories[i] = category;
            CategoryOffers same = byCategory.get(r.categoryId());
            if (same == null) {
                continue;
            }
            boolean near = spatial && !category.isRemote();
            found.size = 0;
            if (!near || !same.nearby(r, found)) {
                found.addAll(same.all);
            }
            double lat = Math.toRadians(r.point().latitude());
            double lon = Math.toRadians(r.point().longitude());
            double rx = Math.cos(lat) * Math.cos(lon);
            double ry = Math.cos(lat) * Math.sin(lon);
            double rz = Math.sin(lat);
            int count = 0;
            for (int k = 0; k < found.size; k++) {
                int j = found.values[k];
                if (near) {
                    double dx = rx - x[j];
                    double dy = ry - y[j];
                    double dz = rz - z[j];
                    if (dx * dx + dy * dy + dz * dz > maxChord2[j]) {
                        continue;
                    }
                }
                HelpOffer o = os.get(j);
                double km = r.point().distanceKm(o.point());
                // Near pairs are sorted first and their filters run only if the solver looks at them.
                if (near || policy.allows(r, category, o, km, environment)) {
                    if (count == keys.length) {
                        keys = Arrays.copyOf(keys, count * 2);
                    }
                    kmByOffer[j] = km; // read back below in cost order
                    // metres are below 2^31 (half the Earth's circumference is 2e7 m)
                    keys[count++] = distanceMetres(category, km) << 32 | j;
                }
            }
            Arrays.sort(keys, 0, count);
            for (int k = 0; k < count; k++) {
                int j = (int) keys[k];
                pairs.add(j, keys[k] >>> 32, kmByOffer[j], near ? Pairs.UNKNOWN : Pairs.ALLOWED);
            }
        }
        pairs.rowStart[rs.size()] = pairs.size;
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
        // one-to-one (an odd multiplier), and spread so that Long.hashCode does not collide on row ^ col
        return (((long) row << 32) ^ (col & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(IntList other) {
            if (size + other.size > values.length) {
                values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
        }
    }

    /** The offers of one category with free places, in offer order, and by grid cell. */
    private static final class CategoryOffers {
        final IntList all = new IntList();
        final java.util.Map<Long, IntList> grid = new java.util.HashMap<>();
        double maxRadiusKm;

        void add(int j, HelpOffer o) {
            all.add(j);
            maxRadiusKm = Math.max(maxRadiusKm, o.radiusKm());
            grid.computeIfAbsent(cell(row(o.point().latitude()), col(o.point().longitude())), k -> new IntList())
                    .add(j);
        }

        /**
         * Adds to {@code found} the offers of grid cells that may lie within the largest radius of
         * the request, or returns false (adding nothing) if the cells to look at wrap around a pole
         * or the antimeridian.
         */
        boolean nearby(HelpRequest r, IntList found) {
            double radiusKm = maxRadiusKm;
            double lat = r.point().latitude();
            double lon = r.point().longitude();
            // Great-circle distance is at least R·|Δφ|, and at least 2R·asin(cos φmax · sin(|Δλ|/2)).
            double dLat = Math.toDegrees(radiusKm / io.github.entraide.domain.GeoPoint.EARTH_RADIUS_KM) * 1.01 + 1e-9;
            double maxLat = Math.abs(lat) + dLat;
            if (maxLat >= 89) {
                return false;
            }
            double s = Math.sin(radiusKm / (2 * io.github.entraide.domain.GeoPoint.EARTH_RADIUS_KM))
                    / Math.cos(Math.toRadians(maxLat));
            if (s >= 1) {
                return false;
            }
            double dLon = Math.toDegrees(2 * Math.asin(s)) * 1.01 + 1e-9;
            if (lon - dLon <= -180 || lon + dLon >= 180) {
                return false;
            }
            for (int row = row(lat - dLat); row <= row(lat + dLat); row++) {
                for (int col = col(lon - dLon); col <= col(lon + dLon); col++) {
                    IntList cell = grid.get(cell(row, col));
                    if (cell != null) {
                        found.addAll(cell);
                    }
                }
            }
            return true;
        }
    }

    private static void requireDistinct(String previous, String id, String name) {
        if (previous.equals(id)) {
            throw new IllegalArgumentException(name + " repeat the id " + id);
        }
    }

    /**
     * The candidate pairs in compressed rows: request {@code i}'s pairs are {@code rowStart[i]} to
     * {@code rowStart[i + 1] - 1}, each an offer index, a cost in metres and a distance, by cost then
     * offer. A pair's filters may not have run yet ({@link #UNKNOWN}): {@link #allowed} runs them the
     * first time the solver looks at the pair, as most far pairs are never looked at.
     */
    static final class Pairs {
        static final byte UNKNOWN = 0;
        static final byte ALLOWED = 1;
        static final byte REFUSED = 2;

        /** Whether the policy's filters accept request {@code i} with offer {@code j} at {@code km}. */
        interface Check {
            boolean allows(int i, int j, double km);
        }

        final int[] rowStart;
        private final Check check;
        int[] offer = new int[64];
        long[] cost = new long[64];
        private double[] km = new double[64];
        private byte[] state = new byte[64];
        int size;

        Pairs(int requests, Check check) {
            this.rowStart = new int[requests + 1];
            this.check = check;
        }

        void add(int j, long metres, double distanceKm, byte filtered) {
            if (size == offer.length) {
                offer = Arrays.copyOf(offer, size * 2);
                cost = Arrays.copyOf(cost, size * 2);
                km = Arrays.copyOf(km, size * 2);
                state = Arrays.copyOf(state, size * 2);
            }
            offer[size] = j;
            cost[size] = metres;
            km[size] = distanceKm;
            state[size++] = filtered;
        }

        /** Whether pair {@code e}'s filters have run already. */
        boolean known(int e) {
            return state[e] != UNKNOWN;
        }

        /** Whether pair {@code e} of request {@code i} is possible, running its filters if not done yet. */
        boolean allowed(int i, int e) {
            byte s = state[e];
            if (s == UNKNOWN) {
                s = check.allows(i, offer[e], km[e]) ? ALLOWED : REFUSED;
                state[e] = s;
            }
            return s == ALLOWED;
        }
    }

    /**
     * Successive shortest paths of a transportation problem: every request sends one unit to the
     * sink, either through an offer (pair cost, then the fairness penalty of the offer's next place)
     * or through a private "unserved" arc of cost {@code unserved}, larger than any total of pair
     * costs and penalties, so that the optimum serves as many requests as possible first.
     *
     * <p>Vertices are the requests {@code 0 … nr-1} and the offers {@code nr …}; the sink is
     * implicit. Potentials {@code h} keep every residual reduced cost non-negative. A greedy pass
     * first gives each request one of its cheapest offers when the place costs no penalty (with
     * {@code h(request) = -its cheapest cost} and {@code h(offer) = 0}, which keeps that invariant),
     * the row reduction places more; then each request left is routed along a cheapest path found
     * by Dijkstra from it, which stops as soon as the sink is settled and updates only the
     * potentials of settled vertices.
     */
    static final class Solver {
        private final int nr;
        private final Pairs pairs;
        private final int[] rowStart;
        private final int[] edgeOffer;
        private final long[] edgeCost;
        private final int[] remaining;
        private final int[] load;
        private final int[] capacity;
        private final long penaltyMetres;
        private final double denseMinDensity;
        /** A request displaced to its "unserved" arc: it stays unserved (rerouting it cannot pay). */
        static final int UNSERVED = -2;
        /** Per request: its offer, -1 before it is routed, or {@link #UNSERVED}. */
        final int[] assigned;
        /** Per request: the cost of its pair. */
        final long[] assignedCost;
        /** Per offer: how many places are used now. */
        final int[] used;
        /** Per offer: its requests are {@code slot[slotStart[o]]} to {@code slot[slotStart[o] + used[o] - 1]}. */
        private final int[] slotStart;
        private final int[] slot;
        private final long[] h;
        private final long[] dist;
        private final int[] viaRow; // for an offer vertex: the request that reached it
        private final long[] viaCost; // for an offer vertex: that pair's cost
        private final int[] touched;
        private final int[] settled;
        private final Heap heap;
        private long unserved;

        Solver(int nr, Pairs pairs, int[] remaining, int[] load, int[] capacity, long penaltyMetres,
                double denseMinDensity) {
            this.denseMinDensity = denseMinDensity;
            this.nr = nr;
            this.pairs = pairs;
            this.rowStart = pairs.rowStart;
            this.edgeOffer = pairs.offer;
            this.edgeCost = pairs.cost;
            this.remaining = remaining;
            this.load = load;
            this.capacity = capacity;
            this.penaltyMetres = penaltyMetres;
            int no = remaining.length;
            assigned = new int[nr];
            Arrays.fill(assigned, -1);
            assignedCost = new long[nr];
            used = new int[no];
            int[] degree = new int[no];
            for (int e = 0; e < pairs.size; e++) {
                degree[edgeOffer[e]]++;
            }
            slotStart = new int[no + 1];
            for (int o = 0; o < no; o++) {
                slotStart[o + 1] = slotStart[o] + Math.min(remaining[o], degree[o]);
            }
            slot = new int[slotStart[no]];
            int n = nr + no;
            h = new long[n];
            dist = new long[n];
            Arrays.fill(dist, Long.MAX_VALUE);
            viaRow = new int[no];
            viaCost = new long[no];
            touched = new int[n];
            settled = new int[n];
            heap = new Heap(64);
        }

        /** The fairness penalty of offer {@code o}'s {@code unit}-th newly used place; see placePenalty. */
        long penalty(int o, int unit) {
            return Math.round(penaltyMetres * (double) (load[o] + unit - 1) / capacity[o]);
        }

        void solve() {
            unserved = 1;
            for (int r = 0; r < nr; r++) {
                if (rowStart[r] < rowStart[r + 1]) { // a request's pairs are sorted by cost: its last is its dearest
                    unserved = Math.addExact(unserved, Math.addExact(edgeCost[rowStart[r + 1] - 1], penaltyMetres));
                }
            }
            if (denseMinDensity <= 1) {
                DenseAssignment.solveDenseComponents(nr, pairs, remaining, this::penalty, penaltyMetres,
                        denseMinDensity, assigned, assignedCost, used);
            }
            for (int r = 0; r < nr; r++) {
                if (assigned[r] == -1) { // not in a dense component
                    greedy(r);
                }
            }
            reduceRows();
            for (int r = 0; r < nr; r++) {
                if (assigned[r] == -1 && rowStart[r] < rowStart[r + 1]) {
                    route(r);
                }
            }
        }

        /**
         * Jonker–Volgenant's augmenting row reduction, a cheap auction before the searches: a
         * request left takes the offer of its smallest {@code cost - h(offer)} when that offer has a
         * single place, lowering the offer's potential down to its second smallest value so that
         * every reduced cost stays non-negative, and the request it displaces tries again at once.
         * Requests it cannot place (ties, offers with several places) are left to {@link #route}.
         */
        private void reduceRows() {
            int[] list = new int[nr];
            int count = 0;
            for (int r = 0; r < nr; r++) {
                if (assigned[r] == -1 && rowStart[r] < rowStart[r + 1]) {
                    list[count++] = r;
                }
            }
            long steps = 8L * count;
            for (int k = 0; k < count && steps-- > 0; ) {
                int r = list[k++];
                long u1 = unserved; // the request's own "unserved" arc bounds both
                long u2 = unserved;
                int e1 = -1;
                for (int e = rowStart[r], last = rowStart[r + 1]; e < last; e++) {
                    if (edgeCost[e] >= u2) {
                        break; // offers' potentials are never positive: cost - h(offer) >= cost
                    }
                    if (!pairs.allowed(r, e)) {
                        continue;
                    }
                    long value = edgeCost[e] - h[nr + edgeOffer[e]];
                    if (value < u1) {
                        u2 = u1;
                        u1 = value;
                        e1 = e;
                    } else if (value < u2) {
                        u2 = value;
                    }
                }
                if (e1 < 0) {
                    continue; // no possible pair
                }
                int o = edgeOffer[e1];
                if (u1 < u2 && remaining[o] == 1 && (used[o] == 1 || penalty(o, 1) + h[nr + o] == 0)) {
                    h[nr + o] -= u2 - u1;
                    h[r] = -u2;
                    int displaced = used[o] == 1 ? slot[slotStart[o]] : -1;
                    if (displaced >= 0) {
                        leave(o, displaced);
                        assigned[displaced] = -1;
                        list[--k] = displaced;
                    }
                    take(r, o, edgeCost[e1]);
                } else {
                    h[r] = -u1;
                    if (used[o] < remaining[o] && penalty(o, used[o] + 1) + h[nr + o] == 0) {
                        take(r, o, edgeCost[e1]);
                    }
                }
            }
        }

        private void take(int r, int o, long cost) {
            slot[slotStart[o] + used[o]++] = r;
            assigned[r] = o;
            assignedCost[r] = cost;
        }

        /** Gives {@code r} the first of its cheapest offers with a free place that costs no penalty. */
        private void greedy(int r) {
            int e = rowStart[r];
            int last = rowStart[r + 1];
            while (e < last && !pairs.allowed(r, e)) {
                e++;
            }
            if (e == last) {
                return; // no possible pair: h(r) = 0 keeps the reduced costs non-negative
            }
            long min = edgeCost[e];
            h[r] = -min;
            for (; e < last && edgeCost[e] == min; e++) {
                int o = edgeOffer[e];
                if (used[o] < remaining[o] && penalty(o, used[o] + 1) == 0 && pairs.allowed(r, e)) {
                    slot[slotStart[o] + used[o]++] = r;
                    assigned[r] = o;
                    assignedCost[r] = min;
                    return;
                }
            }
        }

        /** Routes request {@code r0}'s unit along a cheapest residual path to the sink. */
        private void route(int r0) {
            int touchedCount = 0;
            int settledCount = 0;
            heap.clear();
            dist[r0] = 0;
            touched[touchedCount++] = r0;
            heap.push(0, r0);
            long best = unserved + h[r0]; // r0's own "unserved" arc
            int endOffer = -1;
            int endRow = r0;
            while (!heap.isEmpty()) {
                long d = heap.topKey();
                int u = heap.pop();
                if (d > dist[u]) {
                    continue;
                }
                if (d >= best) {
                    break;
                }
                settled[settledCount++] = u;
                if (u < nr) {
                    long hu = h[u];
                    int own = assigned[u];
                    for (int e = rowStart[u], last = rowStart[u + 1]; e < last; e++) {
                        if (d + edgeCost[e] + hu >= best) {
                            break; // offers' potentials are never positive: no later pair can do better
                        }
                        int o = edgeOffer[e];
                        if (o == own) {
                            continue;
                        }
                        int v = nr + o;
                        long nd = d + edgeCost[e] + hu - h[v];
                        if (nd < dist[v] && nd < best && pairs.allowed(u, e)) {
                            if (dist[v] == Long.MAX_VALUE) {
                                touched[touchedCount++] = v;
                            }
                            dist[v] = nd;
                            viaRow[o] = u;
                            viaCost[o] = edgeCost[e];
                            heap.push(nd, v);
                            if (used[o] < remaining[o]) { // a free place: the sink is at most this far
                                long viaFree = nd + penalty(o, used[o] + 1) + h[v];
                                if (viaFree < best) {
                                    best = viaFree;
                                    endOffer = o;
                                }
                            }
                        }
                    }
                    if (u != r0) { // leave the offer and go unserved
                        long end = d + unserved + hu;
                        if (end < best) {
                            best = end;
                            endOffer = -1;
                            endRow = u;
                        }
                    }
                } else {
                    int o = u - nr;
                    long hu = h[u];
                    for (int k = slotStart[o], last = slotStart[o] + used[o]; k < last; k++) {
                        int r = slot[k];
                        long nd = d - assignedCost[r] + hu - h[r];
                        if (nd < dist[r] && nd < best) {
                            if (dist[r] == Long.MAX_VALUE) {
                                touched[touchedCount++] = r;
                            }
                            dist[r] = nd;
                            heap.push(nd, r);
                        }
                    }
                }
            }
            // Potentials: h(v) += dist(v) - best for settled vertices; the others keep theirs, which
            // is the same shift (by -best) as adding min(dist(v), best) to every vertex.
            for (int k = 0; k < settledCount; k++) {
                int v = settled[k];
                h[v] += dist[v] - best;
            }
            for (int k = 0; k < touchedCount; k++) {
                dist[touched[k]] = Long.MAX_VALUE;
            }
            augment(r0, endOffer, endRow);
        }

        /** Shifts every request on the path by one offer, from the end back to {@code r0}. */
        private void augment(int r0, int endOffer, int endRow) {
            int o = endOffer;
            if (o < 0) { // the path ends with endRow going unserved
                if (endRow == r0) {
                    assigned[r0] = UNSERVED;
                    return;
                }
                o = assigned[endRow];
                leave(o, endRow);
                assigned[endRow] = UNSERVED;
            }
            while (true) {
                int r = viaRow[o];
                int previous = assigned[r];
                if (previous >= 0) {
                    leave(previous, r);
                }
                slot[slotStart[o] + used[o]++] = r;
                assigned[r] = o;
                assignedCost[r] = viaCost[o];
                if (r == r0) {
                    return;
                }
                o = previous;
            }
        }

        private void leave(int o, int r) {
            int last = slotStart[o] + --used[o];
            for (int k = slotStart[o]; k <= last; k++) {
                if (slot[k] == r) {
                    slot[k] = slot[last];
                    return;
                }
            }
            throw new IllegalStateException("request " + r + " not in offer " + o);
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
