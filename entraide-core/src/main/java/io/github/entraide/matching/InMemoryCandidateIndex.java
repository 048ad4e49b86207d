package io.github.entraide.matching;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.Territory;
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
 * {@link StandardFilters#RADIUS}, or when every occupied cell was visited. Offers within visited
 * cells whose own distance bound already exceeds the current {@code limit}-th cost are skipped before
 * their filters run. For remote help, where distance does not matter, it scans the partition with a
 * bounded heap. A policy whose scorers do not reward nearness therefore degrades to a scan of the
 * partition, never to a wrong answer.
 *
 * <p><b>Grid.</b> Cells are {@code cellDegrees} of latitude by {@code cellDegrees} of longitude
 * (default 0.02°: about 2.2 km × 1.6 km at 45° N). Distances are the offers' own haversine
 * distances; the lower bounds of unvisited regions are exact spherical bounds (latitude bands, and
 * the distance to a meridian's great circle), so the grid stays exact at any latitude, and across the
 * antimeridian.
 *
 * <p><b>Memory.</b> The index references the offers (which the storage holds anyway) and adds, per
 * published offer, one entry of a {@code HashMap<OfferId, HelpOffer>} (about 32 bytes for the node and
 * 5–11 for its table slot) and one slot of its cell's array (4–8 bytes with growth slack, compressed
 * references), plus the cells themselves (about 40 bytes each, shared by the offers of a cell): about
 * 50–60 bytes per indexed helper, well under 120. (Estimated from the JVM's object layout with
 * compressed references, not measured by a test.) Offers that are no longer published keep only
 * their map entry, so that an out-of-order older version cannot resurrect them.
 *
 * <p><b>Updates and threads.</b> {@link #accept(HelpOffer)} records the latest version of an offer,
 * ignoring any version older than the one held, and is meant as an
 * {@link InMemoryStorage#addOfferListener offer listener}; {@link #load(Collection)} and
 * {@link #rebuild(Collection)} fill it in bulk. Each partition has a read-write lock: queries run
 * concurrently with each other, a write waits for the queries of its partition.
 */
public final class InMemoryCandidateIndex implements CandidateSource {
    /** Default side of a cell, in degrees. */
    public static final double DEFAULT_CELL_DEGREES = 0.02;

    // Lower bounds are shrunk by this much (km) against rounding in the haversine formula.
    private static final double SLACK_KM = 1e-7;

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
        MatchingPolicy.TopK top = new MatchingPolicy.TopK(limit);
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
            MatchingEnvironment environment, MatchingPolicy.TopK top) {
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
            MatchingEnvironment environment, MatchingPolicy.TopK top) {
        GeoPoint at = request.point();
        int row0 = row(at.latitude());
        int col0 = col(at.longitude());
        boolean radiusBound = policy.limitsDistanceToOfferRadius();
        for (int ring = 0;; ring++) {
            int rowLo = Math.max(row0 - ring, p.minRow);
            int rowHi = Math.min(row0 + ring, p.maxRow);
            for (int r = rowLo; r <= rowHi; r++) {
                boolean edgeRow = r == row0 - ring || r == row0 + ring;
                if (edgeRow) {
                    int colLo = Math.max(col0 - ring, p.minCol);
                    int colHi = Math.min(col0 + ring, p.maxCol);
                    for (int c = colLo; c <= colHi; c++) {
                        visit(p.cells.get(key(r, c)), request, category, policy, environment, top);
                    }
                } else {
                    if (col0 - ring >= p.minCol && col0 - ring <= p.maxCol) {
                        visit(p.cells.get(key(r, col0 - ring)), request, category, policy, environment, top);
                    }
                    if (ring > 0 && col0 + ring >= p.minCol && col0 + ring <= p.maxCol) {
                        visit(p.cells.get(key(r, col0 + ring)), request, category, policy, environment, top);
                    }
                }
            }
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

    private static void visit(Cell cell, HelpRequest request, HelpCategory category, MatchingPolicy policy,
            MatchingEnvironment environment, MatchingPolicy.TopK top) {
        if (cell == null) {
            return;
        }
        GeoPoint at = request.point();
        for (int i = 0; i < cell.size; i++) {
            HelpOffer offer = cell.offers[i];
            double d = at.distanceKm(offer.point());
            if (top.full() && policy.minimumCost(d) > top.worstCost()) {
                continue; // its cost is at least that bound: it can neither enter nor tie
            }
            Candidate c = policy.evaluate(request, category, offer, d, environment);
            if (c != null) {
                top.offer(c);
            }
        }
    }

    /**
     * A lower bound of the great-circle distance from a point inside the block of cells
     * [rowLo..rowHi] × [colLo..colHi] to any point outside it (and inside the partition's bounds).
     */
    private double minDistanceOutside(GeoPoint at, int rowLo, int rowHi, int colLo, int colHi, Partition p) {
        double lat = at.latitude();
        double lon = at.longitude();
        double best = Double.POSITIVE_INFINITY;
        // Any point south of the block's southern edge is at least that many degrees of meridian away.
        if (rowLo > p.minRow) {
            best = Math.min(best, Math.toRadians(lat - (rowLo * cellDegrees - 90)));
        }
        if (rowHi < p.maxRow) {
            best = Math.min(best, Math.toRadians(((rowHi + 1) * cellDegrees - 90) - lat));
        }
        if (colLo > p.minCol || colHi < p.maxCol) {
            // Longitude gap to the block's nearer east/west edge, unwrapped, and the smallest gap the
            // far side of the partition can have through the antimeridian.
            double gap = Double.POSITIVE_INFINITY;
            if (colLo > p.minCol) {
                gap = Math.min(gap, lon - (colLo * cellDegrees - 180));
            }
            if (colHi < p.maxCol) {
                gap = Math.min(gap, ((colHi + 1) * cellDegrees - 180) - lon);
            }
            double widest = Math.max(lon - (p.minCol * cellDegrees - 180), ((p.maxCol + 1) * cellDegrees - 180) - lon);
            gap = Math.min(gap, 360 - widest);
            gap = Math.max(0, Math.min(gap, 90));
            // Distance from the point to the great circle of a meridian gap degrees away.
            double s = Math.cos(Math.toRadians(lat)) * Math.sin(Math.toRadians(gap));
            best = Math.min(best, Math.asin(Math.min(1, Math.max(0, s))));
        }
        if (best == Double.POSITIVE_INFINITY) {
            return best;
        }
        return Math.max(0, best * GeoPoint.EARTH_RADIUS_KM * (1 - 1e-12) - SLACK_KM);
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

    /** The published offers of one grid cell, in a compact array. */
    private static final class Cell {
        HelpOffer[] offers = new HelpOffer[2];
        int size;

        void add(HelpOffer offer) {
            if (size == offers.length) {
                offers = java.util.Arrays.copyOf(offers, size * 2);
            }
            offers[size++] = offer;
        }

        boolean remove(OfferId id) {
            for (int i = 0; i < size; i++) {
                if (offers[i].id().equals(id)) {
                    offers[i] = offers[--size];
                    offers[size] = null;
                    return true;
                }
            }
            return false;
        }
    }
}
