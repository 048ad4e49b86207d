package io.github.entraide.jdbc;

import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.StorageException;
import io.github.entraide.testkit.contract.ContractFixtures;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL backend killed in the middle of a transaction (as when the network or the server
 * drops the connection): a StorageException with the driver's cause, and nothing partial kept.
 */
class PostgresConnectionLossTest {
    private PostgresDatabase database;
    private JdbcStorage storage;
    private final String applicationName = "entraide-test-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void migrated() {
        database = PostgresDatabase.create();
        storage = JdbcStorage.builder(new SimpleDataSource(database.url() + "&ApplicationName=" + applicationName))
                .migrateOnStart(true).build();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    /** Terminates, from another connection, the backends of this test's storage. */
    private int killBackends() {
        try (Connection admin = database.dataSource().getConnection(); PreparedStatement ps = admin.prepareStatement(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, applicationName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void backendKilledMidTransactionIsAStorageFailureAndLeavesNothing() {
        assertThatThrownBy(() -> storage.inTransaction(t -> {
            t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org"));
            t.outbox().append(ContractFixtures.message(METROPOLE, "msg-1", T0));
            assertThat(killBackends()).isEqualTo(1);
            return t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m2", "b@example.org"));
        })).isInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(storage.<java.util.List<io.github.entraide.domain.Member>>inTransaction(t -> t.members().all(METROPOLE))).isEmpty();
        assertThat(storage.outbox().find("msg-1")).isEmpty();
    }

    @Test
    void backendKilledBeforeTheCommitIsAStorageFailureAndLeavesNothing() {
        assertThatThrownBy(() -> storage.inTransaction(t -> {
            t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org"));
            t.outbox().append(ContractFixtures.message(METROPOLE, "msg-1", T0));
            assertThat(killBackends()).isEqualTo(1);
            return null;
        })).isInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(storage.<java.util.List<io.github.entraide.domain.Member>>inTransaction(t -> t.members().all(METROPOLE))).isEmpty();
        assertThat(storage.outbox().pendingCount()).isZero();
    }
}
