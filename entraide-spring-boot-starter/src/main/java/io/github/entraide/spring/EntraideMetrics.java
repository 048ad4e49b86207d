package io.github.entraide.spring;

import io.github.entraide.ConflictException;
import io.github.entraide.EntraideException;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Entraide's Micrometer meters (names and tags are listed in the README):
 * <ul>
 * <li>{@value #OUTBOX_BACKLOG} (gauge): outbox messages waiting to be delivered;</li>
 * <li>{@value #OUTBOX_OLDEST_AGE} (gauge, seconds): age of the oldest of them;</li>
 * <li>{@value #OUTBOX_DEAD} (gauge): dead messages in the outbox, waiting for a requeue;</li>
 * <li>{@value #OUTBOX_SENT}, {@value #OUTBOX_RETRIED}, {@value #OUTBOX_DEAD_LETTERS}
 * (counters): deliveries, failed attempts, dead letters since start;</li>
 * <li>{@value #CANDIDATE_QUERIES} (timer): latency of the candidate queries of online matching;</li>
 * <li>{@value #TRANSACTIONS} (timer, tag {@code outcome}): latency of the use cases' storage
 * transactions (one per use case), by outcome: {@code committed}, {@code conflict} (a concurrent
 * change, {@link ConflictException}), {@code refused} (another {@link EntraideException}),
 * {@code failed}.</li>
 * </ul>
 * Spring Boot binds it to every registry because it is a {@link MeterBinder} bean.
 *
 * <p>Thread-safe.
 */
public final class EntraideMetrics implements MeterBinder, CandidateSourceDecorator, StorageDecorator {
    /** Gauge: outbox messages waiting to be delivered. */
    public static final String OUTBOX_BACKLOG = "entraide.outbox.backlog";
    /** Gauge: seconds since the oldest pending outbox message was written (0 when none). */
    public static final String OUTBOX_OLDEST_AGE = "entraide.outbox.oldest.pending.age";
    /** Gauge: dead messages in the outbox, in every territory. */
    public static final String OUTBOX_DEAD = "entraide.outbox.dead";
    /** Counter: notifications delivered since start. */
    public static final String OUTBOX_SENT = "entraide.outbox.sent";
    /** Counter: failed delivery attempts (retried later or dead-lettered) since start. */
    public static final String OUTBOX_RETRIED = "entraide.outbox.retried";
    /** Counter: messages dead-lettered since start. */
    public static final String OUTBOX_DEAD_LETTERS = "entraide.outbox.dead.letters";
    /** Timer: candidate queries of online matching. */
    public static final String CANDIDATE_QUERIES = "entraide.matching.candidate.queries";

    /** Timer, tag {@code outcome}: the use cases' storage transactions. */
    public static final String TRANSACTIONS = "entraide.use.case.transactions";

    private final Storage storage;
    private final RelayStatistics statistics;
    private final Clock clock;
    private volatile Timer candidateTimer;
    private volatile MeterRegistry registry;

    /**
     * @param storage the storage whose outbox backlog is measured
     * @param statistics the relay's delivery counters
     * @param clock the clock the age of the oldest pending message is measured with
     */
    public EntraideMetrics(Storage storage, RelayStatistics statistics, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param storage the storage
     * @param clock the clock
     * @return how long the oldest pending message has waited (zero when none is pending)
     */
    static Duration oldestPendingAge(Storage storage, Clock clock) {
        return storage.outbox().oldestPendingCreatedAt()
                .map(created -> Duration.between(created, clock.instant()))
                .filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OUTBOX_BACKLOG, storage, s -> s.outbox().pendingCount())
                .description("Outbox messages waiting to be delivered").baseUnit("messages").register(registry);
        Gauge.builder(OUTBOX_OLDEST_AGE, storage, s -> oldestPendingAge(s, clock).toMillis() / 1000.0)
                .description("Age of the oldest outbox message waiting to be delivered").baseUnit("seconds")
                .register(registry);
        Gauge.builder(OUTBOX_DEAD, storage, s -> s.outbox().deadCount())
                .description("Dead outbox messages waiting for a requeue").baseUnit("messages").register(registry);
        FunctionCounter.builder(OUTBOX_SENT, statistics, RelayStatistics::sent)
                .description("Notifications delivered by the outbox relay").register(registry);
        FunctionCounter.builder(OUTBOX_RETRIED, statistics, RelayStatistics::failed)
                .description("Failed delivery attempts, retried later or dead-lettered").register(registry);
        FunctionCounter.builder(OUTBOX_DEAD_LETTERS, statistics, RelayStatistics::deadLetters)
                .description("Outbox messages dead-lettered after their last attempt").register(registry);
        for (String outcome : List.of("committed", "conflict", "refused", "failed")) {
            transactionTimer(registry, outcome);
        }
        this.registry = registry;
        candidateTimer = Timer.builder(CANDIDATE_QUERIES)
                .description("Latency of the candidate queries of online matching").register(registry);
    }

    @Override
    public CandidateSource decorate(CandidateSource source) {
        Objects.requireNonNull(source, "source");
        return new CandidateSource() {
            @Override
            public List<Candidate> topCandidates(HelpRequest request, MatchingPolicy policy,
                    MatchingEnvironment environment, int limit) {
                Timer timer = candidateTimer;
                if (timer == null) {
                    return source.topCandidates(request, policy, environment, limit);
                }
                long start = System.nanoTime();
                try {
                    return source.topCandidates(request, policy, environment, limit);
                } finally {
                    timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            }
        };
    }

    private static Timer transactionTimer(MeterRegistry registry, String outcome) {
        return Timer.builder(TRANSACTIONS).tag("outcome", outcome)
                .description("Latency of the use cases' storage transactions, by outcome").register(registry);
    }

    @Override
    public Storage decorate(Storage delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return new Storage() {
            @Override
            public <T> T inTransaction(Function<StorageTransaction, T> work) {
                MeterRegistry current = registry;
                if (current == null) {
                    return delegate.inTransaction(work);
                }
                long start = System.nanoTime();
                String outcome = "failed";
                try {
                    T result = delegate.inTransaction(work);
                    outcome = "committed";
                    return result;
                } catch (ConflictException e) {
                    outcome = "conflict";
                    throw e;
                } catch (EntraideException e) {
                    outcome = "refused";
                    throw e;
                } finally {
                    transactionTimer(current, outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            }

            @Override
            public Outbox outbox() {
                return delegate.outbox();
            }
        };
    }
}
