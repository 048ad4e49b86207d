package io.github.entraide.jdbc;

import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.ConflictException;
import io.github.entraide.ErrorCode;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.OfferId;
import io.github.entraide.testkit.contract.ContractFixtures;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two transactions locking two rows in opposite orders: PostgreSQL detects the deadlock and rolls
 * one back (SQLState 40P01). That one is a {@link ConflictException} — retry — not a storage
 * failure; the other commits. (The two-node soak met it: a moderator removing an offer while a
 * member cancels one of its introductions.)
 */
class PostgresDeadlockIsAConflictTest {
    private PostgresDatabase database;
    private JdbcStorage storage;
    private ExecutorService threads;

    @BeforeEach
    void migrated() {
        database = PostgresDatabase.create();
        storage = JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
        storage.inTransaction(t -> t.territories().insert(ContractFixtures.metropole()));
        storage.inTransaction(t -> {
            t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "offer-1", "helper-1"));
            return t.offers().insert(ContractFixtures.fullOffer(METROPOLE, "offer-2", "helper-2"));
        });
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void drop() throws InterruptedException {
        if (threads != null) {
            threads.shutdownNow();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (database != null) {
            database.close();
        }
    }

    private Future<Object> touchInOrder(String first, String second, CountDownLatch bothHoldTheirFirstRow) {
        return threads.submit(() -> storage.inTransaction(t -> {
            HelpOffer a = t.offers().find(METROPOLE, OfferId.of(first)).orElseThrow();
            HelpOffer b = t.offers().find(METROPOLE, OfferId.of(second)).orElseThrow();
            t.offers().update(a.withFreeText("Changé.", at(1)));
            bothHoldTheirFirstRow.countDown();
            try {
                assertThat(bothHoldTheirFirstRow.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return t.offers().update(b.withFreeText("Changé.", at(1)));
        }));
    }

    @Test
    void theTransactionPostgresRollsBackOnADeadlockIsAConflict() throws Exception {
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        List<Future<Object>> both = List.of(touchInOrder("offer-1", "offer-2", bothHoldTheirFirstRow),
                touchInOrder("offer-2", "offer-1", bothHoldTheirFirstRow));

        List<Throwable> failures = new ArrayList<>();
        for (Future<Object> f : both) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(failures).singleElement().isInstanceOf(ConflictException.class).satisfies(e -> {
            ConflictException conflict = (ConflictException) e;
            assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(conflict.message(Locale.FRENCH)).contains("réessayez");
            assertThat(conflict.message(Locale.ENGLISH)).contains("try again");
            assertThat(conflict).hasCauseInstanceOf(SQLException.class);
            assertThat(((SQLException) conflict.getCause()).getSQLState()).isEqualTo("40P01");
        });
        List<HelpOffer> offers = storage.inTransaction(t -> t.offers().all(METROPOLE));
        assertThat(offers).extracting(HelpOffer::version).containsOnly(2L);
    }
}
