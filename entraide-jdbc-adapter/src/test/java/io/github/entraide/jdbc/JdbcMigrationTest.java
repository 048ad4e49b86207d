package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.StorageException;
import io.github.entraide.testkit.contract.ContractFixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The schema's migrations on H2: idempotent, recorded with checksums, prefixed, printable for a DBA. */
class JdbcMigrationTest {
    private final H2Databases databases = new H2Databases();

    @AfterEach
    void drop() throws SQLException {
        databases.closeAll();
    }

    private static int count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void migrateAppliesTheSchemaOnceAndRecordsIt() throws SQLException {
        SimpleDataSource ds = databases.create();
        JdbcStorage storage = JdbcStorage.builder(ds).build();
        assertThat(storage.dialect()).isEqualTo(SqlDialect.H2);
        assertThat(storage.migrate()).isEqualTo(Migrations.countAfter(0));
        assertThat(storage.migrate()).isZero();
        assertThat(JdbcStorage.builder(ds).migrateOnStart(true).build().migrate()).isZero();
        assertThat(count(ds.url(), "SELECT COUNT(*) FROM entraide_schema_history WHERE version = 1"
                + " AND description = 'schema' AND LENGTH(checksum) = 64")).isEqualTo(1);
    }

    @Test
    void aSchemaAtVersionOneIsUpgradedInPlaceKeepingItsData() throws SQLException {
        SimpleDataSource ds = databases.create();
        assertThat(new Migrations(SqlDialect.H2, JdbcStorage.DEFAULT_PREFIX, 1).migrate(ds)).isEqualTo(1);
        JdbcStorage storage = JdbcStorage.builder(ds).build();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
        assertThat(storage.migrate()).isEqualTo(Migrations.countAfter(1));
        assertThat(count(ds.url(), "SELECT COUNT(*) FROM entraide_schema_history")).isEqualTo(Migrations.countAfter(0));
        assertThat(storage.<java.util.List<io.github.entraide.domain.Territory>>inTransaction(t -> t.territories().all()))
                .containsExactly(ContractFixtures.metropole().withVersion(1));
        assertThat(count(ds.url(), "SELECT COUNT(*) FROM entraide_moderation_case")).isZero();
        assertThat(count(ds.url(), "SELECT COUNT(*) FROM entraide_audit_entry")).isZero();
    }

    @Test
    void aPopulatedSchemaAtVersionFourIsUpgradedInPlaceLosingNothing() throws SQLException {
        UpgradeFromV4Checks.upgradeKeepsEveryRow(databases.create(), SqlDialect.H2);
    }

    @Test
    void aChangedAppliedScriptIsRefused() throws SQLException {
        SimpleDataSource ds = databases.create();
        JdbcStorage storage = JdbcStorage.builder(ds).migrateOnStart(true).build();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE entraide_schema_history SET checksum = 'tampered' WHERE version = 1");
        }
        assertThatThrownBy(storage::migrate).isInstanceOf(StorageException.class)
                .hasMessageContaining("V1");
    }

    @Test
    void twoPrefixesInOneDatabaseDoNotSeeEachOther() {
        SimpleDataSource ds = databases.create();
        JdbcStorage first = JdbcStorage.builder(ds).tablePrefix("city_a_").migrateOnStart(true).build();
        JdbcStorage second = JdbcStorage.builder(ds).tablePrefix("city_b_").migrateOnStart(true).build();
        first.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
        assertThat(second.<java.util.List<io.github.entraide.domain.Territory>>inTransaction(t -> t.territories().all())).isEmpty();
        assertThat(first.<java.util.List<io.github.entraide.domain.Territory>>inTransaction(t -> t.territories().all())).hasSize(1);
        assertThat(first.tablePrefix()).isEqualTo("city_a_");
    }

    @Test
    void invalidPrefixesAreRefused() {
        SimpleDataSource ds = databases.create();
        for (String bad : new String[] {"", "City_", "1city", "city-a", "city; drop table x", "a".repeat(31)}) {
            assertThatThrownBy(() -> JdbcStorage.builder(ds).tablePrefix(bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(JdbcStorage.builder(ds).tablePrefix("_" + "a".repeat(29))).isNotNull();
    }

    @Test
    void printedScriptCreatesTheSchemaThatMigrateThenFindsUpToDate() throws SQLException {
        SimpleDataSource ds = databases.create();
        JdbcStorage storage = JdbcStorage.builder(ds).tablePrefix("dba_").build();
        String script = storage.migrationScript();
        assertThat(script).doesNotContain("${").contains("CREATE TABLE dba_member").contains("dba_schema_history");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String statement : script.split(";\n")) {
                String sql = statement.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
        }
        assertThat(storage.migrate()).isZero();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.meylan()));
        assertThat(storage.<java.util.List<io.github.entraide.domain.Territory>>inTransaction(t -> t.territories().all())).hasSize(1);
    }
}
