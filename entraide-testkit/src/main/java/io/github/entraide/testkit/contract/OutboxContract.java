package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.T0;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.Outbox} and
 * {@link io.github.entraide.spi.OutboxWriter}: sequence in commit order, claims in sequence
 * order with leases, marking, dead letters, concurrent claimers each getting a message once, and
 * the writer's lookups and deletion for erasure and retention.
 * Extend it and implement {@link #newStorage()}.
 */
public abstract class OutboxContract extends StorageContractSupport {

    private static final Duration LEASE = Duration.ofMinutes(5);

    /** Creates the suite. */
    protected OutboxContract() {
    }

    /**
     * Whether several threads may claim at once (true by default).
     *
     * @return true to run the concurrent claimers test
     */
    protected boolean supportsConcurrentClaimers() {
        return true;
    }

    private void append(OutboxMessage... messages) {
        run(t -> {
            for (OutboxMessage m : messages) {
                t.outbox().append(m);
            }
        });
    }

    private static List<String> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::id).toList();
    }

    /** Rule: an appended message is stored pending with every field as given and a positive sequence. */
    @Test
    public void appendedMessageIsPendingWithEveryField() {
        OutboxMessage message = ContractFixtures.message(METROPOLE, "msg-1", T0);
        append(message);
        OutboxMessage stored = storage.outbox().find("msg-1").orElseThrow();
        assertTrue(stored.sequence() > 0, "sequence assigned");
        assertEquals(new OutboxMessage("msg-1", METROPOLE, stored.sequence(), OutboxMessage.Kind.NOTIFICATION,
                message.type(), message.payload(), T0, OutboxMessage.Status.PENDING, 0, T0, Optional.empty()), stored);
        append(ContractFixtures.event(MEYLAN, "msg-2", T0));
        assertEquals(OutboxMessage.Kind.EVENT, storage.outbox().find("msg-2").orElseThrow().kind());
    }

    /** Rule: sequences follow commit order: append order within a transaction, then each later commit after. */
    @Test
    public void sequenceFollowsCommitOrder() {
        append(ContractFixtures.message(METROPOLE, "c", T0), ContractFixtures.message(METROPOLE, "a", T0));
        append(ContractFixtures.message(MEYLAN, "b", T0));
        long c = storage.outbox().find("c").orElseThrow().sequence();
        long a = storage.outbox().find("a").orElseThrow().sequence();
        long b = storage.outbox().find("b").orElseThrow().sequence();
        assertTrue(c < a && a < b, "c < a < b, was " + c + ", " + a + ", " + b);
    }

    /** Rule: appending a message whose id is taken is a ConflictException and rolls the transaction back. */
    @Test
    public void appendingATakenIdIsAConflict() {
        append(ContractFixtures.message(METROPOLE, "m", T0));
        assertThrows(ConflictException.class, () -> append(ContractFixtures.event(METROPOLE, "other", T0),
                ContractFixtures.event(METROPOLE, "m", T0)));
        assertTrue(storage.outbox().find("other").isEmpty());
        assertEquals(OutboxMessage.Kind.NOTIFICATION, storage.outbox().find("m").orElseThrow().kind());
    }

    /** Rule: claim returns at most max due messages, in sequence order, across territories. */
    @Test
    public void claimReturnsDueMessagesInSequenceOrderUpToMax() {
        append(ContractFixtures.message(METROPOLE, "m3", T0), ContractFixtures.message(MEYLAN, "m1", T0));
        append(ContractFixtures.message(METROPOLE, "m2", T0));
        assertEquals(List.of("m3", "m1"), ids(storage.outbox().claim(2, T0, LEASE)));
        assertEquals(List.of("m2"), ids(storage.outbox().claim(2, T0, LEASE)));
        assertEquals(List.of(), storage.outbox().claim(2, T0, LEASE));
    }

    /** Rule: a message is not claimed before its next attempt is due. */
    @Test
    public void claimSkipsMessagesNotYetDue() {
        append(ContractFixtures.message(METROPOLE, "m1", at(10)));
        assertEquals(List.of(), storage.outbox().claim(5, at(9), LEASE));
        assertEquals(List.of("m1"), ids(storage.outbox().claim(5, at(10), LEASE)));
    }

    /** Rule: a claimed message is invisible to other claims until its lease runs out (then claimable again). */
    @Test
    public void leasedMessageIsSkippedUntilTheLeaseRunsOut() {
        append(ContractFixtures.message(METROPOLE, "m1", T0), ContractFixtures.message(METROPOLE, "m2", T0));
        assertEquals(List.of("m1"), ids(storage.outbox().claim(1, T0, LEASE)));
        assertEquals(List.of("m2"), ids(storage.outbox().claim(5, T0.plus(LEASE).minusNanos(1), LEASE)));
        assertEquals(List.of("m1"), ids(storage.outbox().claim(5, T0.plus(LEASE), LEASE)));
    }

    /** Rule: claim refuses a max below 1. */
    @Test
    public void claimRefusesMaxBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> storage.outbox().claim(0, T0, LEASE));
    }

    /** Rule: markSent makes a message sent (one attempt), no longer claimed nor pending; marking it again keeps it sent. */
    @Test
    public void sentMessageIsNeverClaimedAgain() {
        append(ContractFixtures.message(METROPOLE, "m1", T0), ContractFixtures.message(METROPOLE, "m2", T0));
        storage.outbox().claim(1, T0, LEASE);
        storage.outbox().markSent("m1", at(1));
        OutboxMessage sent = storage.outbox().find("m1").orElseThrow();
        assertEquals(OutboxMessage.Status.SENT, sent.status());
        assertEquals(1, sent.attempts());
        storage.outbox().markSent("m1", at(2));
        assertEquals(OutboxMessage.Status.SENT, storage.outbox().find("m1").orElseThrow().status());
        assertEquals(1, storage.outbox().pendingCount());
        assertEquals(List.of("m2"), ids(storage.outbox().claim(5, at(3600), LEASE)));
    }

    /** Rule: markFailed counts the attempt, keeps the error, releases the lease and makes the message due at the given instant. */
    @Test
    public void failedMessageIsRetriedWhenDue() {
        append(ContractFixtures.message(METROPOLE, "m1", T0));
        storage.outbox().claim(1, T0, LEASE);
        storage.outbox().markFailed("m1", at(30), "smtp 451");
        OutboxMessage failed = storage.outbox().find("m1").orElseThrow();
        assertEquals(OutboxMessage.Status.PENDING, failed.status());
        assertEquals(1, failed.attempts());
        assertEquals(at(30), failed.nextAttemptAt());
        assertEquals(Optional.of("smtp 451"), failed.lastError());
        assertEquals(List.of(), storage.outbox().claim(1, at(29), LEASE));
        assertEquals(List.of("m1"), ids(storage.outbox().claim(1, at(30), LEASE)));
    }

    /** Rule: markDead makes a message dead: never claimed, listed among its territory's dead messages in sequence order only. */
    @Test
    public void deadMessagesAreListedPerTerritoryAndNeverClaimed() {
        append(ContractFixtures.message(METROPOLE, "m2", T0), ContractFixtures.message(METROPOLE, "m1", T0),
                ContractFixtures.message(MEYLAN, "m3", T0));
        storage.outbox().markDead("m1", at(1), "gave up");
        storage.outbox().markDead("m2", at(1), "gave up");
        OutboxMessage dead = storage.outbox().find("m1").orElseThrow();
        assertEquals(OutboxMessage.Status.DEAD, dead.status());
        assertEquals(Optional.of("gave up"), dead.lastError());
        assertEquals(1, dead.attempts());
        assertEquals(List.of("m2", "m1"), ids(storage.outbox().dead(METROPOLE)));
        assertEquals(List.of(), storage.outbox().dead(MEYLAN));
        assertEquals(List.of("m3"), ids(storage.outbox().claim(5, at(3600), LEASE)));
        assertEquals(1, storage.outbox().pendingCount());
    }

    /** Rule: requeue puts a dead message back, due at once; it refuses (false) a message that is not dead or unknown. */
    @Test
    public void requeuedDeadMessageIsClaimedAgain() {
        append(ContractFixtures.message(METROPOLE, "m1", T0), ContractFixtures.message(METROPOLE, "m2", T0));
        storage.outbox().markDead("m1", at(1), "gave up");
        assertFalse(storage.outbox().requeue("m2", at(2)));
        assertFalse(storage.outbox().requeue("unknown", at(2)));
        assertTrue(storage.outbox().requeue("m1", at(2)));
        OutboxMessage requeued = storage.outbox().find("m1").orElseThrow();
        assertEquals(OutboxMessage.Status.PENDING, requeued.status());
        assertEquals(at(2), requeued.nextAttemptAt());
        assertEquals(List.of(), storage.outbox().dead(METROPOLE));
        assertEquals(List.of("m1", "m2"), ids(storage.outbox().claim(5, at(2), LEASE)));
    }

    /** Rule: find of an unknown message is empty; pendingCount counts pending messages, due or not. */
    @Test
    public void pendingCountCountsPendingMessagesDueOrNot() {
        assertTrue(storage.outbox().find("nothing").isEmpty());
        assertEquals(0, storage.outbox().pendingCount());
        append(ContractFixtures.message(METROPOLE, "m1", T0), ContractFixtures.message(METROPOLE, "m2", at(3600)),
                ContractFixtures.message(METROPOLE, "m3", T0));
        storage.outbox().markSent("m3", T0);
        assertEquals(2, storage.outbox().pendingCount());
    }

    /**
     * Rule: oldestPendingCreatedAt is the creation instant of the oldest pending message (sent and
     * dead ones do not count), empty when none is pending; deadCount counts dead messages.
     */
    @Test
    public void oldestPendingAndDeadCountReportTheBacklog() {
        assertEquals(Optional.empty(), storage.outbox().oldestPendingCreatedAt());
        assertEquals(0, storage.outbox().deadCount());
        append(ContractFixtures.message(METROPOLE, "m1", T0), ContractFixtures.message(METROPOLE, "m2", at(60)),
                ContractFixtures.message(METROPOLE, "m3", at(120)));
        assertEquals(Optional.of(T0), storage.outbox().oldestPendingCreatedAt());
        storage.outbox().markDead("m1", at(200), "refused");
        assertEquals(Optional.of(at(60)), storage.outbox().oldestPendingCreatedAt());
        assertEquals(1, storage.outbox().deadCount());
        storage.outbox().markSent("m2", at(200));
        storage.outbox().markSent("m3", at(200));
        assertEquals(Optional.empty(), storage.outbox().oldestPendingCreatedAt());
        assertEquals(1, storage.outbox().deadCount());
    }

    /**
     * Rule: several claimers on several threads, claiming and marking sent until nothing is left,
     * each get every message exactly once between them.
     */
    @Test
    public void concurrentClaimersEachGetAMessageExactlyOnce() throws Exception {
        Assumptions.assumeTrue(supportsConcurrentClaimers(), "the storage does not support concurrent claimers");
        int count = 120;
        run(t -> {
            for (int i = 0; i < count; i++) {
                t.outbox().append(ContractFixtures.event(i % 2 == 0 ? METROPOLE : MEYLAN, "msg-" + i, T0));
            }
        });
        int threads = 6;
        CyclicBarrier start = new CyclicBarrier(threads);
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    int mine = 0;
                    Instant now = at(1);
                    while (true) {
                        List<OutboxMessage> batch = storage.outbox().claim(7, now, Duration.ofHours(1));
                        if (batch.isEmpty()) {
                            return mine;
                        }
                        for (OutboxMessage m : batch) {
                            if (!claimed.add(m.id())) {
                                duplicates.incrementAndGet();
                            }
                            storage.outbox().markSent(m.id(), now);
                            mine++;
                        }
                    }
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(0, duplicates.get(), "messages claimed twice");
            assertEquals(count, total);
            assertEquals(count, claimed.size());
            assertEquals(0, storage.outbox().pendingCount());
        } finally {
            pool.shutdownNow();
        }
        Set<Long> sequences = new HashSet<>();
        for (int i = 0; i < count; i++) {
            sequences.add(storage.outbox().find("msg-" + i).orElseThrow().sequence());
        }
        assertEquals(count, sequences.size(), "distinct sequences");
    }

    private static OutboxMessage notification(String territoryAndId, String payload) {
        String[] parts = territoryAndId.split("/");
        return OutboxMessage.pending(parts[1], io.github.entraide.domain.TerritoryId.of(parts[0]),
                OutboxMessage.Kind.NOTIFICATION, "notification.contacts_shared", payload, T0);
    }

    /**
     * Rule: notificationsMentioning lists the territory's NOTIFICATION messages whose payload
     * contains the text (case-sensitive), in any status, in sequence order; events and other
     * territories are left out.
     */
    @Test
    public void notificationsMentioningFindsNotificationsOfAnyStatusInSequenceOrder() {
        append(notification(METROPOLE + "/n-dead", "{\"email\":\"zoe@example.org\"}"),
                notification(METROPOLE + "/n-pending", "{\"to\":\"zoe@example.org\",\"nom\":\"Zoé\"}"));
        append(notification(METROPOLE + "/n-sent", "{\"cc\":[\"zoe@example.org\"]}"),
                notification(METROPOLE + "/n-upper", "{\"email\":\"ZOE@EXAMPLE.ORG\"}"),
                notification(METROPOLE + "/n-other", "{\"email\":\"bob@example.org\"}"),
                OutboxMessage.pending("e-event", METROPOLE, OutboxMessage.Kind.EVENT, "member.registered",
                        "{\"email\":\"zoe@example.org\"}", T0),
                notification(MEYLAN + "/n-meylan", "{\"email\":\"zoe@example.org\"}"));
        storage.outbox().markDead("n-dead", at(1), "gave up");
        storage.outbox().markSent("n-sent", at(1));
        assertEquals(List.of("n-dead", "n-pending", "n-sent"),
                ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "zoe@example.org"))));
        OutboxMessage dead = tx(t -> t.outbox().notificationsMentioning(METROPOLE, "zoe@example.org")).get(0);
        assertEquals(storage.outbox().find("n-dead").orElseThrow(), dead);
        assertEquals(List.of("n-pending"), ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "Zoé"))));
        assertEquals(List.of(), tx(t -> t.outbox().notificationsMentioning(METROPOLE, "nobody@example.org")));
    }

    /** Rule: notificationsMentioning matches the text literally: percent, underscore and backslash are no wildcards nor escapes. */
    @Test
    public void notificationsMentioningTakesTheTextLiterally() {
        append(notification(METROPOLE + "/percent", "{\"t\":\"100% bénévole\"}"),
                notification(METROPOLE + "/digits", "{\"t\":\"1000 bénévoles\"}"),
                notification(METROPOLE + "/underscore", "{\"id\":\"m_42\"}"),
                notification(METROPOLE + "/letter", "{\"id\":\"mx42\"}"),
                notification(METROPOLE + "/backslash", "{\"path\":\"a\\\\b\"}"),
                notification(METROPOLE + "/plain", "{\"path\":\"ab\"}"));
        assertEquals(List.of("percent"), ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "100%"))));
        assertEquals(List.of("underscore"), ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "m_4"))));
        assertEquals(List.of("backslash"), ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "a\\\\b"))));
        assertEquals(List.of("percent"), ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "%"))));
        assertEquals(List.of("underscore"), ids(tx(t -> t.outbox().notificationsMentioning(METROPOLE, "_"))));
    }

    /**
     * Rule: sent lists the SENT messages of a type created strictly before the instant, in every
     * territory, in sequence order; pending, dead and other types are left out.
     */
    @Test
    public void sentListsDeliveredMessagesOfATypeCreatedBefore() {
        String type = "notification.contacts_shared";
        append(OutboxMessage.pending("s-meylan", MEYLAN, OutboxMessage.Kind.NOTIFICATION, type, "{}", at(-5)),
                OutboxMessage.pending("s-metro", METROPOLE, OutboxMessage.Kind.NOTIFICATION, type, "{}", at(-1)));
        append(OutboxMessage.pending("s-at-bound", METROPOLE, OutboxMessage.Kind.NOTIFICATION, type, "{}", at(0)),
                OutboxMessage.pending("s-pending", METROPOLE, OutboxMessage.Kind.NOTIFICATION, type, "{}", at(-9)),
                OutboxMessage.pending("s-dead", METROPOLE, OutboxMessage.Kind.NOTIFICATION, type, "{}", at(-9)),
                OutboxMessage.pending("s-other-type", METROPOLE, OutboxMessage.Kind.NOTIFICATION,
                        "notification.introduction_proposed", "{}", at(-9)));
        for (String id : List.of("s-meylan", "s-metro", "s-at-bound", "s-other-type")) {
            storage.outbox().markSent(id, at(1));
        }
        storage.outbox().markDead("s-dead", at(1), "gave up");
        assertEquals(List.of("s-meylan", "s-metro"), ids(tx(t -> t.outbox().sent(type, at(0)))));
        assertEquals(List.of("s-meylan", "s-metro", "s-at-bound"),
                ids(tx(t -> t.outbox().sent(type, at(0).plusNanos(1)))));
        assertEquals(List.of(), tx(t -> t.outbox().sent("notification.unknown", at(100))));
    }

    /** Rule: delete removes a message whatever its status, so it is never claimed; deleting again, or a missing id, does nothing. */
    @Test
    public void deleteRemovesAMessageAndIsIdempotent() {
        append(ContractFixtures.message(METROPOLE, "m1", T0), ContractFixtures.message(METROPOLE, "m2", T0),
                ContractFixtures.message(METROPOLE, "m3", T0));
        storage.outbox().claim(1, T0, LEASE);
        storage.outbox().markDead("m3", at(1), "gave up");
        run(t -> {
            t.outbox().delete("m1");
            t.outbox().delete("m3");
            t.outbox().delete("m1");
            t.outbox().delete("never-stored");
        });
        assertTrue(storage.outbox().find("m1").isEmpty());
        assertTrue(storage.outbox().find("m3").isEmpty());
        assertEquals(List.of(), storage.outbox().dead(METROPOLE));
        assertEquals(List.of("m2"), ids(storage.outbox().claim(5, at(3600), LEASE)));
        run(t -> t.outbox().delete("m1"));
    }

    /** Rule: a deletion in a transaction that fails is undone: the message stays, with its status and sequence. */
    @Test
    public void deletionOfARolledBackTransactionIsUndone() {
        append(ContractFixtures.message(METROPOLE, "m1", T0));
        OutboxMessage before = storage.outbox().find("m1").orElseThrow();
        assertThrows(IllegalStateException.class, () -> run(t -> {
            t.outbox().delete("m1");
            throw new IllegalStateException("erasure fails after the deletion");
        }));
        assertEquals(Optional.of(before), storage.outbox().find("m1"));
        assertEquals(List.of("m1"), ids(storage.outbox().claim(5, T0, LEASE)));
    }
}
