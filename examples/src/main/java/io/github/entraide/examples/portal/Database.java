package io.github.entraide.examples.portal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The demo's database: a HikariCP pool on the configured JDBC URL, or on a fresh in-memory H2
 * database in PostgreSQL mode (the embedded default), which is dropped on close. Thread-safe.
 */
final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final boolean embedded;

    private Database(HikariDataSource pool, boolean embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    static Database open(Optional<String> jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl.orElseGet(() -> "jdbc:h2:mem:entraide-demo-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        config.setPoolName("entraide-demo");
        config.setMaximumPoolSize(10);
        return new Database(new HikariDataSource(config), jdbcUrl.isEmpty());
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        if (embedded) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone: nothing to free
            }
        }
        pool.close();
    }
}
