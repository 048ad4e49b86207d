package io.github.entraide.matching;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.Territory;
import io.github.entraide.internal.GridBounds;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.spi.CandidateSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link CandidateSource} over a spatial grid of published offers, partitioned by territory and
 * category, kept current as offers change. Its results are exactly those of
 * {@link BruteForceCandidateSource} over the same offers: same candidates, same order.
 *
 * <p><b>How it stays exact.</b> For in-person help, the search visits rings of grid cells around
 * the request. After each ring it computes the least distance from the request to any cell not yet
 * visited, and asks the policy for the least cost a candidate that far could have
 * ({@link MatchingPolicy#minimumCost(double)}, from each scorer's
 * {@link CandidateScorer#minimumCost(double) bound}). It stops when the {@code limit}-th best cost so
 * far is strictly below that bound (no unseen offer can enter or tie), when the unseen region lies
 * beyond the largest radius of the partition's offers and the policy holds
 * {@link StandardFilters#RADIUS}, or when every occupied cell was visited. When the rings would
 * look up more (mostly empty) cells than the partition occupies, it visits the remaining occupied
 * cells directly instead. Within visited cells, offers are ordered by a cheap lower bound of their
 * distance (the chord between unit vectors) and evaluated nearest first; once that bound's cost
 * exceeds the current {@code limit}-th cost, the rest are skipped before their filters run or their
 * exact distance is computed. For remote help, where distance does not matter, it scans the partition with a
 * bounded heap. A policy whose scorers do not reward nearness therefore degrades to a scan of the
 * partition, never to a wrong answer.
 *
 * <p><b>Grid.</b> Cells are {@code cellDegrees} of latitude by {@code cellDegrees} of longitude
 * (default 0.01°: about 1.1 km × 0.8 km at 45° N). Distances are the offers' own haversine
 * distances; the lower bounds of unvisited regions are exact spherical bounds (latitude bands, and
 * the distance to a meridian's great circle), so the grid stays exact at any latitude, and across the
 * antimeridian.
 *
 * <p><b>Memory.</b> The index references the offers (which the storage holds anyway) and adds, per
 * published offer, one entry of a {@code HashMap<OfferId, HelpOffer>} (about 32 bytes for the node and
 * 5–11 for its table slot) and one slot of its cell's arrays (a reference and three floats: 16 bytes,
 * up to 32 with growth slack), plus the cells themselves: measured at about 83 bytes per indexed
 * helper (100,000 offers around Grenoble, default cells, heap difference after a full GC), under the
 * 120-byte goal. Offers that are no longer published keep only their map entry, so that an
 * out-of-order older version cannot resurrect them.
 *
 * <p><b>Updates and threads.</b> {@link #accept(HelpOffer)} records the latest version of an offer,
 * ignoring any version older than the one held, and is meant as an
 * {@link InMemoryStorage#addOfferListener offer listener}; {@link #load(Collection)} and
 * {@link #rebuild(Collection)} fill it in bulk. Each partition has a read-write lock: queries run
 * concurrently with each other, a write waits for the queries of its partition.
 */
public final class InMemoryCandidateIndex implements CandidateSource {
    /** Default side of a cell, in degrees. */
    public static final double DEFAULT_CELL_DEGREES = 0.01;

    private final double cellDegrees;
    private final ConcurrentHashMap<PartitionKey, Partition> partitions = new ConcurrentHashMap<>();

    /** An empty index with the default cells. */
    public InMemoryCandidateIndex() {
        this(DEFAULT_CELL_DEGREES);
    }

    /**
     * An empty index.
     *
     * @param cellDegrees the side of a cell in degrees, from 0.001 to 10
     */
    public InMemoryCandidateIndex(double cellDegrees) {
        if (!(cellDegrees >= 0.001 && cellDegrees <= 10)) {
            throw new IllegalArgumentException("cellDegrees must be from 0.001 to 10, was " + cellDegrees);
        }
        this.cellDegrees = cellDegrees;
    }

    /**
     * An index of every offer of a storage, kept current by an offer listener. The listener is
     * registered before the offers are read, and older versions are ignored, so no change is lost.
     *
     * @param storage the storage
     * @return the index
     */
    public static InMemoryCandidateIndex attachedTo(InMemoryStorage storage) {
        Objects.requireNonNull(storage, "storage");
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        storage.addOfferListener(index::accept);
        index.load(storage.inTransaction(tx -> {
            List<HelpOffer> all = new java.util.ArrayList<>();
            for (Territory t : tx.territories().all()) {
                all.addAll(tx.offers().all(t.id()));
            }
            return all;
        }));
        return index;
    }

    /**
     * Records an offer's latest version: indexes it if published, drops it from the grid if not.
     * A version older than the one held is ignored.
     *
     * @param offer the offer, as stored
     */
    public void accept(HelpOffer offer) {
        Objects.requireNonNull(offer, "offer");
        Partition p = partitions.computeIfAbsent(new PartitionKey(offer.territoryId(), offer.categoryId()),
                k -> new Partition());
        p.lock.writeLock().lock();
        try {
            p.put(offer);
        } finally {
            p.lock.writeLock().unlock();
        }
    }

    /**
     * Records many offers, as {@link #accept(HelpOffer)} does one by one.
     *
     * @param offers the offers
     */
    public void load(Collection<HelpOffer> offers) {
        Objects.requireNonNull(offers, "offers");
        for (HelpOffer offer : offers) {
            accept(offer);
        }
    }

    /**
     * Forgets everything, then loads these offers. Queries running meanwhile may see an empty index.
     *
     * @param offers the offers
     */
    public void rebuild(Collection<HelpOffer> offers) {
        Objects.requireNonNull(offers, "offers");
        partitions.clear();
        load(offers);
    }

    /** @return how many published offers the grid holds */
    public int size() {
        int n = 0;
        for (Partition p : partitions.values()) {
            p.lock.readLock().lock();
            try {
                n += p.published;
            } finally {
                p.lock.readLock().unlock();
            }
        }
        return n;
    }

    @Override
    public List<Candidate> topCandidates(HelpRequest request, MatchingPolicy policy, MatchingEnvironment environment,
            int limit) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policy, "policy");
        MatchingPolicy.requirePositive(limit);
        HelpCategory category = MatchingPolicy.categoryOf(request, environment);
        Partition p = partitions.get(new PartitionKey(request.territoryId(), request.categoryId()));
        TopCandidates top = new TopCandidates(limit);
        if (p == null) {
            return top.sorted();
        }
        p.lock.readLock().lock();
        try {
            if (p.published > 0) {
                if (category.isRemote()) {
                    scanAll(p, request, category, policy, environment, top);
                } else {
                    searchRings(p, request, category, policy, environment, top);
                }
            }
        } finally {
            p.lock.readLock().unlock();
        }
        return top.sorted();
    }

    private static void scanAll(Partition p, HelpRequest request, HelpCategory category, MatchingPolicy policy,
            MatchingEnvironment environment, TopCandidates top) {
        GeoPoint at = request.point();
        for (Cell cell : p.cells.values()) {
            for (int i = 0; i < cell.size; i++) {
                HelpOffer offer = cell.offers[i];
                Candidate c = policy.evaluate(request, category, offer, at.distanceKm(offer.point()), environment);
                if (c != null) {
                    top.offer(c);
                }
            }
        }
    }

    private void searchRings(Partition p, HelpRequest request, HelpCategory category, MatchingPolicy policy,
            MatchingEnvironment environment, TopCandidates top) {
        GeoPoint at = request.point();
        int row0 = row(at.latitude());
        int col0 = col(at.longitude());
        boolean radiusBound = policy.limitsDistanceToOfferRadius();
        Search search = new Search(request, category, policy, environment, top);
        // Looking up empty cells costs too: once the rings would cost more lookups than visiting every
        // occupied cell, the rest of the partition is scanned instead (same result, bounded work).
        long lookups = 0;
        long budget = 2L * p.cells.size() + 64;
        for (int ring = 0;; ring++) {
            int rowLo = Math.max(row0 - ring, p.minRow);
            int rowHi = Math.min(row0 + ring, p.maxRow);
            int colLo = Math.max(col0 - ring, p.minCol);
            int colHi = Math.min(col0 + ring, p.maxCol);
            long ringCells = rowHi < rowLo || colHi < colLo ? 0
                    : ring == 0 ? 1 : 2L * (colHi - colLo + 1) + 2L * (rowHi - rowLo + 1);
            if (ring > 0 && lookups + ringCells > budget) {
                int seen = ring - 1;
                for (Map.Entry<Long, Cell> e : p.cells.entrySet()) {
                    long k = e.getKey();
                    int r = (int) (k >> 32);
                    int c = (int) k;
                    if (r < row0 - seen || r > row0 + seen || c < col0 - seen || c > col0 + seen) {
                        search.gather(e.getValue());
                    }
                }
                search.evaluateGathered();
                return;
            }
            lookups += ringCells;
            for (int r = rowLo; r <= rowHi; r++) {
                boolean edgeRow = r == row0 - ring || r == row0 + ring;
                if (edgeRow) {
                    for (int c = colLo; c <= colHi; c++) {
                        search.gather(p.cells.get(key(r, c)));
                    }
                } else {
                    if (col0 - ring >= p.minCol && col0 - ring <= p.maxCol) {
                        search.gather(p.cells.get(key(r, col0 - ring)));
                    }
                    if (ring > 0 && col0 + ring >= p.minCol && col0 + ring <= p.maxCol) {
                        search.gather(p.cells.get(key(r, col0 + ring)));
                    }
                }
            }
            if (ring == 0) {
                continue; // the first ring is gathered with the next: the request may sit at a cell's edge
            }
            search.evaluateGathered();
            if (row0 - ring <= p.minRow && row0 + ring >= p.maxRow && col0 - ring <= p.minCol
                    && col0 + ring >= p.maxCol) {
                return; // every occupied cell was visited
            }
            double unseenKm = minDistanceOutside(at, row0 - ring, row0 + ring, col0 - ring, col0 + ring, p);
            if (radiusBound && unseenKm > p.maxRadiusKm) {
                return;
            }
            if (top.full() && policy.minimumCost(unseenKm) > top.worstCost()) {
                return;
            }
        }
    }

    /**
     * One in-person query. Offers of visited cells are gathered with a cheap lower bound of their
     * distance (the chord between unit vectors stored as floats in the cells), sorted by it, then evaluated nearest first, so that the
     * {@code limit}-th cost drops fast and the rest are cut off by the policy's distance bound; the
     * exact haversine distance is computed only for offers actually evaluated.
     */
    private static final class Search {
        // Float unit vectors put the chord bound within a metre of a true lower bound; keep 10 m.
        private static final double APPROXIMATION_SLACK_KM = 0.01;

        private final HelpRequest request;
        private final HelpCategory category;
        private final MatchingPolicy policy;
        private final MatchingEnvironment environment;
        private final TopCandidates top;
        private final double x;
        private final double y;
        private final double z;
        private long[] order = new long[64]; // (float distance bits << 32) | position in pending
        private HelpOffer[] pending = new HelpOffer[64];
        private int count;

        Search(HelpRequest request, HelpCategory category, MatchingPolicy policy, MatchingEnvironment environment,
                TopCandidates top) {
            this.request = request;
            this.category = category;
            this.policy = policy;
            this.environment = environment;
            this.top = top;
            double lat = Math.toRadians(request.point().latitude());
            double lon = Math.toRadians(request.point().longitude());
            this.x = Math.cos(lat) * Math.cos(lon);
            this.y = Math.cos(lat) * Math.sin(lon);
            this.z = Math.sin(lat);
        }

        void gather(Cell cell) {
            if (cell == null) {
                return;
            }
            double worst = top.worstCost();
            boolean full = top.full();
            for (int i = 0; i < cell.size; i++) {
                // The chord between two points on the sphere is shorter than the arc (2R asin(c/2) >= Rc):
                // a lower bound of the haversine distance, in the same order, with no trigonometry.
                double dx = cell.x[i] - x;
                double dy = cell.y[i] - y;
                double dz = cell.z[i] - z;
                double approx = GeoPoint.EARTH_RADIUS_KM * Math.sqrt(dx * dx + dy * dy + dz * dz);
                float f = (float) approx;
                if (f > approx) {
                    f = Math.nextDown(f);
                }
                if (f < 0) {
                    f = 0;
                }
                if (full && policy.minimumCost(Math.max(0, f - APPROXIMATION_SLACK_KM)) > worst) {
                    continue; // its cost is above the current limit-th: it can neither enter nor tie
                }
                if (count == pending.length) {
                    pending = java.util.Arrays.copyOf(pending, count * 2);
                    order = java.util.Arrays.copyOf(order, count * 2);
                }
                order[count] = ((long) Float.floatToIntBits(f) << 32) | count;
                pending[count++] = cell.offers[i];
            }
        }

        void evaluateGathered() {
            // Non-negative floats order like their bits.
            java.util.Arrays.sort(order, 0, count);
            GeoPoint at = request.point();
            for (int i = 0; i < count; i++) {
                float approx = Float.intBitsToFloat((int) (order[i] >>> 32));
                if (top.full() && policy.minimumCost(Math.max(0, approx - APPROXIMATION_SLACK_KM)) > top.worstCost()) {
                    break; // sorted by distance and the bound never decreases: none of the rest can enter
                }
                HelpOffer offer = pending[(int) order[i]];
                Candidate c = policy.evaluate(request, category, offer, at.distanceKm(offer.point()), environment);
                if (c != null) {
                    top.offer(c);
                }
            }
            java.util.Arrays.fill(pending, 0, count, null);
            count = 0;
        }
    }

    /** {@link GridBounds#minDistanceOutsideKm} on this index's cells. */
    private double minDistanceOutside(GeoPoint at, int rowLo, int rowHi, int colLo, int colHi, Partition p) {
        return GridBounds.minDistanceOutsideKm(at, rowLo, rowHi, colLo, colHi, p.minRow, p.maxRow, p.minCol, p.maxCol,
                index -> index * cellDegrees);
    }

    private int row(double lat) {
        return (int) Math.floor((lat + 90) / cellDegrees);
    }

    private int col(double lon) {
        return (int) Math.floor((lon + 180) / cellDegrees);
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }

    private record PartitionKey(TerritoryId territoryId, CategoryId categoryId) {
    }

    /** The offers of one territory and category. Guarded by {@link #lock}. */
    private final class Partition {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final Map<OfferId, HelpOffer> latest = new HashMap<>();
        final Map<Long, Cell> cells = new HashMap<>();
        int published;
        // Bounds of the occupied cells and largest radius: they only grow, which keeps them safe.
        int minRow = Integer.MAX_VALUE;
        int maxRow = Integer.MIN_VALUE;
        int minCol = Integer.MAX_VALUE;
        int maxCol = Integer.MIN_VALUE;
        double maxRadiusKm;

        void put(HelpOffer offer) {
            HelpOffer old = latest.get(offer.id());
            if (old != null && old.version() > offer.version()) {
                return;
            }
            latest.put(offer.id(), offer);
            if (old != null && old.isPublished()) {
                Cell cell = cells.get(key(row(old.point().latitude()), col(old.point().longitude())));
                if (cell != null && cell.remove(offer.id())) {
                    published--;
                    if (cell.size == 0) {
                        cells.remove(key(row(old.point().latitude()), col(old.point().longitude())));
                    }
                }
            }
            if (offer.isPublished()) {
                int r = row(offer.point().latitude());
                int c = col(offer.point().longitude());
                cells.computeIfAbsent(key(r, c), k -> new Cell()).add(offer);
                published++;
                minRow = Math.min(minRow, r);
                maxRow = Math.max(maxRow, r);
                minCol = Math.min(minCol, c);
                maxCol = Math.max(maxCol, c);
                maxRadiusKm = Math.max(maxRadiusKm, offer.radiusKm());
            }
        }
    }

    /** The published offers of one grid cell, with their points as unit vectors, in compact arrays. */
    private static final class Cell {
        HelpOffer[] offers = new HelpOffer[2];
        float[] x = new float[2];
        float[] y = new float[2];
        float[] z = new float[2];
        int size;

        void add(HelpOffer offer) {
            if (size == offers.length) {
                int n = size * 2;
                offers = java.util.Arrays.copyOf(offers, n);
                x = java.util.Arrays.copyOf(x, n);
                y = java.util.Arrays.copyOf(y, n);
                z = java.util.Arrays.copyOf(z, n);
            }
            double lat = Math.toRadians(offer.point().latitude());
            double lon = Math.toRadians(offer.point().longitude());
            offers[size] = offer;
            x[size] = (float) (Math.cos(lat) * Math.cos(lon));
            y[size] = (float) (Math.cos(lat) * Math.sin(lon));
            z[size] = (float) Math.sin(lat);
            size++;
        }

        boolean remove(OfferId id) {
            for (int i = 0; i < size; i++) {
                if (offers[i].id().equals(id)) {
                    size--;
                    offers[i] = offers[size];
                    x[i] = x[size];
                    y[i] = y[size];
                    z[i] = z[size];
                    offers[size] = null;
                    return true;
                }
            }
            return false;
        }
    }
}
