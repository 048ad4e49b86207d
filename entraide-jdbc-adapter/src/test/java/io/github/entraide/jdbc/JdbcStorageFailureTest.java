package io.github.entraide.jdbc;

import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.StorageException;
import io.github.entraide.domain.MemberId;
import io.github.entraide.testkit.contract.ContractFixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Driver failures on H2: wrapped in StorageException with the cause, and nothing partial is kept. */
class JdbcStorageFailureTest {
    private final H2Databases databases = new H2Databases();
    private final AtomicReference<Connection> lastConnection = new AtomicReference<>();
    private JdbcStorage storage;

    @BeforeEach
    void migratedStorageThatRemembersItsConnections() {
        String url = databases.createUrl();
        storage = JdbcStorage.builder(new SimpleDataSource(url, c -> {
            lastConnection.set(c);
            return c;
        })).migrateOnStart(true).build();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
    }

    @AfterEach
    void drop() throws SQLException {
        databases.closeAll();
    }

    @Test
    void connectionLostInTheMiddleOfTheWorkIsAStorageFailureAndLeavesNothing() {
        assertThatThrownBy(() -> storage.inTransaction(t -> {
            t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org"));
            t.outbox().append(ContractFixtures.message(METROPOLE, "msg-1", T0));
            close(lastConnection.get());
            return t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m2", "b@example.org"));
        })).isInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(storage.<java.util.List<io.github.entraide.domain.Member>>inTransaction(t -> t.members().all(METROPOLE))).isEmpty();
        assertThat(storage.outbox().find("msg-1")).isEmpty();
    }

    @Test
    void connectionLostBeforeTheCommitIsAStorageFailureAndLeavesNothing() {
        assertThatThrownBy(() -> storage.inTransaction(t -> {
            t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org"));
            close(lastConnection.get());
            return null;
        })).isInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(storage.<java.util.Optional<io.github.entraide.domain.Member>>inTransaction(t -> t.members().find(METROPOLE, MemberId.of("m1")))).isEmpty();
    }

    @Test
    void storageOnAnEmptyDatabaseReportsTheDriversErrorAsAStorageFailure() {
        JdbcStorage unmigrated = JdbcStorage.builder(databases.create()).build();
        assertThatThrownBy(() -> unmigrated.inTransaction(t -> t.territories().all()))
                .isInstanceOf(StorageException.class)
                .hasCauseInstanceOf(SQLException.class)
                .hasMessageContaining("list territories");
        assertThatThrownBy(() -> unmigrated.outbox().pendingCount()).isInstanceOf(StorageException.class);
    }

    @Test
    void unreachableDatabaseIsAStorageFailure() {
        SimpleDataSource nowhere = new SimpleDataSource("jdbc:h2:mem:never;IFEXISTS=TRUE");
        assertThatThrownBy(() -> JdbcStorage.builder(nowhere).build()).isInstanceOf(StorageException.class)
                .hasCauseInstanceOf(SQLException.class);
        JdbcStorage storageWithDialect = JdbcStorage.builder(nowhere).dialect(SqlDialect.H2).build();
        assertThatThrownBy(() -> storageWithDialect.inTransaction(t -> t.territories().all()))
                .isInstanceOf(StorageException.class);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
