package io.github.entraide.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.internal.Json;
import io.github.entraide.jdbc.JdbcStorage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The PostgreSQL data of the JDBC benchmarks: {@link BenchData#offers(int, long) the offers} (seed
 * 42) stored in the tables of a {@link JdbcStorage} (default prefix), in a schema of their own per
 * size ({@code entraide_bench_1m} for 1,000,000 helpers). Loading goes around the adapter, with
 * {@code COPY} into its offer table, writing each column exactly as the adapter writes it
 * ({@code BenchmarkPeersAgreeJdbcTest} compares the rows with those the adapter inserts); a marker
 * table records a finished load, so that later runs reuse the data instead of loading it again.
 */
public final class JdbcBenchData {
    /** The environment variable holding the JDBC URL of the benchmark database. */
    public static final String URL_VARIABLE = "ENTRAIDE_TEST_PG_URL";
    /** The seed of the offers. */
    public static final long SEED = 42;
    /** Changes when what is loaded changes, so that an older load is replaced. */
    private static final String DATA_VERSION = "offers-v1";
    private static final String MARKER = "entraide_bench_loaded";
    private static final int CHUNK = 20_000;

    /** The offer columns as the adapter writes them (insert), plus the grid cell. */
    static final String COPY_COLUMNS = "territory_id, id, helper_id, category_id, location, latitude, longitude,"
            + " radius_km, availability, languages, capacity, load, free_text, status, created_at, updated_at,"
            + " last_helped_at, version, cell_row, cell_col";

    private JdbcBenchData() {
    }

    /**
     * A loaded schema.
     *
     * @param url the JDBC URL of the schema
     * @param helpers how many offers it holds
     * @param loadSeconds how long the load took, in seconds, when it was done
     * @param reused whether this call found the data already there
     */
    public record Loaded(String url, int helpers, double loadSeconds, boolean reused) {
    }

