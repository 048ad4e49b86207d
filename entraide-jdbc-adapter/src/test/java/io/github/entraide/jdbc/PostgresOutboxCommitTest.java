package io.github.entraide.jdbc;

import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.ConflictException;
import io.github.entraide.StorageException;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.OfferId;
import io.github.entraide.testkit.contract.ContractFixtures;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a transaction that appended outbox messages is committed in the round trip that
 * writes them (the counter row is then locked only while the server works). These rules check
 * that folding the commit in never commits a transaction whose messages could not be written:
 * its other writes are rolled back with them, and the connection serves the next transaction.
 */
class PostgresOutboxCommitTest {
    private PostgresDatabase database;
    private JdbcStorage storage;

    @BeforeEach
    void migrated() {
        database = PostgresDatabase.create();
        storage = JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    private Optional<HelpOffer> offer(String id) {
        return storage.inTransaction(t -> t.offers().find(METROPOLE, OfferId.of(id)));
    }

    /** Rule: the writes of a transaction and its messages are committed together. */
    @Test
    void aTransactionsWritesAndMessagesAreCommittedTogether() {
        storage.inTransaction(t -> {
            t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "offer-1", "helper-1"));
            t.outbox().append(ContractFixtures.message(METROPOLE, "m-1", T0));
            t.outbox().append(ContractFixtures.event(METROPOLE, "e-1", T0));
            return null;
        });

        assertThat(offer("offer-1")).isPresent();
        long m = storage.outbox().find("m-1").orElseThrow().sequence();
        long e = storage.outbox().find("e-1").orElseThrow().sequence();
        assertThat(e).isEqualTo(m + 1);
    }

    /** Rule: a taken message id is a conflict, and the transaction's other writes are rolled back. */
    @Test
    void aTakenMessageIdRollsBackTheTransactionsOtherWrites() {
        storage.inTransaction(t -> {
            t.outbox().append(ContractFixtures.message(METROPOLE, "m-1", T0));
            return null;
        });

        assertThatThrownBy(() -> storage.inTransaction(t -> {
            t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "offer-1", "helper-1"));
            t.outbox().append(ContractFixtures.event(METROPOLE, "m-1", T0));
            return null;
        })).isInstanceOf(ConflictException.class);

        assertThat(offer("offer-1")).isEmpty();
        assertThat(storage.outbox().find("m-1").orElseThrow().kind())
                .isEqualTo(ContractFixtures.message(METROPOLE, "m-1", T0).kind());
    }

    /** Rule: a missing counter row fails the transaction with a storage failure and commits nothing of it. */
    @Test
    void aMissingCounterRowCommitsNothing() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM entraide_outbox_counter");
        }

        assertThatThrownBy(() -> storage.inTransaction(t -> {
            t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "offer-1", "helper-1"));
            t.outbox().append(ContractFixtures.message(METROPOLE, "m-1", T0));
            return null;
        })).isInstanceOf(StorageException.class).hasStackTraceContaining("outbox counter row is missing");

        assertThat(offer("offer-1")).isEmpty();
        assertThat(storage.outbox().find("m-1")).isEmpty();
    }
}
