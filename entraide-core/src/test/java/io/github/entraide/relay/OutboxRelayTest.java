package io.github.entraide.relay;

import static io.github.entraide.relay.OutboxFixture.GRENOBLE;
import static io.github.entraide.relay.OutboxFixture.T0;
import static io.github.entraide.relay.OutboxFixture.append;
import static io.github.entraide.relay.OutboxFixture.erasure;
import static io.github.entraide.relay.OutboxFixture.event;
import static io.github.entraide.relay.OutboxFixture.notification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<String> published = Collections.synchronizedList(new ArrayList<>());

    private OutboxRelay.Builder relay() {
        return OutboxRelay.builder(storage).notifier(notifier).eventPublisher((id, e) -> published.add(id))
                .clock(clock).seed(42);
    }

    private void commit(OutboxMessage... messages) {
        storage.inTransaction(tx -> {
            append(tx, messages);
            return null;
        });
    }

    private OutboxMessage stored(String id) {
        return storage.outbox().find(id).orElseThrow();
    }

    @Test
    void deliversNotificationsAndEventsInCommitOrderAndMarksThemSent() {
        commit(notification("n-2", erasure(2)), event("e-1"));
        commit(notification("n-1", erasure(1)));

        DrainResult result = relay().batchSize(2).build().drainUntilIdle();

        assertThat(result).isEqualTo(new DrainResult(3, 3, 3, 0, 0, 0));
        assertThat(notifier.delivered()).containsExactly("n-2", "n-1");
        assertThat(published).containsExactly("e-1");
        assertThat(List.of("n-2", "e-1", "n-1")).allSatisfy(id -> {
            assertThat(stored(id).status()).isEqualTo(OutboxMessage.Status.SENT);
            assertThat(stored(id).attempts()).isEqualTo(1);
        });
        assertThat(storage.outbox().pendingCount()).isZero();
    }

    @Test
    void nothingIsDeliveredForARolledBackTransaction() {
        assertThatThrownBy(() -> storage.inTransaction(tx -> {
            append(tx, notification("rolled-back", erasure(1)), event("rolled-back-event"));
            throw new IllegalStateException("the use case failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        commit(notification("committed", erasure(2)));

        DrainResult result = relay().build().drainUntilIdle();

        assertThat(result.claimed()).isEqualTo(1);
        assertThat(notifier.delivered()).containsExactly("committed");
        assertThat(published).isEmpty();
        assertThat(storage.outbox().find("rolled-back")).isEmpty();
    }

    @Test
    void retriesTransientFailuresWithExponentialBackoffWithinJitterBoundsThenDeadLetters() {
        commit(notification("n-1", erasure(1)));
        notifier.failAlways(RecordingNotifier.transientFailure("n-1"));
        List<String> deadLetters = new ArrayList<>();
        OutboxRelay relay = relay().backoff(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(5), 0.5).maxAttempts(5)
                .deadLetterListener((m, attempts, error) -> deadLetters.add(m.id() + "/" + attempts + "/" + error))
                .build();

        long[] nominalMinutes = {1, 2, 4, 5};
        for (int attempt = 1; attempt <= 4; attempt++) {
            DrainResult r = relay.drainOnce();
            assertThat(r.retried()).isEqualTo(1);
            OutboxMessage m = stored("n-1");
            assertThat(m.attempts()).isEqualTo(attempt);
            assertThat(m.lastError()).hasValue("delivery-transient:ConnectException");
            Duration delay = Duration.between(clock.instant(), m.nextAttemptAt());
            Duration nominal = Duration.ofMinutes(nominalMinutes[attempt - 1]);
            assertThat(delay).isBetween(nominal.dividedBy(2), nominal);
            // not due before its time
            clock.set(m.nextAttemptAt().minusMillis(1));
            assertThat(relay.drainOnce().claimed()).isZero();
            clock.set(m.nextAttemptAt());
        }
        DrainResult last = relay.drainOnce();

        assertThat(last.deadLettered()).isEqualTo(1);
        assertThat(stored("n-1").status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(stored("n-1").attempts()).isEqualTo(5);
        assertThat(deadLetters).containsExactly("n-1/5/delivery-transient:ConnectException");
        assertThat(relay.deadLetters(GRENOBLE)).extracting(OutboxMessage::id).containsExactly("n-1");
        assertThat(notifier.delivered()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameRetrySchedule() {
        List<Instant> first = retrySchedule(7);
        List<Instant> second = retrySchedule(7);
        assertThat(first).isEqualTo(second).hasSize(3);
    }

    private List<Instant> retrySchedule(long seed) {
        InMemoryStorage s = new InMemoryStorage();
        MutableClock c = new MutableClock(T0);
        s.inTransaction(tx -> {
            append(tx, notification("n-1", erasure(1)));
            return null;
        });
        OutboxRelay relay = OutboxRelay.builder(s).clock(c).seed(seed).maxAttempts(10)
                .notifier((id, n) -> {
                    throw RecordingNotifier.transientFailure(id);
                }).build();
        List<Instant> schedule = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            relay.drainOnce();
            Instant next = s.outbox().find("n-1").orElseThrow().nextAttemptAt();
            schedule.add(next);
            c.set(next);
        }
        return schedule;
    }

    @Test
    void aDeadLetterRequeuedByHandIsDeliveredWithItsId() {
        commit(notification("n-1", erasure(1)), notification("n-2", erasure(2)));
        notifier.failNext(RecordingNotifier.transientFailure("n-1"));
        OutboxRelay relay = relay().maxAttempts(1).build();

        DrainResult first = relay.drainUntilIdle();
        assertThat(first.deadLettered()).isEqualTo(1);
        assertThat(first.delivered()).isEqualTo(1);
        assertThat(relay.deadLetters(GRENOBLE)).extracting(OutboxMessage::id).containsExactly("n-1");

        assertThat(relay.requeue("n-1")).isTrue();
        assertThat(relay.requeue("n-2")).as("only dead letters can be requeued").isFalse();
        assertThat(relay.drainUntilIdle().delivered()).isEqualTo(1);

        assertThat(notifier.delivered()).containsExactly("n-2", "n-1");
        assertThat(stored("n-1").status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(relay.deadLetters(GRENOBLE)).isEmpty();
    }

    @Test
    void aPermanentFailureIsADeadLetterAtOnce() {
        commit(notification("n-1", erasure(1)));
        notifier.failNext(RecordingNotifier.permanentFailure("n-1"));

        DrainResult r = relay().maxAttempts(10).build().drainOnce();

        assertThat(r.deadLettered()).isEqualTo(1);
        assertThat(stored("n-1").status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(stored("n-1").lastError()).hasValue("delivery-permanent:IllegalArgumentException");
    }

    @Test
    void anUnreadablePayloadIsADeadLetterAndDoesNotBlockTheOthers() {
        commit(OutboxMessage.pending("bad", GRENOBLE, OutboxMessage.Kind.NOTIFICATION,
                "notification.no_such_kind", "{}", T0), notification("n-1", erasure(1)));

        DrainResult r = relay().build().drainOnce();

        assertThat(r).isEqualTo(new DrainResult(1, 2, 1, 0, 1, 0));
        assertThat(stored("bad").lastError()).hasValue("payload-unreadable:IllegalArgumentException");
        assertThat(notifier.delivered()).containsExactly("n-1");
    }

    @Test
    void anEventPublisherFailureIsRetried() {
        commit(event("e-1"));
        List<String> calls = new ArrayList<>();
        OutboxRelay relay = relay().eventPublisher((id, e) -> {
            calls.add(id);
            if (calls.size() == 1) {
                throw new IllegalStateException("portal busy");
            }
        }).build();

        assertThat(relay.drainOnce().retried()).isEqualTo(1);
        clock.set(stored("e-1").nextAttemptAt());
        assertThat(relay.drainOnce().delivered()).isEqualTo(1);
        assertThat(calls).containsExactly("e-1", "e-1");
    }

    @Test
    void aMessageWhoseLeaseRanOutBeforeItsTurnIsLeftToTheNextClaim() {
        commit(notification("slow", erasure(1)), notification("late", erasure(2)));
        Duration lease = Duration.ofMinutes(5);
        notifier.beforeEach(id -> {
            if (id.equals("slow")) {
                clock.advance(lease);
            }
        });
        OutboxRelay relay = relay().lease(lease).build();

        DrainResult r = relay.drainOnce();

        assertThat(r).isEqualTo(new DrainResult(1, 2, 1, 0, 0, 1));
        assertThat(stored("late").status()).isEqualTo(OutboxMessage.Status.PENDING);
        notifier.beforeEach(id -> { });
        assertThat(relay.drainOnce().delivered()).isEqualTo(1);
        assertThat(notifier.delivered()).containsExactly("slow", "late");
    }

    /** Thrown by a notifier to stand for the JVM dying: the relay does not catch errors. */
    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aRelayThatDiesMidBatchIsTakenOverAfterTheLeaseWithOneDuplicateOnly() {
        for (int i = 1; i <= 10; i++) {
            commit(notification(String.format("n-%02d", i), erasure(i)));
        }
        Duration lease = Duration.ofMinutes(5);
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        OutboxRelay first = OutboxRelay.builder(storage).clock(clock).lease(lease).batchSize(10)
                .notifier((id, n) -> {
                    received.add(id);
                    if (id.equals("n-04")) {
                        throw new SimulatedCrash(); // accepted by the server, then the JVM died
                    }
                }).build();
        OutboxRelay second = OutboxRelay.builder(storage).clock(clock).lease(lease).batchSize(10)
                .notifier((id, n) -> received.add(id)).build();

        assertThatThrownBy(first::drainOnce).isInstanceOf(SimulatedCrash.class);
        assertThat(second.drainOnce().claimed()).as("the lease still holds").isZero();
        clock.advance(lease);
        DrainResult r = second.drainUntilIdle();

        assertThat(r.delivered()).isEqualTo(7);
        List<String> all = IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("n-%02d", i))
                .collect(Collectors.toList());
        assertThat(received).containsAll(all);
        assertThat(received).hasSize(11);
        assertThat(received.stream().filter("n-04"::equals)).hasSize(2);
        assertThat(storage.outbox().pendingCount()).isZero();
    }

    @Test
    void theBackgroundLoopDeliversOnWakeUpOnTheGivenExecutor() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch delivered = new CountDownLatch(3);
        notifier.beforeEach(id -> delivered.countDown());
        OutboxRelay relay = relay().executor(executor).pollInterval(Duration.ofHours(1)).build();
        try {
            relay.start();
            commit(notification("n-1", erasure(1)), notification("n-2", erasure(2)));
            commit(notification("n-3", erasure(3)));
            relay.wakeUp();
            assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(relay.shutdown(Duration.ofSeconds(10))).isTrue();
            assertThat(notifier.delivered()).containsExactly("n-1", "n-2", "n-3");
            assertThatThrownBy(relay::start).isInstanceOf(IllegalStateException.class);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aGracefulShutdownFinishesTheMessageInFlightAndStopsClaiming() throws Exception {
        commit(notification("n-1", erasure(1)), notification("n-2", erasure(2)), notification("n-3", erasure(3)));
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        notifier.beforeEach(id -> {
            inFlight.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        OutboxRelay relay = relay().pollInterval(Duration.ofHours(1)).build();
        relay.start();
        assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(relay.shutdown(Duration.ZERO)).as("n-1 is still in flight").isFalse();
        release.countDown();
        assertThat(relay.shutdown(Duration.ofSeconds(10))).isTrue();

        assertThat(notifier.delivered()).containsExactly("n-1");
        assertThat(stored("n-1").status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(stored("n-2").status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(stored("n-2").attempts()).isZero();
        assertThat(relay.drainOnce()).isEqualTo(DrainResult.EMPTY);
    }

    @Test
    void backoffRejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ofMinutes(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), 0.5, Duration.ofMinutes(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), 2, Duration.ofMinutes(1), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Backoff.DEFAULT.nominalDelay(40)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> OutboxRelay.builder(storage).build()).isInstanceOf(NullPointerException.class);
    }
}
