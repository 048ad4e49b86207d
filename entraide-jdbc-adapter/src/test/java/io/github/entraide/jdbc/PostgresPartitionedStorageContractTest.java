package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.PostgresDatabase;
import io.github.entraide.testkit.contract.StorageContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC storage on PostgreSQL ({@code ENTRAIDE_TEST_PG_URL}) with its large tables partitioned
 * by territory by {@link JdbcStorage#partitionByTerritoryScript(int)}: every storage contract suite
 * passes on that layout, each test in a schema of its own; the script partitions what it says, and
 * a schema partitioned at version 4, with rows, upgrades to the latest version losing nothing.
 */
class PostgresPartitionedStorageContractTest extends StorageContract {
    private static final int PARTITIONS = 4;
    private static final List<String> PARTITIONED = List.of("entraide_appeal_opt_out", "entraide_audit_entry", "entraide_introduction",
            "entraide_member", "entraide_moderation_case", "entraide_offer", "entraide_request");
    private final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Storage newStorage() {
        JdbcStorage storage = schemas.storage();
        partition(schemas.last().dataSource(), storage);
        return storage;
    }

    @AfterEach
    void dropSchemas() {
        schemas.closeAll();
    }

    private static void partition(DataSource dataSource, JdbcStorage storage) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(storage.partitionByTerritoryScript(PARTITIONS));
        } catch (SQLException e) {
            throw new IllegalStateException("partition by territory: " + e.getMessage(), e);
        }
    }

    /** The partitioned tables of the schema, and how many partitions each has. */
    private static List<String> partitioned(PostgresDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT c.relname, (SELECT COUNT(*) FROM pg_inherits i WHERE i.inhparent = c.oid)"
                        + " FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid"
                        + " WHERE c.relnamespace = ?::regnamespace ORDER BY c.relname")) {
            ps.setString(1, db.schema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1) + ":" + rs.getInt(2));
                }
            }
        }
        return tables;
    }

    @Test
    void theScriptPartitionsTheLargeTablesByTerritoryAndKeepsTheirKeys() throws SQLException {
        JdbcStorage storage = schemas.storage();
        PostgresDatabase db = schemas.last();
        partition(db.dataSource(), storage);
        partition(db.dataSource(), storage); // a second run changes nothing
        assertThat(partitioned(db)).containsExactlyElementsOf(PARTITIONED.stream().map(t -> t + ":" + PARTITIONS)
                .toList());
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = ? AND indexname IN"
                        + " ('entraide_offer_pk', 'entraide_member_email_uq', 'entraide_offer_cell_cover_ix',"
                        + " 'entraide_audit_entry_member_ix')")) {
            ps.setString(1, db.schema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("keys and indexes kept under their names").isEqualTo(4);
            }
        }
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? AND column_name LIKE '%id'"
                        + " AND data_type = 'character varying' AND (collation_name IS NULL OR collation_name <> 'C')")) {
            ps.setString(1, db.schema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("identifier columns without the C collation").isZero();
            }
        }
        assertThat(storage.migrate()).isZero();
    }

    @Test
    void aSchemaPartitionedAtVersionFourUpgradesLosingNothing() throws SQLException {
        PostgresDatabase db = schemas.create();
        UpgradeFromV4Checks.upgradeKeepsEveryRow(db.dataSource(), SqlDialect.POSTGRESQL,
                storage -> partition(db.dataSource(), storage));
        // The tables partitioned at version 4 stay so; the table V6 added is partitioned by running
        // the script again, as its header says.
        assertThat(partitioned(db)).hasSize(PARTITIONED.size() - 1);
        JdbcStorage upgraded = JdbcStorage.builder(db.dataSource()).dialect(SqlDialect.POSTGRESQL).build();
        partition(db.dataSource(), upgraded);
        assertThat(partitioned(db)).containsExactlyElementsOf(PARTITIONED.stream().map(t -> t + ":" + PARTITIONS)
                .toList());
    }

    @Test
    void theScriptIsForPostgresqlOnly() {
        JdbcStorage h2 = JdbcStorage.builder(new H2Databases().create()).dialect(SqlDialect.H2).build();
        assertThatThrownBy(() -> h2.partitionByTerritoryScript(4)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL");
        JdbcStorage pg = schemas.storage();
        assertThatThrownBy(() -> pg.partitionByTerritoryScript(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(pg.partitionByTerritoryScript(8)).contains("MODULUS %s").doesNotContain("${");
    }
}
