package io.github.entraide.testkit.contract;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away schema in the PostgreSQL database named by the environment variable
 * {@value #URL_VARIABLE} (a JDBC URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432/entraide_test?user=postgres}, pointing at an empty
 * database that tests may fill), for tests that need PostgreSQL.
 *
 * <p>When the variable is not set, {@link #create()} skips the test (a JUnit assumption, with a
 * line on standard error), except under {@code CI=true} where it fails it: CI must not silently
 * skip PostgreSQL. Each instance creates its own schema, so that test classes never see each
 * other's tables; {@link #close()} drops it. The PostgreSQL driver must be on the test class
 * path (the test kit does not bring it).
 *
 * <p>Thread-safe: {@link #dataSource()} opens a new connection per call (no pool).
 */
public final class PostgresDatabase implements AutoCloseable {

    /** The environment variable holding the JDBC URL of the test database. */
    public static final String URL_VARIABLE = "ENTRAIDE_TEST_PG_URL";

    private final String schema;
    private final String schemaUrl;
    private final String baseUrl;

    private PostgresDatabase(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
        this.schemaUrl = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * The test database's JDBC URL, if {@value #URL_VARIABLE} is set.
     *
     * @return the URL, or empty
     */
    public static Optional<String> configuredUrl() {
        return Optional.ofNullable(System.getenv(URL_VARIABLE)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The test database's JDBC URL; without it, skips the calling test, or fails it when the
     * environment variable {@code CI} is {@code true}.
     *
     * @return the URL
     */
    public static String requireUrl() {
        Optional<String> url = configuredUrl();
        if (url.isPresent()) {
            return url.get();
        }
        String message = URL_VARIABLE + " is not set: PostgreSQL tests cannot run (set it to a JDBC URL such as "
                + "jdbc:postgresql://127.0.0.1:5432/entraide_test?user=postgres)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; CI=true, so this is a failure, not a skip");
        }
        System.err.println("[entraide-testkit] SKIPPED: " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /**
     * Creates a new, empty schema in the test database (see {@link #requireUrl()} when it is
     * not configured).
     *
     * @return the database, to close when done
     */
    public static PostgresDatabase create() {
        String url = requireUrl();
        String schema = "entraide_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        PostgresDatabase db = new PostgresDatabase(url, schema);
        db.execute(url, "CREATE SCHEMA " + schema);
        return db;
    }

    /**
     * The schema's name.
     *
     * @return the name
     */
    public String schema() {
        return schema;
    }

    /**
     * The JDBC URL of the schema (the configured URL with {@code currentSchema} set).
     *
     * @return the URL
     */
    public String url() {
        return schemaUrl;
    }

    /**
     * A data source whose connections work in this schema. Each call gives a separate data
     * source, as two portal nodes would have.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return new DriverManagerDataSource(schemaUrl);
    }

    /**
     * Drops the schema and everything in it.
     */
    @Override
    public void close() {
        execute(baseUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    /** A data source opening a connection per call through {@link DriverManager}. */
    private static final class DriverManagerDataSource implements DataSource {
        private final String url;
        private volatile PrintWriter logWriter;
        private volatile int loginTimeout;

        DriverManagerDataSource(String url) {
            this.url = Objects.requireNonNull(url, "url");
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return logWriter;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            this.logWriter = out;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("not a wrapper of " + iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