    /**
     * The configured JDBC URL, or an exception saying how to set it.
     *
     * @return the URL
     */
    public static String requireUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: the JDBC benchmarks need PostgreSQL (set it to"
                    + " a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/entraide_bench?user=postgres)");
        }
        return url.strip();
    }

    /**
     * The schema of a size: {@code entraide_bench_1m}, {@code entraide_bench_100k}, or
     * {@code entraide_bench_<n>}.
     *
     * @param helpers how many offers
     * @return the schema name
     */
    static String schema(int helpers) {
        if (helpers % 1_000_000 == 0) {
            return "entraide_bench_" + helpers / 1_000_000 + "m";
        }
        if (helpers % 1_000 == 0) {
            return "entraide_bench_" + helpers / 1_000 + "k";
        }
        return "entraide_bench_" + helpers;
    }

    static String schemaUrl(String baseUrl, String schema) {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * Makes sure the schema of a size holds the offers: migrates it, then reuses a finished load
     * or loads the offers again (COPY, then VACUUM ANALYZE).
     *
     * @param baseUrl the database's JDBC URL
     * @param helpers how many offers
     * @return the loaded schema
     * @throws SQLException if the database fails
     */
    public static Loaded ensureLoaded(String baseUrl, int helpers) throws SQLException {
        String schema = schema(helpers);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        String url = schemaUrl(baseUrl, schema);
        JdbcStorage.builder(new DriverDataSource(url)).migrateOnStart(true).build();
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + MARKER + " (data_version VARCHAR(64) NOT NULL,"
                        + " helpers INTEGER NOT NULL, load_seconds DOUBLE PRECISION NOT NULL)");
            }
            double previous = finishedLoad(c, helpers);
            if (previous >= 0) {
                System.out.printf(Locale.ROOT, "[jdbc bench] reusing %d offers in schema %s (loaded in %.1f s)%n",
                        helpers, schema, previous);
                return new Loaded(url, helpers, previous, true);
            }
            long start = System.nanoTime();
            List<HelpOffer> offers = BenchData.offers(helpers, SEED);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit = off");
                s.execute("DELETE FROM " + MARKER);
                s.execute("TRUNCATE " + JdbcStorage.DEFAULT_PREFIX + "offer");
                s.execute("DROP TABLE IF EXISTS " + PostgisCandidates.TABLE); // rebuilt from the new offers
            }
            copy(c, JdbcStorage.DEFAULT_PREFIX, offers);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM (ANALYZE) " + JdbcStorage.DEFAULT_PREFIX + "offer");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + MARKER
                    + " (data_version, helpers, load_seconds) VALUES (?, ?, ?)")) {
                ps.setString(1, DATA_VERSION);
                ps.setInt(2, helpers);
                ps.setDouble(3, seconds);
                ps.executeUpdate();
            }
            System.out.printf(Locale.ROOT, "[jdbc bench] loaded %d offers into schema %s in %.1f s%n", helpers,
                    schema, seconds);
            return new Loaded(url, helpers, seconds, false);
        }
    }

    /** The load time of a finished load of this size and data version, or -1. */
    private static double finishedLoad(Connection c, int helpers) throws SQLException {
        double seconds = -1;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT data_version, helpers, load_seconds FROM " + MARKER)) {
            if (rs.next() && DATA_VERSION.equals(rs.getString(1)) && rs.getInt(2) == helpers) {
                seconds = rs.getDouble(3);
            }
        }
        if (seconds < 0) {
            return -1;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + JdbcStorage.DEFAULT_PREFIX + "offer")) {
            rs.next();
            return rs.getLong(1) == helpers ? seconds : -1;
        }
    }

    /**
     * Writes offers into the offer table of a prefix with COPY, in the current transaction.
     *
     * @param c a PostgreSQL connection
     * @param prefix the table prefix
     * @param offers the offers (written at version 1, as the adapter's insert does)
     * @throws SQLException if the database fails
     */
    static void copy(Connection c, String prefix, List<HelpOffer> offers) throws SQLException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY " + prefix + "offer (" + COPY_COLUMNS + ") FROM STDIN WITH (FORMAT csv)";
        StringBuilder rows = new StringBuilder(CHUNK * 400);
        CopyIn in = copy.copyIn(sql);
        try {
            for (int i = 0; i < offers.size(); i++) {
                row(rows, offers.get(i));
                if ((i + 1) % CHUNK == 0 || i == offers.size() - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One CSV row: strings quoted (an unquoted empty field is NULL), numbers as Java prints them. */
    static void row(StringBuilder b, HelpOffer o) {
        quoted(b, o.territoryId().value()).append(',');
        quoted(b, o.id().value()).append(',');
        quoted(b, o.helperId().value()).append(',');
        quoted(b, o.categoryId().value()).append(',');
        quoted(b, json(o.location())).append(',');
        b.append(o.point().latitude()).append(',');
        b.append(o.point().longitude()).append(',');
        b.append(o.radiusKm()).append(',');
        quoted(b, json(o.availability())).append(',');
        quoted(b, json(new ArrayList<>(new TreeSet<>(o.languages())))).append(',');
        b.append(o.capacity()).append(',');
        b.append(o.load()).append(',');
        quoted(b, o.freeText()).append(',');
        quoted(b, o.status().name()).append(',');
        b.append(nanos(o.createdAt())).append(',');
        b.append(nanos(o.updatedAt())).append(',');
        o.lastHelpedAt().ifPresent(t -> b.append(nanos(t)));
        b.append(",1,");
        b.append(PlainJdbcCandidates.row(o.point().latitude())).append(',');
        b.append(PlainJdbcCandidates.col(o.point().longitude())).append('\n');
    }

    static StringBuilder quoted(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                b.append('"');
            }
            b.append(ch);
        }
        return b.append('"');
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of " + value.getClass().getSimpleName(), e);
        }
    }

    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    /**
     * The pool both sides of the JDBC benchmarks use: HikariCP with the settings of the examples'
     * production wiring (10 connections, defaults otherwise).
     *
     * @param url the JDBC URL
     * @return the pool, to close
     */
    public static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /**
     * A data source opening a connection per call, for migrations and loading.
     *
     * @param url the JDBC URL
     * @return the data source
     */
    static DataSource dataSource(String url) {
        return new DriverDataSource(url);
    }

    /** A data source opening a connection per call, for migrations and loading. */
    private record DriverDataSource(String url) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
