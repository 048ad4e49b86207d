package io.github.entraide.jdbc;

import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.T0;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.testkit.contract.ContractFixtures;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two portal nodes, each with its own {@link JdbcStorage} on its own data source, against one
 * PostgreSQL, with many threads: a helper's capacity is never exceeded, no update is lost, and
 * every outbox message is claimed by exactly one relay.
 */
class PostgresManyNodesTest {
    private static final int THREADS_PER_NODE = 6;

    private PostgresDatabase database;
    private JdbcStorage nodeA;
    private JdbcStorage nodeB;
    private ExecutorService pool;

    @BeforeEach
    void startTwoNodes() {
        database = PostgresDatabase.create();
        nodeA = JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
        nodeB = JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
        pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        nodeA.inTransaction(t -> {
            t.territories().insert(ContractFixtures.metropole());
            return t.territories().insert(ContractFixtures.meylan());
        });
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (database != null) {
            database.close();
        }
    }

    /** Runs the same task on every thread of both nodes, all released at once; returns their results. */
    private <T> List<T> onEveryThread(TaskFactory<T> factory) throws Exception {
        CountDownLatch ready = new CountDownLatch(2 * THREADS_PER_NODE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            Callable<T> task = factory.task(i % 2 == 0 ? nodeA : nodeB, i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    @FunctionalInterface
    private interface TaskFactory<T> {
        Callable<T> task(JdbcStorage node, int thread);
    }

    @Test
    void concurrentReservationsFromTwoNodesNeverExceedCapacityNorLoseAnUpdate() throws Exception {
        HelpOffer offer = ContractFixtures.fullOffer(METROPOLE, "offer-1", "helper-1");
        int capacity = HelpOffer.MAX_CAPACITY;
        HelpOffer empty = HelpOffer.reconstitute(offer.id(), METROPOLE, offer.helperId(), offer.categoryId(),
                offer.location(), offer.point(), offer.radiusKm(), offer.availability(), offer.languages(), capacity, 0,
                offer.freeText(), OfferStatus.PUBLISHED, offer.createdAt(), offer.updatedAt(), offer.lastHelpedAt(), 0);
        nodeA.inTransaction(t -> t.offers().insert(empty));
        AtomicInteger conflicts = new AtomicInteger();

        List<Integer> reservedPerThread = onEveryThread((node, thread) -> () -> {
            int reserved = 0;
            for (int attempt = 0; ; attempt++) {
                String introductionId = "intro-" + thread + "-" + attempt;
                String requestId = "request-" + thread + "-" + attempt;
                Instant now = at(attempt);
                try {
                    boolean done = node.inTransaction(t -> {
                        HelpOffer current = t.offers().find(METROPOLE, empty.id()).orElseThrow();
                        if (current.remainingCapacity() == 0) {
                            return true;
                        }
                        t.offers().update(current.reserve(now));
                        t.introductions().insert(ContractFixtures.proposedIntroduction(METROPOLE, introductionId,
                                requestId, empty.id().value(), "helper-1", "b-" + thread,
                                now.plusSeconds(3600)));
                        t.outbox().append(ContractFixtures.message(METROPOLE, "msg-" + introductionId, now));
                        return false;
                    });
                    if (done) {
                        return reserved;
                    }
                    reserved++;
                } catch (ConflictException lostTheRace) {
                    conflicts.incrementAndGet();
                }
            }
        });

        int reserved = reservedPerThread.stream().mapToInt(Integer::intValue).sum();
        HelpOffer stored = nodeB.inTransaction(t -> t.offers().find(METROPOLE, empty.id())).orElseThrow();
        List<Introduction> introductions = nodeB.inTransaction(t -> t.introductions().all(METROPOLE));
        System.out.printf("[many nodes] %d threads on 2 nodes: %d reservations, %d conflicts retried%n",
                2 * THREADS_PER_NODE, reserved, conflicts.get());
        assertThat(reserved).isEqualTo(capacity);
        assertThat(stored.load()).isEqualTo(capacity);
        assertThat(stored.version()).isEqualTo(1 + capacity);
        assertThat(introductions).hasSize(capacity);
        assertThat(nodeA.outbox().pendingCount()).isEqualTo(capacity);
    }

    @Test
    void relaysOnTwoNodesClaimEveryMessageExactlyOnce() throws Exception {
        int perThread = 25;
        // Appended concurrently from both nodes too: sequences must stay unique.
        onEveryThread((node, thread) -> () -> {
            for (int i = 0; i < perThread; i++) {
                String id = "m-" + thread + "-" + i;
                node.inTransaction(t -> {
                    t.outbox().append(ContractFixtures.event(thread % 3 == 0 ? MEYLAN : METROPOLE, id, T0));
                    return null;
                });
            }
            return null;
        });
        int total = 2 * THREADS_PER_NODE * perThread;
        assertThat(nodeA.outbox().pendingCount()).isEqualTo(total);

        Map<String, Integer> claims = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        List<Integer> claimedPerThread = onEveryThread((node, thread) -> () -> {
            int mine = 0;
            Instant now = at(60);
            while (true) {
                List<OutboxMessage> batch = node.outbox().claim(5, now, Duration.ofMinutes(10));
                if (batch.isEmpty()) {
                    return mine;
                }
                for (OutboxMessage m : batch) {
                    claims.merge(m.id(), 1, Integer::sum);
                    node.outbox().markSent(m.id(), now);
                    mine++;
                }
            }
        });

        System.out.printf("[many nodes] %d messages claimed and marked sent by %d relays in %d ms: %s%n", total,
                claimedPerThread.size(), (System.nanoTime() - started) / 1_000_000, claimedPerThread);
        assertThat(claims).hasSize(total);
        assertThat(claims.values()).allMatch(n -> n == 1);
        assertThat(claimedPerThread.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(nodeB.outbox().pendingCount()).isZero();
        Set<Long> sequences = new HashSet<>();
        for (String id : claims.keySet()) {
            OutboxMessage m = nodeA.outbox().find(id).orElseThrow();
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.SENT);
            sequences.add(m.sequence());
        }
        assertThat(sequences).hasSize(total);
    }

    @Test
    void sequenceFollowsCommitOrderAcrossNodesNotAppendOrder() throws Exception {
        CountDownLatch appendedOnA = new CountDownLatch(1);
        CountDownLatch committedOnB = new CountDownLatch(1);
        Future<?> slowOnA = pool.submit(() -> nodeA.inTransaction(t -> {
            t.outbox().append(ContractFixtures.event(METROPOLE, "appended-first-committed-last", T0));
            appendedOnA.countDown();
            await(committedOnB);
            return null;
        }));
        await(appendedOnA);
        nodeB.inTransaction(t -> {
            t.outbox().append(ContractFixtures.event(METROPOLE, "appended-last-committed-first", T0));
            return null;
        });
        committedOnB.countDown();
        slowOnA.get(60, TimeUnit.SECONDS);

        assertThat(nodeA.outbox().claim(10, at(1), Duration.ofMinutes(1))).extracting(OutboxMessage::id)
                .containsExactly("appended-last-committed-first", "appended-first-committed-last");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
