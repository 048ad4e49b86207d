package io.github.entraide.jdbc;

import io.github.entraide.StorageException;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Storage on a relational database through plain JDBC: PostgreSQL in production (one database for
 * many portal nodes), H2 as the embedded default. Built on a {@link DataSource} the portal
 * supplies (a pool such as HikariCP is recommended; none is bundled):
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder(dataSource)
 *         .tablePrefix("entraide_")     // the default
 *         .migrateOnStart(true)         // or call migrate(), or give migrationScript() to a DBA
 *         .build();
 * }</pre>
 *
 * <p>Each {@link #inTransaction} takes one connection, turns auto-commit off, works at READ
 * COMMITTED and commits when the work returns, or rolls back when it throws (the exception
 * propagates unchanged). Lost updates are prevented by versions ({@code UPDATE … WHERE version = ?};
 * no row updated is a {@link io.github.entraide.ConflictException}), uniqueness by constraints
 * (a duplicate key is a {@code ConflictException}); a transaction the database rolls back because
 * of concurrent ones (a deadlock it detected, SQLState 40P01, or a serialization failure, 40001)
 * is a {@code ConflictException} too, to retry like the others; every other driver failure is a
 * {@link StorageException} with the cause, after a rollback, so that a connection lost in the
 * middle leaves nothing partial. On PostgreSQL, a unique violation that only the database could
 * see (two transactions inserting the same e-mail at once) aborts the transaction: let the
 * {@code ConflictException} propagate and retry in a new transaction.
 *
 * <p>Outbox messages appended in a transaction are written when the work returns, just before
 * the commit, after taking the row lock of the outbox counter: their sequences are therefore
 * assigned in commit order, at the cost of serialising the commits of transactions that append
 * messages. They hold the lock for a batch insert and the commit only: on PostgreSQL the write
 * and the {@code COMMIT} travel in one round trip, so the row is never held while the
 * application waits. A taken message id is reported then, as a {@code ConflictException} out of
 * {@code inTransaction}, and nothing of the transaction is committed. The relay side
 * ({@link #outbox()}) claims with {@code SELECT … FOR UPDATE SKIP LOCKED} and a lease column, so
 * that relays on many nodes each claim a message once.
 *
 * <p>Schema: every table and index name starts with the prefix; the territory leads every
 * primary key and index (the outbox, a queue the relays read across territories, is keyed by
 * message id); identifier columns sort in binary order ({@code COLLATE "C"} on PostgreSQL), as
 * the in-memory storage does. Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z (UTC):
 * identical on H2 and PostgreSQL and exact to the nanosecond, for instants between 1677-09-21
 * and 2262-04-11 (others are refused with an {@link IllegalArgumentException}). Nested values
 * (communes, catalogue, settings, location, consents, roles, availability, languages, timing,
 * person helped, recurrence, moderation reason codes and decisions) are JSON text written by
 * Entraide's Jackson mapper. Moderation cases are versioned like the other mutable rows; the audit
 * trail is append-only (the adapter never updates nor deletes it; a DBA may revoke UPDATE and DELETE
 * on {@code <prefix>audit_entry}). Offers carry the grid cell of their point, read by
 * {@link JdbcCandidateSource}.
 *
 * <p>Thread-safe; holds no connection between calls.
 */
public final class JdbcStorage implements Storage {
    private static final Pattern PREFIX = Pattern.compile("[a-z_][a-z0-9_]*");
    /** The longest table prefix: leaves room for the longest index name within PostgreSQL's 63 characters. */
    public static final int MAX_PREFIX_LENGTH = 30;
    /** The default table prefix. */
    public static final String DEFAULT_PREFIX = "entraide_";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Tables tables;
    private final Migrations migrations;
    private final JdbcOutbox outbox;
    private final TerritoryCache territoryCache = new TerritoryCache();
    /** Physical connections (weakly held) found at an isolation level Entraide did not have to set. */
    private final java.util.Map<Connection, Integer> foundAtLevel =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private JdbcStorage(DataSource dataSource, SqlDialect dialect, String prefix) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.tables = new Tables(prefix);
        this.migrations = new Migrations(dialect, prefix);
        this.outbox = new JdbcOutbox(this);
    }

    /**
     * Starts building a storage on a data source.
     *
     * @param dataSource the portal's data source
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Creates or upgrades the schema: applies the scripts not applied yet and records them in
     * {@code <prefix>schema_history}. Idempotent; safe when several nodes call it at once on
     * PostgreSQL (advisory lock), and several threads on H2.
     *
     * @return how many scripts were applied (0 when up to date)
     * @throws StorageException if the database fails, or an applied script differs from the shipped one
     */
    public int migrate() {
        return migrations.migrate(dataSource);
    }

    /**
     * The whole schema as SQL, for a DBA who prefers to apply it by hand (then leave
     * {@code migrateOnStart} off): the history table, every script with the prefix substituted,
     * and the history rows {@link #migrate()} would write.
     *
     * @return the SQL script
     */
    public String migrationScript() {
        return migrations.script();
    }

    /**
     * A PostgreSQL script for a DBA that partitions the large tables of this prefix by territory
     * ({@code PARTITION BY HASH (territory_id)}): members, offers, requests, introductions,
     * moderation cases and audit entries. Run it once, after {@link #migrate()}, with the portal
     * nodes stopped; it moves the rows, keeps every key and index under its own name (so later
     * migrations apply to the partitioned tables), applies in one transaction, and skips a table
     * already partitioned. The territory table, the schema history and the outbox (a queue read
     * across territories) stay plain. The contract suites pass on the partitioned layout
     * ({@code PostgresPartitionedStorageContractTest}).
     *
     * @param partitions how many hash partitions per table, from 2 to 1024 (a few per core of the
     *     database server is a good start; every territory's rows fall in one partition)
     * @return the SQL script
     * @throws IllegalStateException if the dialect is not PostgreSQL (H2 has no declarative partitioning)
     * @throws IllegalArgumentException if {@code partitions} is out of range
     */
    public String partitionByTerritoryScript(int partitions) {
        if (dialect != SqlDialect.POSTGRESQL) {
            throw new IllegalStateException("partitioning by territory needs PostgreSQL; this storage speaks " + dialect);
        }
        if (partitions < 2 || partitions > 1024) {
            throw new IllegalArgumentException("partitions must be between 2 and 1024, was " + partitions);
        }
        return Migrations.resource("dba/partition_by_territory.sql").replace("${prefix}", tables.prefix())
                .replace("${partitions}", Integer.toString(partitions));
    }

    /**
     * The dialect in use.
     *
     * @return the dialect
     */
    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * The table prefix in use.
     *
     * @return the prefix
     */
    public String tablePrefix() {
        return tables.prefix();
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        Objects.requireNonNull(work, "work");
        Connection connection = open("begin transaction");
        JdbcTransaction tx = new JdbcTransaction(connection, dialect, tables, territoryCache);
        boolean committed = false;
        try {
            T result = work.apply(tx);
            boolean committedWithOutbox = tx.flushOutbox();
            tx.close();
            if (!committedWithOutbox) {
                commit(connection);
            }
            committed = true;
            return result;
        } catch (RuntimeException | Error e) {
            tx.close();
            rollback(connection, e);
            throw e;
        } finally {
            tx.close();
            if (!committed) {
                rollback(connection, null);
            }
            close(connection);
        }
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    /** A connection with auto-commit off, at READ COMMITTED. */
    Connection open(String operation) {
        return open(operation, Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * A connection with auto-commit off, at an isolation level. Asking a connection its level is a
     * round trip with some drivers (PostgreSQL's sends {@code SHOW TRANSACTION ISOLATION LEVEL}),
     * so a physical connection found at the wanted level is remembered ({@link #foundAtLevel}) and
     * not asked again; one whose level had to be changed is forgotten, since a pool may reset it
     * when it is returned. Code outside Entraide that changes the level of a pooled connection and
     * returns it unreset to the pool would defeat this; pools such as HikariCP reset it.
     */
    Connection open(String operation, int isolation) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            Connection physical = physical(c);
            Integer known = physical == null ? null : foundAtLevel.get(physical);
            if (known == null || known != isolation) {
                if (c.getTransactionIsolation() != isolation) {
                    c.setTransactionIsolation(isolation);
                    if (physical != null) {
                        foundAtLevel.remove(physical);
                    }
                } else if (physical != null) {
                    foundAtLevel.put(physical, isolation);
                }
            }
            return c;
        } catch (SQLException e) {
            if (c != null) {
                close(c);
            }
            throw new StorageException(operation, e);
        }
    }

    static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            throw Codec.translate("commit", "transaction", e);
        }
    }

    static void rollback(Connection c, Throwable primary) {
        try {
            if (!c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // The transaction is over either way; a pool discards a broken connection.
        }
    }

    /** The driver's connection under a pool's wrapper, or null if the wrapper does not say. */
    private static Connection physical(Connection c) {
        try {
            return c.unwrap(Connection.class);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    SqlDialect sqlDialect() {
        return dialect;
    }

    Tables tables() {
        return tables;
    }

    /** The table names of a prefix. */
    record Tables(String prefix) {
        String territory() {
            return prefix + "territory";
        }

        String member() {
            return prefix + "member";
        }

        String offer() {
            return prefix + "offer";
        }

        String request() {
            return prefix + "request";
        }

        String introduction() {
            return prefix + "introduction";
        }

        String moderationCase() {
            return prefix + "moderation_case";
        }

        String audit() {
            return prefix + "audit_entry";
        }

        String appeal() {
            return prefix + "appeal";
        }

        String appealOptOut() {
            return prefix + "appeal_opt_out";
        }

        String outbox() {
            return prefix + "outbox";
        }

        String outboxCounter() {
            return prefix + "outbox_counter";
        }
    }

    /**
     * Builds a {@link JdbcStorage}. Not thread-safe.
     */
    public static final class Builder {
        private final DataSource dataSource;
        private String prefix = DEFAULT_PREFIX;
        private SqlDialect dialect;
        private boolean migrateOnStart;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets the prefix of every table and index name (default {@value JdbcStorage#DEFAULT_PREFIX}),
         * so that several Entraide schemas, or Entraide and the portal, share a database.
         *
         * @param tablePrefix lower-case letters, digits and '_', not starting with a digit, at most
         *     {@value JdbcStorage#MAX_PREFIX_LENGTH} characters
         * @return this builder
         * @throws IllegalArgumentException if the prefix is not valid
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            if (tablePrefix.length() > MAX_PREFIX_LENGTH || !PREFIX.matcher(tablePrefix).matches()) {
                throw new IllegalArgumentException("tablePrefix must match [a-z_][a-z0-9_]* with at most "
                        + MAX_PREFIX_LENGTH + " characters, was '" + tablePrefix + "'");
            }
            this.prefix = tablePrefix;
            return this;
        }

        /**
         * Sets the dialect; by default it is detected from the database's metadata.
         *
         * @param sqlDialect the dialect
         * @return this builder
         */
        public Builder dialect(SqlDialect sqlDialect) {
            this.dialect = Objects.requireNonNull(sqlDialect, "sqlDialect");
            return this;
        }

        /**
         * Whether {@link #build()} applies the migrations (default false: call
         * {@link JdbcStorage#migrate()}, or let a DBA run {@link JdbcStorage#migrationScript()}).
         *
         * @param migrate true to migrate when built
         * @return this builder
         */
        public Builder migrateOnStart(boolean migrate) {
            this.migrateOnStart = migrate;
            return this;
        }

        /**
         * Builds the storage; detects the dialect if not given (one connection), and migrates if
         * asked.
         *
         * @return the storage
         * @throws StorageException if the database cannot be reached or migrated
         * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
         */
        public JdbcStorage build() {
            SqlDialect resolved = dialect;
            if (resolved == null) {
                try (Connection c = dataSource.getConnection()) {
                    Optional<SqlDialect> detected = SqlDialect.detect(c.getMetaData());
                    resolved = detected.orElseThrow(() -> new IllegalArgumentException(
                            "unsupported database; Entraide's JDBC storage speaks PostgreSQL and H2"));
                } catch (SQLException e) {
                    throw new StorageException("detect the database", e);
                }
            }
            JdbcStorage storage = new JdbcStorage(dataSource, resolved, prefix);
            if (migrateOnStart) {
                storage.migrate();
            }
            return storage;
        }
    }
}
