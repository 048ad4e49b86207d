package io.github.entraide.benchmarks;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.TopCandidates;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The peer a user would pick instead of Entraide's SQL candidate source: PostGIS, hand-written. The
 * same offers in a table of their own ({@code postgis_offer}: the adapter's offer columns plus a
 * {@code geography(Point, 4326)} column under a GiST index), queried the way the PostGIS manual
 * recommends for nearest neighbours: {@code ORDER BY geog <-> point LIMIT n}, an index-ordered
 * (KNN) scan, in pages. Each page's rows are ranked by the same {@link MatchingPolicy} in Java, so
 * that the answer is the same top 10 (load and recency are part of the cost, which no index orders
 * by); the next page is read only while an offer farther away could still enter, by the policy's
 * {@link MatchingPolicy#minimumCost(double) least cost} at the page's last distance, and lies
 * within the largest radius of the offers. No {@code ST_DWithin}: with it, PostgreSQL 15 estimates
 * few rows and prefers a bitmap scan of every offer within the largest radius (58,000 in Paris,
 * half a second) to the KNN scan.
 *
 * <p>PostGIS's {@code <->} and {@code ST_Distance(…, false)} on geography are spherical with the
 * mean Earth radius (6,371,008.8 m), as Entraide's haversine; the two may still differ in the last
 * bits, so the page bound keeps a margin of one metre and the policy decides with its own
 * distance. {@code BenchmarkPeersAgreeJdbcTest} checks that the answers are
 * the adapter's. Thread-safe; holds no connection between calls.
 */
final class PostgisCandidates {
    /** The table of the peer, in the benchmark's schema. */
    static final String TABLE = "postgis_offer";
    private static final int FIRST_PAGE = 64;
    /** One metre, in km: the margin between PostGIS's spherical distance and the haversine. */
    private static final double MARGIN_KM = 0.001;

    private final DataSource dataSource;
    private final String pageSql;

    PostgisCandidates(DataSource dataSource) {
        this.dataSource = dataSource;
        String point = "ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography";
        this.pageSql = "SELECT " + PlainJdbcCandidates.OFFER_COLUMNS + ", ST_Distance(geog, q.p, false) / 1000"
                + " FROM " + TABLE + ", (SELECT " + point + " AS p) q"
                + " WHERE territory_id = ? AND category_id = ? AND status = ?"
                + " ORDER BY geog <-> q.p LIMIT ?";
    }

    /**
     * Whether PostGIS can be used in the database: its extension is created (in schema {@code public})
     * if the server has the package.
     *
     * @param baseUrl the database's JDBC URL
     * @return empty if PostGIS is ready, or why not
     */
    static Optional<String> unavailable(String baseUrl) {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'postgis'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return Optional.of("the PostGIS extension is not installed on the server (Debian:"
                            + " apt-get install postgresql-<version>-postgis-3)");
                }
            }
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostGIS could not be enabled: " + e.getMessage());
        }
    }

    /**
     * The URL of a schema with {@code public} (where PostGIS lives) on the search path.
     *
     * @param baseUrl the database's JDBC URL
     * @param schema the benchmark's schema
     * @return the URL
     */
    static String url(String baseUrl, String schema) {
        return JdbcBenchData.schemaUrl(baseUrl, schema + ",public");
    }

    /**
     * Builds the peer's table from the adapter's offer table of the same schema, unless it already
     * holds as many rows (a reload of the offers drops it: {@link JdbcBenchData}).
     *
     * @param url a URL from {@link #url}
     * @return seconds spent building, 0 when reused
     * @throws SQLException if the database fails
     */
    static double ensureTable(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            long offers;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM entraide_offer")) {
                rs.next();
                offers = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + TABLE + "') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
                        count.next();
                        if (count.getLong(1) == offers) {
                            return 0;
                        }
                    }
                }
            }
            long start = System.nanoTime();
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " AS SELECT " + PlainJdbcCandidates.OFFER_COLUMNS
                    + ", ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography AS geog FROM entraide_offer");
            s.execute("ALTER TABLE " + TABLE + " ADD PRIMARY KEY (territory_id, id)");
            s.execute("CREATE INDEX " + TABLE + "_geog_ix ON " + TABLE + " USING gist (geog)");
            s.execute("VACUUM (ANALYZE) " + TABLE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "[jdbc bench] built %s (%d offers, GiST) in %.1f s%n", TABLE, offers,
                    seconds);
            return seconds;
        }
    }

    /**
     * The top candidates of a request, as the adapter's source returns them.
     *
     * @param request the request
     * @param maxRadiusKm the largest radius of the offers (what a PostGIS user knows of their data)
     * @param policy the policy
     * @param environment the environment
     * @param limit how many
     * @return the candidates, best first
     * @throws SQLException if the database fails
     */
    List<Candidate> topCandidates(HelpRequest request, double maxRadiusKm, MatchingPolicy policy,
            MatchingEnvironment environment, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (c.getTransactionIsolation() != Connection.TRANSACTION_REPEATABLE_READ) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setReadOnly(true);
            try {
                TopCandidates top = new TopCandidates(limit);
                search(c, request, maxRadiusKm, policy, environment, top);
                c.commit();
                return top.sorted();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Pages of nearest offers, each twice as long as the one before and read again from the nearest
     * (no OFFSET: equal distances may come in any order), the offers already ranked skipped.
     */
    private void search(Connection c, HelpRequest request, double maxRadiusKm, MatchingPolicy policy,
            MatchingEnvironment environment, TopCandidates top) throws SQLException {
        java.util.Set<String> ranked = new java.util.HashSet<>();
        boolean radiusBound = policy.limitsDistanceToOfferRadius();
        for (int page = FIRST_PAGE;; page *= 2) {
            int rows = 0;
            double lastKm = 0;
            try (PreparedStatement ps = c.prepareStatement(pageSql)) {
                ps.setDouble(1, request.point().longitude());
                ps.setDouble(2, request.point().latitude());
                ps.setString(3, request.territoryId().value());
                ps.setString(4, request.categoryId().value());
                ps.setString(5, OfferStatus.PUBLISHED.name());
                ps.setInt(6, page);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        lastKm = rs.getDouble(19);
                        if (ranked.add(rs.getString(2))) {
                            HelpOffer offer = PlainJdbcCandidates.offer(rs);
                            policy.evaluate(request, offer, environment).ifPresent(top::offer);
                        }
                    }
                }
            }
            if (rows < page) {
                return; // every offer of the partition was read
            }
            double unseenKm = Math.max(0, lastKm - MARGIN_KM); // every offer not read is at least this far
            if (radiusBound && unseenKm > maxRadiusKm) {
                return;
            }
            if (top.full() && policy.minimumCost(unseenKm) > top.worstCost()) {
                return;
            }
        }
    }
}
