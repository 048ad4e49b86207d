package io.github.entraide.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases {@link JdbcStorage} speaks. The SQL is the same on both except where noted:
 * identifier columns use the binary {@code "C"} collation on PostgreSQL, duplicate keys are
 * detected with {@code ON CONFLICT DO NOTHING} on PostgreSQL (which keeps the transaction usable)
 * and by the unique-violation error on H2 (which fails only the statement), and concurrent
 * migrations are serialised by an advisory lock on PostgreSQL and a JVM-wide lock on H2.
 */
public enum SqlDialect {
    /** H2 2.x, embedded: the default for one JVM. Tested in its default mode and in {@code MODE=PostgreSQL}. */
    H2,
    /** PostgreSQL 12 or later: production, one database for many portal nodes. */
    POSTGRESQL;

    /**
     * The dialect of a database, from its product name.
     *
     * @param metaData the connection's metadata
     * @return the dialect, or empty if the database is not supported
     * @throws SQLException if the driver fails
     */
    public static Optional<SqlDialect> detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Optional.of(POSTGRESQL);
        }
        if (product.equals("h2")) {
            return Optional.of(H2);
        }
        return Optional.empty();
    }

    /** @return the SQL type of identifier columns */
    String idType() {
        return this == POSTGRESQL ? "VARCHAR(64) COLLATE \"C\"" : "VARCHAR(64)";
    }

    /** @return the clause that turns an insert's duplicate key into zero rows, or empty text */
    String onConflictDoNothing() {
        return this == POSTGRESQL ? " ON CONFLICT DO NOTHING" : "";
    }
}
