package io.github.entraide.jdbc;

import io.github.entraide.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned SQL scripts shipped in the jar ({@code io/github/entraide/jdbc/migration/V<n>__<description>.sql})
 * and records each in {@code <prefix>schema_history} with a checksum. Idempotent; safe when
 * several nodes migrate at once (PostgreSQL: a transaction-scoped advisory lock per prefix, and
 * the whole migration in one transaction since PostgreSQL's DDL is transactional; H2: a lock per
 * JVM, H2 being embedded in one JVM). Thread-safe.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** The scripts, in order. A new version is a new file added here; shipped files never change. */
    private static final List<Script> SCRIPTS = List.of(new Script(1, "schema", "V1__schema.sql"),
            new Script(2, "moderation_and_audit", "V2__moderation_and_audit.sql"),
            new Script(3, "offer_grid_cells", "V3__offer_grid_cells.sql"),
            new Script(4, "offer_extent_indexes", "V4__offer_extent_indexes.sql"),
            new Script(5, "offer_cell_covering_index", "V5__offer_cell_covering_index.sql"),
            new Script(6, "appeals", "V6__appeals.sql"),
            new Script(7, "introduction_feedback", "V7__introduction_feedback.sql"),
            new Script(8, "appeal_progress", "V8__appeal_progress.sql"));
    private static final Map<String, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final SqlDialect dialect;
    private final String prefix;
    private final List<Script> scripts;

    record Script(int version, String description, String resource) {
        String text() {
            return Migrations.resource("migration/" + resource);
        }

        String checksum() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The text of a resource of this package, in UTF-8. */
    static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            Objects.requireNonNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Migrations(SqlDialect dialect, String prefix) {
        this(dialect, prefix, latestVersion());
    }

    /** Migrations up to a version only: for tests that upgrade a schema left at an older version. */
    Migrations(SqlDialect dialect, String prefix, int upToVersion) {
        this.dialect = dialect;
        this.prefix = prefix;
        this.scripts = SCRIPTS.stream().filter(s -> s.version() <= upToVersion).toList();
    }

    /** @return the version of the newest shipped script */
    static int latestVersion() {
        return SCRIPTS.get(SCRIPTS.size() - 1).version();
    }

    /**
     * How many shipped scripts come after a version: versions need not be consecutive (a number can
     * be reserved for a script that lands later), so this is not {@code latestVersion() - version}.
     *
     * @param version a version, 0 for an empty schema
     * @return the number of scripts of a higher version
     */
    static int countAfter(int version) {
        return (int) SCRIPTS.stream().filter(s -> s.version() > version).count();
    }

    private String historyTable() {
        return "CREATE TABLE IF NOT EXISTS " + prefix + "schema_history (\n"
                + "    version      INTEGER NOT NULL,\n"
                + "    description  VARCHAR(200) NOT NULL,\n"
                + "    checksum     VARCHAR(64) NOT NULL,\n"
                + "    applied_at   TIMESTAMP WITH TIME ZONE NOT NULL,\n"
                + "    CONSTRAINT " + prefix + "schema_history_pk PRIMARY KEY (version)\n"
                + ")";
    }

    /** The statements of a script, placeholders replaced, comments dropped, split at semicolons ending a line. */
    List<String> statements(Script script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.text().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line.replace("${prefix}", prefix).replace("${id}", dialect.idType())).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** The whole schema as one SQL script, for a DBA who applies it by hand. */
    String script() {
        StringBuilder sql = new StringBuilder("-- Entraide schema for ").append(dialect).append(", table prefix '")
                .append(prefix).append("'\n");
        sql.append(historyTable()).append(";\n\n");
        for (Script s : scripts) {
            sql.append("-- V").append(s.version()).append("__").append(s.description()).append('\n');
            for (String statement : statements(s)) {
                sql.append(statement).append(";\n\n");
            }
            sql.append("INSERT INTO ").append(prefix).append("schema_history (version, description, checksum, applied_at) "
                    + "VALUES (").append(s.version()).append(", '").append(s.description()).append("', '")
                    .append(s.checksum()).append("', CURRENT_TIMESTAMP);\n\n");
        }
        return sql.toString();
    }

    /** Applies the scripts not yet applied; checks the checksums of those that were. */
    int migrate(DataSource dataSource) {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(prefix, p -> new ReentrantLock());
        jvmLock.lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int applied = migrate(c);
                c.commit();
                return applied;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("migrate schema " + prefix, e);
        } finally {
            jvmLock.unlock();
        }
    }

    private int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect == SqlDialect.POSTGRESQL) {
                // Serialises migrations of this prefix across nodes; released at commit or rollback.
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ("entraide.migration." + prefix).hashCode());
                    lock.execute();
                }
            }
            s.execute(historyTable());
        }
        Map<Integer, String> done = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + prefix + "schema_history")) {
            while (rs.next()) {
                done.put(rs.getInt(1), rs.getString(2));
            }
        }
        int applied = 0;
        for (Script script : scripts) {
            String checksum = script.checksum();
            if (done.containsKey(script.version())) {
                if (!done.get(script.version()).equals(checksum)) {
                    throw new StorageException("check migration V" + script.version() + " of " + prefix
                            + ": the applied script differs from the shipped one",
                            new SQLException("checksum " + done.get(script.version()) + " != " + checksum));
                }
                continue;
            }
            try (Statement s = c.createStatement()) {
                for (String statement : statements(script)) {
                    s.execute(statement);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix
                    + "schema_history (version, description, checksum, applied_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                ps.setInt(1, script.version());
                ps.setString(2, script.description());
                ps.setString(3, checksum);
                ps.executeUpdate();
            }
            applied++;
            LOG.info("Entraide schema {}: applied migration V{}__{}", prefix, script.version(), script.description());
        }
        return applied;
    }
}
