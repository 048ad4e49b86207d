package io.github.entraide.relay;

import io.github.entraide.MailDeliveryException;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.DomainEvent;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.Notification;
import io.github.entraide.spi.EventPublisher;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the messages committed transactions left in the {@link Outbox}: notifications to the
 * {@link Notifier}, domain events to the {@link EventPublisher}. Works on any {@link Storage}'s
 * outbox (in memory, JDBC, an integrator's).
 *
 * <pre>{@code
 * OutboxRelay relay = OutboxRelay.builder(storage)
 *         .notifier(smtpNotifier)
 *         .eventPublisher(portalEvents)
 *         .maxAttempts(8)
 *         .deadLetterListener((message, attempts, error) -> alerts.raise(message.territoryId(), message.id()))
 *         .build();
 * relay.start();            // background: polls every 5 seconds, wakeUp() polls at once
 * ...
 * relay.shutdown(Duration.ofSeconds(30));
 * }</pre>
 *
 * <h2>What it guarantees</h2>
 * <ul>
 *   <li><b>Nothing for a rolled-back transaction.</b> The relay only sees what
 *       {@link Outbox#claim} returns, and the storage makes a message claimable only once the
 *       transaction that appended it committed.</li>
 *   <li><b>At least once.</b> A message is marked sent only after the notifier or publisher
 *       returned. Each message is claimed with a lease ({@link Builder#lease}); if the relay dies
 *       (crash, kill, power loss) after the SMTP server accepted a message but before
 *       {@link Outbox#markSent} was stored, the message is claimed again once its lease has run
 *       out and sent a second time, <em>with the same delivery id</em> (the mail adapter derives
 *       the {@code Message-ID} from it, so mail clients and people can recognise the resend).
 *       The same holds when the server accepted a message but its answer never arrived (a read
 *       timeout, or a connection dropped after the end of the data): the notifier reports a
 *       transient failure and the retry sends a second copy with the same id. These windows, at
 *       most the one message in flight per relay, are the only sources of duplicates.</li>
 *   <li><b>Order.</b> Messages are claimed and attempted in commit (sequence) order. A message
 *       that fails is retried later without holding back the ones behind it, so order holds only
 *       among messages delivered at their first attempt.</li>
 *   <li><b>Retries.</b> A failure that may pass ({@link MailDeliveryException#isTransient()}, or
 *       any other runtime exception from the notifier or publisher) is retried after a
 *       {@link Backoff} delay with jitter. A permanent failure (an SMTP 5xx answer, an invalid
 *       address, a header injection attempt, an unreadable payload), or the
 *       {@link Builder#maxAttempts max attempts} reached, makes the message a dead letter and
 *       tells the {@link DeadLetterListener}. Moderators list dead letters with
 *       {@link #deadLetters(TerritoryId)} and retry one by hand with {@link #requeue(String)}
 *       (it then gets one more attempt; failing again makes it dead again).</li>
 *   <li><b>Leases.</b> A claimed message whose lease ran out before its turn in the batch is
 *       left alone (another node may have claimed it). Choose a lease longer than a batch can
 *       take: {@code batchSize} times the notifier's worst-case time per message.</li>
 * </ul>
 *
 * <h2>How it runs</h2>
 * Either the portal calls {@link #drainOnce()} or {@link #drainUntilIdle()} (from its own
 * scheduler, or in tests with a fixed {@link Clock}), or {@link #start()} runs a polling loop on
 * the {@link Builder#executor executor} the portal gives (it occupies one of its threads until
 * shutdown) or on a daemon thread of its own. {@link #shutdown(Duration)} stops claiming, lets the
 * message in flight finish and be marked, and leaves the rest of a claimed batch to be claimed
 * again when its lease ends. Several relays (several nodes) may run over one outbox: a claim is
 * exclusive while its lease holds.
 *
 * <p>Logs carry message ids, types, territory ids, attempt counts and exception classes, never a
 * payload or an exception message (which may hold an address).
 *
 * <p>Thread-safe: {@link #drainOnce()} may be called from several threads at once (each claims
 * its own messages); time comes from the builder's {@link Clock} only, so tests can drive it.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final Notifier notifier;
    private final EventPublisher eventPublisher;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final Backoff backoff;
    private final int maxAttempts;
    private final RandomGenerator random;
    private final DeadLetterListener deadLetterListener;
    private final Duration pollInterval;
    private final Executor executor;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean started;
    private boolean stopRequested;
    private boolean wakeRequested;
    private boolean loopRunning;
    private int activeDrains;

    private OutboxRelay(Builder b) {
        this.outbox = b.outbox;
        this.notifier = Objects.requireNonNull(b.notifier, "notifier");
        this.eventPublisher = b.eventPublisher;
        this.clock = b.clock;
        this.batchSize = b.batchSize;
        this.lease = b.lease;
        this.backoff = b.backoff;
        this.maxAttempts = b.maxAttempts;
        this.random = b.random;
        this.deadLetterListener = b.deadLetterListener;
        this.pollInterval = b.pollInterval;
        this.executor = b.executor;
    }

    /**
     * A builder for a relay over a storage's outbox.
     *
     * @param storage the storage
     * @return a builder
     */
    public static Builder builder(Storage storage) {
        return new Builder(Objects.requireNonNull(storage, "storage").outbox());
    }

    /**
     * A builder for a relay over an outbox.
     *
     * @param outbox the outbox
     * @return a builder
     */
    public static Builder builder(Outbox outbox) {
        return new Builder(Objects.requireNonNull(outbox, "outbox"));
    }

    /**
     * Claims one batch of due messages and attempts each, in order.
     *
     * @return what was done; {@link DrainResult#EMPTY} once shut down
     * @throws io.github.entraide.StorageException if the outbox fails (messages of the batch not yet
     *     marked are claimed again when their lease ends)
     */
    public DrainResult drainOnce() {
        lock.lock();
        try {
            if (stopRequested) {
                return DrainResult.EMPTY;
            }
            activeDrains++;
        } finally {
            lock.unlock();
        }
        try {
            return drainBatch();
        } finally {
            lock.lock();
            try {
                activeDrains--;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Drains batches until one claims nothing (messages waiting for a retry are not due yet).
     *
     * @return what was done, summed over the batches
     */
    public DrainResult drainUntilIdle() {
        return drainUntilIdle(Integer.MAX_VALUE);
    }

    /**
     * Drains batches until one claims nothing, or at most {@code maxBatches} batches.
     *
     * @param maxBatches the most batches to claim, at least 1
     * @return what was done, summed over the batches
     */
    public DrainResult drainUntilIdle(int maxBatches) {
        if (maxBatches < 1) {
            throw new IllegalArgumentException("maxBatches must be at least 1, was " + maxBatches);
        }
        DrainResult total = DrainResult.EMPTY;
        for (int i = 0; i < maxBatches; i++) {
            DrainResult r = drainOnce();
            total = total.plus(r);
            if (r.claimed() == 0) {
                break;
            }
        }
        return total;
    }

    private DrainResult drainBatch() {
        Instant claimedAt = clock.instant();
        List<OutboxMessage> batch = outbox.claim(batchSize, claimedAt, lease);
        Instant leaseEnd = claimedAt.plus(lease);
        int delivered = 0;
        int retried = 0;
        int dead = 0;
        int released = 0;
        for (OutboxMessage message : batch) {
            if (stopping()) {
                released++;
                continue;
            }
            if (!clock.instant().isBefore(leaseEnd)) {
                LOG.debug("outbox message {} ({}) left to a later claim: its lease ran out", message.id(),
                        message.type());
                released++;
                continue;
            }
            switch (attempt(message)) {
                case DELIVERED:
                    delivered++;
                    break;
                case RETRY:
                    retried++;
                    break;
                default:
                    dead++;
                    break;
            }
        }
        if (!batch.isEmpty()) {
            LOG.debug("outbox batch: {} claimed, {} delivered, {} to retry, {} dead, {} released", batch.size(),
                    delivered, retried, dead, released);
        }
        return new DrainResult(1, batch.size(), delivered, retried, dead, released);
    }

    private enum Outcome { DELIVERED, RETRY, DEAD }

    private Outcome attempt(OutboxMessage message) {
        int attempt = message.attempts() + 1;
        Runnable delivery;
        try {
            delivery = decode(message);
        } catch (RuntimeException e) {
            return fail(message, attempt, false, "payload-unreadable:" + e.getClass().getSimpleName());
        }
        try {
            delivery.run();
        } catch (MailDeliveryException e) {
            String cause = e.getCause() == null ? "" : ":" + e.getCause().getClass().getSimpleName();
            return fail(message, attempt, e.isTransient(),
                    (e.isTransient() ? "delivery-transient" : "delivery-permanent") + cause);
        } catch (RuntimeException e) {
            return fail(message, attempt, true, "delivery-failed:" + e.getClass().getSimpleName());
        }
        // Past this point the message is out: a crash before markSent is stored means one resend
        // with the same id once the lease runs out (the documented at-least-once window).
        outbox.markSent(message.id(), clock.instant());
        LOG.debug("outbox message {} ({}, territory {}) delivered at attempt {}", message.id(), message.type(),
                message.territoryId(), attempt);
        return Outcome.DELIVERED;
    }

    private Runnable decode(OutboxMessage message) {
        switch (message.kind()) {
            case NOTIFICATION: {
                Notification notification = Json.readNotification(message.type(), message.payload());
                return () -> notifier.send(message.id(), notification);
            }
            case EVENT: {
                DomainEvent event = Json.readEvent(message.type(), message.payload());
                return () -> eventPublisher.publish(message.id(), event);
            }
            default:
                throw new IllegalStateException("unknown kind " + message.kind());
        }
    }

    private Outcome fail(OutboxMessage message, int attempt, boolean transientFailure, String error) {
        Instant now = clock.instant();
        if (transientFailure && attempt < maxAttempts) {
            Duration delay;
            synchronized (random) {
                delay = backoff.delay(attempt, random);
            }
            outbox.markFailed(message.id(), now.plus(delay), error);
            LOG.warn("outbox message {} ({}, territory {}) failed at attempt {} ({}); retry in {}", message.id(),
                    message.type(), message.territoryId(), attempt, error, delay);
            return Outcome.RETRY;
        }
        outbox.markDead(message.id(), now, error);
        LOG.warn("outbox message {} ({}, territory {}) is a dead letter after attempt {} ({})", message.id(),
                message.type(), message.territoryId(), attempt, error);
        if (deadLetterListener != null) {
            try {
                deadLetterListener.onDeadLetter(message, attempt, error);
            } catch (RuntimeException e) {
                LOG.warn("dead-letter listener failed for outbox message {}: {}", message.id(),
                        e.getClass().getName());
            }
        }
        return Outcome.DEAD;
    }

    /**
     * A territory's dead letters, for its moderators.
     *
     * @param territoryId the territory
     * @return the dead messages, in sequence order
     */
    public List<OutboxMessage> deadLetters(TerritoryId territoryId) {
        return outbox.dead(Objects.requireNonNull(territoryId, "territoryId"));
    }

    /**
     * Puts a dead letter back in the queue, due at once (retry by hand), and wakes the background
     * loop. The message keeps its id, hence its {@code Message-ID}.
     *
     * @param id the message's id
     * @return true if a dead message was requeued
     */
    public boolean requeue(String id) {
        boolean requeued = outbox.requeue(Objects.requireNonNull(id, "id"), clock.instant());
        if (requeued) {
            LOG.info("outbox message {} requeued by hand", id);
            wakeUp();
        }
        return requeued;
    }

    /**
     * Starts the background loop: drain until idle, wait for the poll interval or
     * {@link #wakeUp()}, repeat until {@link #shutdown(Duration)}.
     *
     * @throws IllegalStateException if already started or shut down
     */
    public void start() {
        lock.lock();
        try {
            if (started || stopRequested) {
                throw new IllegalStateException(stopRequested ? "the relay is shut down" : "already started");
            }
            started = true;
            loopRunning = true;
        } finally {
            lock.unlock();
        }
        try {
            if (executor != null) {
                executor.execute(this::loop);
            } else {
                Thread thread = new Thread(this::loop, "entraide-outbox-relay");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (RuntimeException e) {
            loopEnded();
            throw e;
        }
        LOG.info("outbox relay started (batch {}, poll every {})", batchSize, pollInterval);
    }

    /** Asks the background loop to poll at once (for example right after a commit). Cheap; never blocks. */
    public void wakeUp() {
        lock.lock();
        try {
            wakeRequested = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean stopping() {
        lock.lock();
        try {
            return stopRequested;
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        try {
            loopUntilStopped();
        } catch (RuntimeException | Error e) {
            LOG.error("outbox relay: the background loop stopped on {}", e.getClass().getName());
            throw e;
        } finally {
            loopEnded();
        }
    }

    private void loopUntilStopped() {
        while (!stopping()) {
            DrainResult r;
            try {
                r = drainOnce();
            } catch (RuntimeException e) {
                LOG.warn("outbox relay: the drain failed ({}); next poll in {}", e.getClass().getName(),
                        pollInterval);
                r = DrainResult.EMPTY;
            }
            if (r.claimed() < batchSize) {
                awaitWakeUp();
            }
        }
    }

    private void awaitWakeUp() {
        lock.lock();
        try {
            long nanos = pollInterval.toNanos();
            while (!wakeRequested && !stopRequested && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
        } finally {
            lock.unlock();
        }
    }

    private void loopEnded() {
        lock.lock();
        try {
            loopRunning = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops claiming, lets the message in flight finish (and be marked), and waits for the
     * background loop and every running drain to end. Claimed messages not yet attempted are left
     * to be claimed again when their lease ends. Idempotent; may be called again with a longer
     * timeout.
     *
     * @param timeout how long to wait
     * @return true if everything stopped within the timeout
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean shutdown(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        lock.lock();
        try {
            if (!stopRequested) {
                stopRequested = true;
                LOG.info("outbox relay shutting down");
            }
            changed.signalAll();
            long nanos = timeout.toNanos();
            while ((loopRunning || activeDrains > 0) && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return !loopRunning && activeDrains == 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Shuts down, waiting at most 30 seconds for the message in flight.
     */
    @Override
    public void close() {
        try {
            if (!shutdown(Duration.ofSeconds(30))) {
                LOG.warn("outbox relay: a delivery was still running 30 seconds after close()");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Builds an {@link OutboxRelay}. Not thread-safe; {@link #build()} copies what it needs.
     */
    public static final class Builder {
        private final Outbox outbox;
        private Notifier notifier;
        private EventPublisher eventPublisher = (id, event) -> { };
        private Clock clock = Clock.systemUTC();
        private int batchSize = 20;
        private Duration lease = Duration.ofMinutes(5);
        private Backoff backoff = Backoff.DEFAULT;
        private int maxAttempts = 10;
        private RandomGenerator random = new SplittableRandom();
        private DeadLetterListener deadLetterListener;
        private Duration pollInterval = Duration.ofSeconds(5);
        private Executor executor;

        private Builder(Outbox outbox) {
            this.outbox = outbox;
        }

        /**
         * Where notifications go. Required.
         *
         * @param notifier the notifier, for example the mail adapter's {@code SmtpNotifier}
         * @return this builder
         */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /**
         * Where domain events go. Default: nowhere (events are marked sent unpublished).
         *
         * @param eventPublisher the publisher
         * @return this builder
         */
        public Builder eventPublisher(EventPublisher eventPublisher) {
            this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
            return this;
        }

        /**
         * Where time comes from. Default: the UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How many messages one claim takes. Default 20.
         *
         * @param batchSize 1 to 1000
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > 1000) {
                throw new IllegalArgumentException("batchSize must be between 1 and 1000, was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * How long a claim holds if the relay dies before marking its messages: the delay before
         * another relay resends them. Default 5 minutes.
         *
         * @param lease a positive duration
         * @return this builder
         */
        public Builder lease(Duration lease) {
            this.lease = positive(lease, "lease");
            return this;
        }

        /**
         * The delay before retrying a failed message. Default {@link Backoff#DEFAULT}.
         *
         * @param backoff the backoff
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * The delay before retrying a failed message.
         *
         * @param base the nominal delay after the first failure
         * @param factor how much it grows at each failure
         * @param max the longest delay
         * @param jitter the fraction that may be taken off at random, in [0, 1]
         * @return this builder
         */
        public Builder backoff(Duration base, double factor, Duration max, double jitter) {
            return backoff(new Backoff(base, factor, max, jitter));
        }

        /**
         * How many attempts before a transiently failing message becomes a dead letter. Default 10.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Where the jitter comes from (used under a lock). Default: an unseeded
         * {@link SplittableRandom}.
         *
         * @param random the generator
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * A seeded jitter, so that retries are reproducible (tests).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            return random(new SplittableRandom(seed));
        }

        /**
         * Told when a message becomes a dead letter. Default: none (the relay logs a warning).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder deadLetterListener(DeadLetterListener listener) {
            this.deadLetterListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * How long the background loop waits between polls when idle. Default 5 seconds.
         *
         * @param pollInterval a positive duration
         * @return this builder
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * Runs the background loop on the portal's executor (it occupies one thread until
         * shutdown; the relay never shuts the executor down). Default: a daemon thread of its own.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }

        /**
         * Builds the relay (not started).
         *
         * @return the relay
         * @throws NullPointerException if no notifier was given
         */
        public OutboxRelay build() {
            return new OutboxRelay(this);
        }
    }
}
