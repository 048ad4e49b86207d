package io.github.entraide.jdbc;

import io.github.entraide.StorageException;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.internal.GridBounds;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.TopCandidates;
import io.github.entraide.spi.CandidateSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A {@link CandidateSource} reading the published offers of a {@link JdbcStorage} with SQL, without
 * PostGIS: each offer row carries the grid cell of its point ({@code cell_row}, {@code cell_col};
 * cells of 0.01° × 0.01°, about 1.1 km × 0.8 km at 45° N), indexed by a B-tree on (territory,
 * category, status, cell). Its results are exactly those of
 * {@link io.github.entraide.matching.BruteForceCandidateSource} over the same offers: same
 * candidates, same order, same costs.
 *
 * <p><b>How it stays exact.</b> Every candidate is evaluated in Java by the policy itself, on the
 * whole offer row, with the exact (haversine) distance; SQL only chooses which offers to fetch. For
 * in-person help, the search reads square blocks of cells around the request, doubling the block's
 * half-side each time (1, 2, 4, … cells; each query reads the new block minus the one already
 * read). A block is read in two passes. The first reads only each offer's id, point and radius,
 * from a covering index (migration V5; on PostgreSQL an index-only scan, no table page read): the
 * offers beyond their own radius are dropped when the policy holds the standard radius filter,
 * and each other gets the {@link MatchingPolicy#minimumCost(double) least cost} its distance
 * allows. The second fetches whole rows by primary key, least bound first, in batches, only while
 * a bound does not exceed the {@code limit}-th best cost so far (an offer whose bound is above it
 * can neither enter nor tie). After each block it computes a lower bound of the distance from the
 * request to any cell outside it (exact spherical bounds, as
 * {@link io.github.entraide.matching.InMemoryCandidateIndex} does), and stops when the
 * {@code limit}-th best cost so far is strictly below the policy's least cost at that distance,
 * when the unseen region lies beyond the largest radius of the partition's offers and the policy
 * holds the standard radius filter, or when the block covers every occupied cell. Where offers
 * are dense (a city centre holds a few thousand offers per block), the first pass reads compact
 * index entries and the second fetches a few dozen rows, so the cost of a query stays bounded.
 * For remote help, where distance does not matter, it reads the whole partition (territory and
 * category). A policy whose scorers do not reward nearness therefore fetches the whole partition,
 * never giving a wrong answer.
 *
 * <p><b>Consistency.</b> One call is one read-only transaction at REPEATABLE READ, so that its few
 * queries see one state of the offers: on PostgreSQL that level is a snapshot of the whole
 * transaction, and the result reflects the offers at some moment during the call. H2 documents
 * REPEATABLE READ as the JDBC level (rows read stay stable; an offer committed meanwhile may still
 * appear in a later block), so on H2 an offer written during the call may or may not be seen.
 *
 * <p>Thread-safe; holds no connection between calls. Driver failures are {@link StorageException}s.
 */
public final class JdbcCandidateSource implements CandidateSource {
    /** Cells per degree of latitude and of longitude: cells of 0.01°. Fixed by migration V3. */
    static final int CELLS_PER_DEGREE = 100;

    /** The most rows of cells a block query lists one by one; a taller block is read as a range. */
    static final int ROW_LIST_MAX = 64;

    /** The most whole rows the first fetch by primary key asks for; each later fetch asks twice as many. */
    static final int FIRST_FETCH = 32;

    /** The most whole rows one fetch by primary key asks for. */
    static final int FETCH_MAX = 4096;

    private final JdbcStorage storage;

    private JdbcCandidateSource(JdbcStorage storage) {
        this.storage = storage;
    }

    /**
     * A source over the published offers of a storage (migrated to version 3 at least; version 4
     * adds the indexes that keep its first query short on large partitions, version 5 the covering
     * index that keeps its reads of dense areas short).
     *
     * @param storage the storage
     * @return the source
     */
    public static JdbcCandidateSource over(JdbcStorage storage) {
        return new JdbcCandidateSource(Objects.requireNonNull(storage, "storage"));
    }

    /** The grid row of a latitude; computed the same way by migration V3's SQL (IEEE double arithmetic). */
    static int row(double latitude) {
        return (int) Math.floor((latitude + 90) * CELLS_PER_DEGREE);
    }

    /** The grid column of a longitude; computed the same way by migration V3's SQL. */
    static int col(double longitude) {
        return (int) Math.floor((longitude + 180) * CELLS_PER_DEGREE);
    }

    @Override
    public List<Candidate> topCandidates(HelpRequest request, MatchingPolicy policy, MatchingEnvironment environment,
            int limit) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(environment, "environment");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (!request.territoryId().equals(environment.territory().id())) {
            throw new IllegalArgumentException("request " + request.id() + " is not of territory "
                    + environment.territory().id());
        }
        HelpCategory category = environment.territory().catalogue().find(request.categoryId()).orElseThrow(
                () -> new IllegalArgumentException("category " + request.categoryId() + " is not in the catalogue of "
                        + environment.territory().id()));
        // One snapshot for both passes. On PostgreSQL the level is set for this transaction only (one
        // statement, sent with the BEGIN): setting the session's level would cost a round trip to ask
        // it, one to set it and one for the pool to reset it.
        boolean postgres = storage.sqlDialect() == SqlDialect.POSTGRESQL;
        Connection c = postgres ? storage.open("find candidates")
                : storage.open("find candidates", Connection.TRANSACTION_REPEATABLE_READ);
        boolean committed = false;
        try {
            c.setReadOnly(true);
            if (postgres) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                }
            }
            TopCandidates top = new TopCandidates(limit);
            new Search(c, request, policy, environment, top).run(category.isRemote());
            c.commit();
            committed = true;
            return top.sorted();
        } catch (SQLException e) {
            JdbcStorage.rollback(c, e);
            throw new StorageException("find candidates", e);
        } finally {
            if (!committed) {
                JdbcStorage.rollback(c, null);
            }
            JdbcStorage.close(c);
        }
    }

    /** The occupied extent of a partition: its published offers' cells and largest radius. */
    private record Extent(boolean empty, int minRow, int maxRow, int minCol, int maxCol, double maxRadiusKm) {
    }

    /**
     * An offer seen by the first pass, from the covering index (V5): its id and the least cost its
     * distance allows; its row is fetched only if that bound can still enter the top candidates.
     */
    private record Seen(String id, double bound) {
        static final Comparator<Seen> ORDER = Comparator.comparingDouble(Seen::bound)
                .thenComparing(Seen::id);
    }

    /** One query: its connection, request and running best candidates. Not thread-safe. */
    private final class Search {
        private final Connection connection;
        private final HelpRequest request;
        private final MatchingPolicy policy;
        private final MatchingEnvironment environment;
        private final TopCandidates top;
        private final String partition;
        private final boolean radiusBound;
        /** Offers seen but not fetched yet, least bound first. */
        private final PriorityQueue<Seen> pending = new PriorityQueue<>(Seen.ORDER);
        private int fetchSize = FIRST_FETCH;

        Search(Connection connection, HelpRequest request, MatchingPolicy policy, MatchingEnvironment environment,
                TopCandidates top) {
            this.connection = connection;
            this.request = request;
            this.policy = policy;
            this.environment = environment;
            this.top = top;
            this.partition = " FROM " + storage.tables().offer()
                    + " WHERE territory_id = ? AND category_id = ? AND status = ?";
            this.radiusBound = policy.limitsDistanceToOfferRadius();
        }

        private int bindPartition(PreparedStatement ps) throws SQLException {
            return bindPartition(ps, 1);
        }

        /** Binds the partition's three parameters from an index; returns the next index. */
        private int bindPartition(PreparedStatement ps, int from) throws SQLException {
            ps.setString(from, request.territoryId().value());
            ps.setString(from + 1, request.categoryId().value());
            ps.setString(from + 2, OfferStatus.PUBLISHED.name());
            return from + 3;
        }

        void run(boolean remote) throws SQLException {
            if (remote) {
                fetch("SELECT " + JdbcTransaction.OFFER_COLUMNS + partition, ps -> bindPartition(ps));
                return;
            }
            Extent extent = extent();
            if (extent.empty()) {
                return;
            }
            GeoPoint at = request.point();
            int row0 = row(at.latitude());
            int col0 = col(at.longitude());
            int seen = -1; // half-side of the block already read; -1: none
            for (int half = 1;; half = (int) Math.min(2L * half, Integer.MAX_VALUE / 4)) {
                int rowLo = row0 - half;
                int rowHi = row0 + half;
                int colLo = col0 - half;
                int colHi = col0 + half;
                seeBlock(rowLo, rowHi, colLo, colHi, seen, extent);
                fetchPending();
                seen = half;
                if (rowLo <= extent.minRow() && rowHi >= extent.maxRow() && colLo <= extent.minCol()
                        && colHi >= extent.maxCol()) {
                    return; // every occupied cell was read
                }
                double unseenKm = minDistanceOutside(at, rowLo, rowHi, colLo, colHi, extent);
                if (radiusBound && unseenKm > extent.maxRadiusKm()) {
                    return;
                }
                if (top.full() && policy.minimumCost(unseenKm) > top.worstCost()) {
                    return;
                }
            }
        }

        /**
         * First pass over a block of cells minus the block of half-side {@code innerHalf} already read
         * (none when negative): reads each offer's point, radius and id from the covering index (V5),
         * and queues those the policy could accept with the least cost their distance allows. An offer
         * beyond its own radius is left out when the policy holds the standard radius filter (which
         * refuses it, with this very distance). Rows outside the extent hold no offer and are left out.
         * Up to {@value #ROW_LIST_MAX} rows are listed ({@code cell_row = ANY(?)}), so that the
         * database descends the index once per row and reads only the block's columns of each, rather
         * than every cell of the rows in between; more rows are read as one range.
         */
        private void seeBlock(int rowLo, int rowHi, int colLo, int colHi, int innerHalf, Extent extent)
                throws SQLException {
            int firstRow = Math.max(rowLo, extent.minRow());
            int lastRow = Math.min(rowHi, extent.maxRow());
            if (firstRow > lastRow) {
                return;
            }
            GeoPoint at = request.point();
            int row0 = row(at.latitude());
            int col0 = col(at.longitude());
            String select = "SELECT id, latitude, longitude, radius_km" + partition;
            String notInner = " AND NOT (cell_row BETWEEN ? AND ? AND cell_col BETWEEN ? AND ?)";
            String sql;
            JdbcTransaction.Binder binder;
            if (lastRow - firstRow < ROW_LIST_MAX) {
                Integer[] rows = new Integer[lastRow - firstRow + 1];
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = firstRow + r;
                }
                sql = select + " AND cell_row = ANY(?) AND cell_col BETWEEN ? AND ?" + notInner;
                binder = ps -> {
                    int i = bindPartition(ps);
                    ps.setArray(i++, connection.createArrayOf("integer", rows));
                    ps.setInt(i++, colLo);
                    ps.setInt(i++, colHi);
                    bindInner(ps, i, innerHalf, row0, col0);
                };
            } else {
                sql = select + " AND cell_row BETWEEN ? AND ? AND cell_col BETWEEN ? AND ?" + notInner;
                binder = ps -> {
                    int i = bindPartition(ps);
                    ps.setInt(i++, firstRow);
                    ps.setInt(i++, lastRow);
                    ps.setInt(i++, colLo);
                    ps.setInt(i++, colHi);
                    bindInner(ps, i, innerHalf, row0, col0);
                };
            }
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // The distance the policy will compute: the same points, the same function.
                        double km = at.distanceKm(GeoPoint.of(rs.getDouble(2), rs.getDouble(3)));
                        if (radiusBound && km > rs.getDouble(4)) {
                            continue;
                        }
                        double bound = policy.minimumCost(km);
                        if (Double.isNaN(bound)) {
                            bound = Double.NEGATIVE_INFINITY; // no bound: fetch it
                        }
                        if (!top.full() || bound <= top.worstCost()) {
                            pending.add(new Seen(rs.getString(1), bound));
                        }
                    }
                }
            }
        }

        /**
         * Fetches, least bound first, the queued offers whose bound does not exceed the current
         * {@code limit}-th best cost (all of them while fewer candidates are known), and evaluates
         * them; the others can neither enter nor tie, now or later (that cost only falls), and are
         * dropped. Each query fetches a batch by primary key, twice as large as the one before.
         */
        private void fetchPending() throws SQLException {
            while (!pending.isEmpty()) {
                List<String> ids = new ArrayList<>(Math.min(fetchSize, pending.size()));
                while (ids.size() < fetchSize && !pending.isEmpty()
                        && (!top.full() || pending.peek().bound() <= top.worstCost())) {
                    ids.add(pending.poll().id());
                }
                if (ids.isEmpty()) {
                    pending.clear();
                    return;
                }
                fetchSize = Math.min(2 * fetchSize, FETCH_MAX);
                String[] array = ids.toArray(new String[0]);
                fetch("SELECT " + JdbcTransaction.OFFER_COLUMNS + " FROM " + storage.tables().offer()
                        + " WHERE territory_id = ? AND id = ANY(?)", ps -> {
                            ps.setString(1, request.territoryId().value());
                            ps.setArray(2, connection.createArrayOf("varchar", array));
                        });
            }
        }

        /** Binds the inner block, already read, from an index. */
        private static void bindInner(PreparedStatement ps, int from, int innerHalf, int row0, int col0)
                throws SQLException {
            // With nothing read yet, an empty inner block (low above high) excludes nothing.
            ps.setInt(from, innerHalf < 0 ? 1 : row0 - innerHalf);
            ps.setInt(from + 1, innerHalf < 0 ? 0 : row0 + innerHalf);
            ps.setInt(from + 2, col0 - Math.max(innerHalf, 0));
            ps.setInt(from + 3, col0 + Math.max(innerHalf, 0));
        }

        /**
         * The partition's extent, each bound by its own subquery, which the database answers with one
         * probe of an index whose leading columns are the partition and the bound's column (V4, V5).
         */
        private Extent extent() throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT (SELECT MIN(cell_row)" + partition
                    + "), (SELECT MAX(cell_row)" + partition + "), (SELECT MIN(cell_col)" + partition
                    + "), (SELECT MAX(cell_col)" + partition + "), (SELECT MAX(radius_km)" + partition + ")")) {
                for (int i = 0; i < 5; i++) {
                    bindPartition(ps, 3 * i + 1);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int minRow = rs.getInt(1);
                    boolean empty = rs.wasNull();
                    return new Extent(empty, minRow, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5));
                }
            }
        }

        /** Runs a query of whole offer rows and evaluates each offer with the policy. */
        private void fetch(String sql, JdbcTransaction.Binder binder) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        HelpOffer offer = JdbcTransaction.offer(rs);
                        policy.evaluate(request, offer, environment).ifPresent(top::offer);
                    }
                }
            }
        }
    }

    /** {@link GridBounds#minDistanceOutsideKm} on the stored cells, as {@code InMemoryCandidateIndex} does. */
    private static double minDistanceOutside(GeoPoint at, int rowLo, int rowHi, int colLo, int colHi, Extent p) {
        return GridBounds.minDistanceOutsideKm(at, rowLo, rowHi, colLo, colHi, p.minRow(), p.maxRow(), p.minCol(),
                p.maxCol(), index -> (double) index / CELLS_PER_DEGREE);
    }
}
