package io.github.entraide.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.internal.GridBounds;
import io.github.entraide.internal.Json;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.TopCandidates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The peer of {@link io.github.entraide.jdbc.JdbcCandidateSource}: hand-written JDBC issuing the same
 * SQL statements, in the same order, in the same kind of transaction (read-only, REPEATABLE READ),
 * mapping each row to the {@link HelpOffer} the policy needs and ranking with the same policy. It
 * is a copy of the adapter's search without the adapter's layers (argument checks, catalogue
 * lookup, exception translation): what is left of the difference is the adapter's overhead.
 * {@code BenchmarkPeersAgreeJdbcTest} checks that both issue the same statements and return the
 * same candidates. Statement texts below are those of the adapter for the table prefix given.
 */
final class PlainJdbcCandidates {
    /** The adapter's offer columns ({@code JdbcTransaction.OFFER_COLUMNS}). */
    static final String OFFER_COLUMNS = "territory_id, id, helper_id, category_id, location, latitude,"
            + " longitude, radius_km, availability, languages, capacity, load, free_text, status, created_at, updated_at,"
            + " last_helped_at, version";
    private static final int CELLS_PER_DEGREE = 100;
    private static final int ROW_LIST_MAX = 64;
    private static final int FIRST_FETCH = 32;
    private static final int FETCH_MAX = 4096;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final DataSource dataSource;
    private final String partition;
    private final String extentSql;
    private final String remoteSql;
    private final String rowListSql;
    private final String rowRangeSql;
    private final String byIdsSql;

    PlainJdbcCandidates(DataSource dataSource, String tablePrefix) {
        this.dataSource = dataSource;
        this.partition = " FROM " + tablePrefix + "offer WHERE territory_id = ? AND category_id = ? AND status = ?";
        this.extentSql = "SELECT (SELECT MIN(cell_row)" + partition + "), (SELECT MAX(cell_row)" + partition
                + "), (SELECT MIN(cell_col)" + partition + "), (SELECT MAX(cell_col)" + partition
                + "), (SELECT MAX(radius_km)" + partition + ")";
        this.remoteSql = "SELECT " + OFFER_COLUMNS + partition;
        String notInner = " AND NOT (cell_row BETWEEN ? AND ? AND cell_col BETWEEN ? AND ?)";
        String light = "SELECT id, latitude, longitude, radius_km" + partition;
        this.rowListSql = light + " AND cell_row = ANY(?) AND cell_col BETWEEN ? AND ?" + notInner;
        this.rowRangeSql = light + " AND cell_row BETWEEN ? AND ? AND cell_col BETWEEN ? AND ?" + notInner;
        this.byIdsSql = "SELECT " + OFFER_COLUMNS + " FROM " + tablePrefix + "offer WHERE territory_id = ? AND id = ANY(?)";
    }

    static int row(double latitude) {
        return (int) Math.floor((latitude + 90) * CELLS_PER_DEGREE);
    }

    static int col(double longitude) {
        return (int) Math.floor((longitude + 180) * CELLS_PER_DEGREE);
    }

    List<Candidate> topCandidates(HelpRequest request, boolean remote, MatchingPolicy policy,
            MatchingEnvironment environment, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (c.getTransactionIsolation() != Connection.TRANSACTION_REPEATABLE_READ) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setReadOnly(true);
            try {
                TopCandidates top = new TopCandidates(limit);
                search(c, request, remote, policy, environment, top);
                c.commit();
                return top.sorted();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void search(Connection c, HelpRequest request, boolean remote, MatchingPolicy policy,
            MatchingEnvironment environment, TopCandidates top) throws SQLException {
        if (remote) {
            try (PreparedStatement ps = c.prepareStatement(remoteSql)) {
                bindPartition(ps, request);
                read(ps, request, policy, environment, top);
            }
            return;
        }
        boolean empty;
        int minRow;
        int maxRow;
        int minCol;
        int maxCol;
        double maxRadius;
        try (PreparedStatement ps = c.prepareStatement(extentSql)) {
            for (int i = 0; i < 5; i++) {
                bindPartition(ps, request, 3 * i + 1);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                minRow = rs.getInt(1);
                empty = rs.wasNull();
                maxRow = rs.getInt(2);
                minCol = rs.getInt(3);
                maxCol = rs.getInt(4);
                maxRadius = rs.getDouble(5);
            }
        }
        if (empty) {
            return;
        }
        int row0 = row(request.point().latitude());
        int col0 = col(request.point().longitude());
        boolean radiusBound = policy.limitsDistanceToOfferRadius();
        PriorityQueue<Seen> pending = new PriorityQueue<>(Comparator.comparingDouble(Seen::bound).thenComparing(Seen::id));
        int fetchSize = FIRST_FETCH;
        int seen = -1;
        for (int half = 1;; half = (int) Math.min(2L * half, Integer.MAX_VALUE / 4)) {
            int rowLo = row0 - half;
            int rowHi = row0 + half;
            int colLo = col0 - half;
            int colHi = col0 + half;
            int firstRow = Math.max(rowLo, minRow);
            int lastRow = Math.min(rowHi, maxRow);
            if (firstRow <= lastRow) {
                boolean list = lastRow - firstRow < ROW_LIST_MAX;
                try (PreparedStatement ps = c.prepareStatement(list ? rowListSql : rowRangeSql)) {
                    int i = bindPartition(ps, request);
                    if (list) {
                        Integer[] rows = new Integer[lastRow - firstRow + 1];
                        for (int r = 0; r < rows.length; r++) {
                            rows[r] = firstRow + r;
                        }
                        ps.setArray(i++, c.createArrayOf("integer", rows));
                    } else {
                        ps.setInt(i++, firstRow);
                        ps.setInt(i++, lastRow);
                    }
                    ps.setInt(i++, colLo);
                    ps.setInt(i++, colHi);
                    ps.setInt(i++, seen < 0 ? 1 : row0 - seen);
                    ps.setInt(i++, seen < 0 ? 0 : row0 + seen);
                    ps.setInt(i++, col0 - Math.max(seen, 0));
                    ps.setInt(i, col0 + Math.max(seen, 0));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            double km = request.point().distanceKm(GeoPoint.of(rs.getDouble(2), rs.getDouble(3)));
                            if (radiusBound && km > rs.getDouble(4)) {
                                continue;
                            }
                            double bound = policy.minimumCost(km);
                            if (Double.isNaN(bound)) {
                                bound = Double.NEGATIVE_INFINITY;
                            }
                            if (!top.full() || bound <= top.worstCost()) {
                                pending.add(new Seen(rs.getString(1), bound));
                            }
                        }
                    }
                }
            }
            fetchSize = fetchPending(c, request, policy, environment, top, pending, fetchSize);
            seen = half;
            if (rowLo <= minRow && rowHi >= maxRow && colLo <= minCol && colHi >= maxCol) {
                return;
            }
            // The adapter's bound (not JDBC work): the same code, so the comparison is of the JDBC side.
            double unseenKm = GridBounds.minDistanceOutsideKm(request.point(), rowLo, rowHi, colLo, colHi, minRow,
                    maxRow, minCol, maxCol, index -> (double) index / CELLS_PER_DEGREE);
            if (radiusBound && unseenKm > maxRadius) {
                return;
            }
            if (top.full() && policy.minimumCost(unseenKm) > top.worstCost()) {
                return;
            }
        }
    }

