package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.testkit.contract.ContractFixtures;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema's migrations on PostgreSQL: dialect detection, and nodes migrating at once. */
class PostgresMigrationTest {
    private PostgresDatabase database;

    @BeforeEach
    void schema() {
        database = PostgresDatabase.create();
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void dialectIsDetectedAsPostgres() {
        assertThat(JdbcStorage.builder(database.dataSource()).build().dialect()).isEqualTo(SqlDialect.POSTGRESQL);
    }

    @Test
    void nodesMigratingAtOnceApplyTheSchemaExactlyOnce() throws Exception {
        int nodes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                JdbcStorage node = JdbcStorage.builder(database.dataSource()).dialect(SqlDialect.POSTGRESQL).build();
                applied.add(pool.submit(() -> {
                    go.await();
                    return node.migrate();
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : applied) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(Migrations.countAfter(0));
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM entraide_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.countAfter(0));
        }
        JdbcStorage storage = JdbcStorage.builder(database.dataSource()).build();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
        assertThat(storage.<java.util.List<io.github.entraide.domain.Territory>>inTransaction(t -> t.territories().all())).hasSize(1);
    }

    @Test
    void aPopulatedSchemaAtVersionFourIsUpgradedInPlaceLosingNothing() throws Exception {
        UpgradeFromV4Checks.upgradeKeepsEveryRow(database.dataSource(), SqlDialect.POSTGRESQL);
    }

    @Test
    void idsAreOrderedBinaryWhateverTheDatabaseCollation() throws Exception {
        JdbcStorage storage = JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
        storage.inTransaction(t -> {
            t.territories().insert(ContractFixtures.metropole());
            int n = 0;
            for (String id : List.of("b", "B", "a-1", "a_1", "a.1", "A")) {
                t.members().insert(ContractFixtures.minimalMember(ContractFixtures.METROPOLE, id, "m" + n++ + "@example.org"));
            }
            return null;
        });
        assertThat(storage.<java.util.List<io.github.entraide.domain.Member>>inTransaction(t -> t.members().all(ContractFixtures.METROPOLE)))
                .extracting(m -> m.id().value()).containsExactly("A", "B", "a-1", "a.1", "a_1", "b");
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? AND column_name LIKE '%id'"
                        + " AND data_type = 'character varying' AND (collation_name IS NULL OR collation_name <> 'C')")) {
            ps.setString(1, database.schema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("identifier columns without the C collation").isZero();
            }
        }
    }
}