    /** An offer seen by the first pass: its id and the least cost its distance allows. */
    private record Seen(String id, double bound) {
    }

    /** The adapter's second pass: whole rows by primary key, least bound first, batches doubling. */
    private int fetchPending(Connection c, HelpRequest request, MatchingPolicy policy, MatchingEnvironment environment,
            TopCandidates top, PriorityQueue<Seen> pending, int fetchSize) throws SQLException {
        int size = fetchSize;
        while (!pending.isEmpty()) {
            List<String> ids = new ArrayList<>();
            while (ids.size() < size && !pending.isEmpty() && (!top.full() || pending.peek().bound() <= top.worstCost())) {
                ids.add(pending.poll().id());
            }
            if (ids.isEmpty()) {
                pending.clear();
                break;
            }
            size = Math.min(2 * size, FETCH_MAX);
            try (PreparedStatement ps = c.prepareStatement(byIdsSql)) {
                ps.setString(1, request.territoryId().value());
                ps.setArray(2, c.createArrayOf("varchar", ids.toArray(new String[0])));
                read(ps, request, policy, environment, top);
            }
        }
        return size;
    }

    private static int bindPartition(PreparedStatement ps, HelpRequest request) throws SQLException {
        return bindPartition(ps, request, 1);
    }

    private static int bindPartition(PreparedStatement ps, HelpRequest request, int from) throws SQLException {
        ps.setString(from, request.territoryId().value());
        ps.setString(from + 1, request.categoryId().value());
        ps.setString(from + 2, OfferStatus.PUBLISHED.name());
        return from + 3;
    }

    private static void read(PreparedStatement ps, HelpRequest request, MatchingPolicy policy,
            MatchingEnvironment environment, TopCandidates top) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                policy.evaluate(request, offer(rs), environment).ifPresent(top::offer);
            }
        }
    }

    /** The row as a {@link HelpOffer}: every field, since the policy reads most and the candidate holds it. */
    static HelpOffer offer(ResultSet rs) throws SQLException {
        long lastHelped = rs.getLong(17);
        Optional<Instant> lastHelpedAt = rs.wasNull() ? Optional.empty() : Optional.of(instant(lastHelped));
        return HelpOffer.reconstitute(OfferId.of(rs.getString(2)), TerritoryId.of(rs.getString(1)),
                MemberId.of(rs.getString(3)), CategoryId.of(rs.getString(4)),
                json(rs.getString(5), CoarseLocation.class), GeoPoint.of(rs.getDouble(6), rs.getDouble(7)),
                rs.getDouble(8), json(rs.getString(9), WeeklyAvailability.class), languages(rs.getString(10)),
                rs.getInt(11), rs.getInt(12), rs.getString(13), OfferStatus.valueOf(rs.getString(14)),
                instant(rs.getLong(15)), instant(rs.getLong(16)), lastHelpedAt, rs.getLong(18));
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static <T> T json(String text, Class<T> type) {
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read JSON of " + type.getSimpleName(), e);
        }
    }

    private static Set<String> languages(String text) {
        try {
            return new TreeSet<>(Json.MAPPER.readValue(text, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read JSON of languages", e);
        }
    }
}
