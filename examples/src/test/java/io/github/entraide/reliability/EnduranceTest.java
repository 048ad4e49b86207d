package io.github.entraide.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.Entraide;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.matching.CandidateView;
import io.github.entraide.notification.Notification;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.Notifier;
import io.github.entraide.testkit.GrenobleFixture;
import io.github.entraide.testkit.MutableClock;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grenoble flow sustained for minutes on the assembled stack (JDBC storage on H2 behind
 * HikariCP, the SMTP notifier sending to GreenMail, the outbox relay running in the background):
 * round after round, neighbours register, offer, ask, are introduced, help, report and are
 * moderated, then erase themselves; the days pass and the retention purge runs. The heap after a
 * full GC and the live threads are sampled after each round; they must level off.
 *
 * <p>How long: system property {@code entraide.endurance.seconds}, default 180 under {@code CI=true},
 * 20 otherwise.
 *
 * <p>The database is an H2 <em>file</em> in a temporary directory with an 8 MB page cache, not an
 * in-memory one: the library keeps by design what a city keeps (erased members' tombstones, the
 * audit trail, anonymised requests), and an in-memory database would put those growing tables on
 * the very heap this test measures. What stays on disk is reported ({@code database_file_bytes}).
 */
class EnduranceTest {
    private static final String T = GrenobleFixture.TERRITORY_ID.value();
    private static final Actor MODERATOR = Actor.moderator(GrenobleFixture.TERRITORY_ID, "moderator-1");
    private static final int PAIRS = 5;
    private static final int MIN_ROUNDS = 16;
    /**
     * Allowed growth of the heap after GC from the first quarter to the last: 20 %, or 12 MB if
     * more — H2's page cache (capped at 8 MB here) fills as the file grows, plus a few MB of JDK and
     * JIT bookkeeping that a full GC keeps. A leak of even a few hundred bytes per operation
     * (thousands per round) exceeds it over the default durations.
     */
    private static final long MARGIN_BYTES = 12L << 20;
    private static final double MARGIN_RATIO = 0.20;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-17T08:00:00Z"));
    private final AtomicLong sent = new AtomicLong();
    private long operations;
    private long received;
    private long flagged;

    @Test
    void heapAndThreadsLevelOffAndEveryEmailIsDelivered() throws Exception {
        long seconds = Long.getLong("entraide.endurance.seconds",
                "true".equalsIgnoreCase(System.getenv("CI")) ? 180 : 20);
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("endurance").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=8192");
        pool.setMaximumPoolSize(5);
        pool.setPoolName("endurance");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<long[]> samples = new ArrayList<>(); // {round, heap after GC, live threads, nanos since start}
        long start = System.nanoTime();
        long warmUpEnd = start + Duration.ofSeconds(seconds).toNanos() / 5;
        long end = start + Duration.ofSeconds(seconds).toNanos();
        int rounds = 0;
        int warmUpRounds = -1;
        long dead;
        try (HikariDataSource dataSource = new HikariDataSource(pool);
                SmtpNotifier mail = SmtpNotifier.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                        .security(SmtpSecurity.NONE).heloName("localhost").from("entraide@example.org", "Entraide")
                        .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}")
                        .clock(clock).build()) {
            JdbcStorage storage = JdbcStorage.builder(dataSource).migrateOnStart(true).build();
            Entraide entraide = Entraide.builder().storage(storage).clock(clock).build();
            entraide.territories().create(Actor.administrator("admin"),
                    GrenobleFixture.createCommand(TerritorySettings.defaults()));
            Notifier counting = (String deliveryId, Notification notification) -> {
                mail.send(deliveryId, notification);
                sent.incrementAndGet();
            };
            try (OutboxRelay relay = OutboxRelay.builder(storage).notifier(counting).clock(clock).batchSize(100)
                    .pollInterval(Duration.ofMillis(200)).build()) {
                relay.start();
                while (System.nanoTime() < end || rounds < MIN_ROUNDS) {
                    round(entraide, rounds);
                    awaitDrained(entraide, relay);
                    received += forgetReceived(smtp);
                    rounds++;
                    if (warmUpRounds < 0 && System.nanoTime() >= warmUpEnd && rounds >= 3) {
                        warmUpRounds = rounds;
                    }
                    if (warmUpRounds >= 0) {
                        samples.add(new long[] {rounds, heapAfterGc(memory), threads.getThreadCount(),
                                System.nanoTime() - start});
                    }
                }
                awaitDrained(entraide, relay);
                received += forgetReceived(smtp);
                dead = storage.outbox().dead(GrenobleFixture.TERRITORY_ID).size();
                assertThat(storage.outbox().pendingCount()).isZero();
            }
        } finally {
            smtp.stop();
        }
        long databaseBytes;
        try (Stream<Path> files = Files.list(dir)) {
            databaseBytes = files.mapToLong(p -> p.toFile().length()).sum();
        }

        int n = samples.size();
        int quarter = Math.max(1, n / 4);
        long firstQuarter = median(samples.subList(0, quarter));
        long lastQuarter = median(samples.subList(n - quarter, n));
        long allowed = firstQuarter + Math.max(MARGIN_BYTES, (long) (firstQuarter * MARGIN_RATIO));
        long threadsAfterWarmUp = samples.get(0)[2];
        long threadsAtEnd = samples.get(n - 1)[2];
        long heapMin = samples.stream().mapToLong(s -> s[1]).min().orElseThrow();
        long heapMax = samples.stream().mapToLong(s -> s[1]).max().orElseThrow();
        long threadsMin = samples.stream().mapToLong(s -> s[2]).min().orElseThrow();
        long threadsMax = samples.stream().mapToLong(s -> s[2]).max().orElseThrow();
        double elapsed = (System.nanoTime() - start) / 1e9;

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds_requested", seconds);
        figures.put("seconds_run", Math.round(elapsed * 10) / 10.0);
        figures.put("rounds", rounds);
        figures.put("warm_up_rounds", warmUpRounds);
        figures.put("operations", operations);
        figures.put("operations_per_second", Math.round(operations / elapsed));
        figures.put("emails_sent", sent.get());
        figures.put("emails_received", received);
        figures.put("emails_dead", dead);
        figures.put("paid_offers_flagged", flagged);
        figures.put("samples", n);
        figures.put("heap_after_gc_first_quarter_median_mb", mb(firstQuarter));
        figures.put("heap_after_gc_last_quarter_median_mb", mb(lastQuarter));
        figures.put("heap_after_gc_allowed_mb", mb(allowed));
        figures.put("heap_after_gc_min_mb", mb(heapMin));
        figures.put("heap_after_gc_max_mb", mb(heapMax));
        figures.put("threads_after_warm_up", threadsAfterWarmUp);
        figures.put("threads_at_end", threadsAtEnd);
        figures.put("threads_min", threadsMin);
        figures.put("threads_max", threadsMax);
        figures.put("database_file_bytes", databaseBytes);
        figures.put("heap_after_gc_mb_by_round", samples.stream().map(s -> List.of(s[0], mb(s[1]))).toArray());
        LogsCarryNoPersonalDataTest.writeFigures("EnduranceTest", figures);
        System.out.printf(Locale.ROOT, "EnduranceTest: %.0f s, %d rounds, %d operations, %d e-mails; heap after GC"
                + " %.1f -> %.1f MB (allowed %.1f, min %.1f, max %.1f); threads %d -> %d%n", elapsed, rounds, operations,
                sent.get(), mb(firstQuarter), mb(lastQuarter), mb(allowed), mb(heapMin), mb(heapMax),
                threadsAfterWarmUp, threadsAtEnd);

        assertThat(n).as("samples after warm-up").isGreaterThanOrEqualTo(4);
        assertThat(lastQuarter).as("median heap after GC, last quarter (first quarter %.1f MB)", mb(firstQuarter))
                .isLessThanOrEqualTo(allowed);
        assertThat(threadsAtEnd).as("live threads at the end vs after warm-up")
                .isBetween(threadsAfterWarmUp - 2, threadsAfterWarmUp + 2);
        assertThat(dead).as("dead letters").isZero();
        assertThat(received).as("e-mails received").isEqualTo(sent.get()).isPositive();
    }

    /** One day of the city: a few neighbours come, help one another, are moderated, and leave. */
    private void round(Entraide entraide, int r) {
        List<MemberView> helpers = new ArrayList<>();
        List<HelpOffer> offers = new ArrayList<>();
        List<MemberView> neighbours = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            MemberView h = register(entraide, "Aidant " + r + "-" + i, "aidant." + r + "." + i + "@example.org",
                    i % 2 == 0 ? Optional.of(String.format(Locale.ROOT, "06 %02d %02d %02d %02d", 10 + r / 10000 % 90,
                            r / 100 % 100, r % 100, i)) : Optional.empty(), MemberRole.HELPER);
            helpers.add(h);
            offers.add(entraide.offers().publish(actor(h), new PublishOffer(T, h.id().value(), "groceries", 5.0,
                    WeeklyAvailability.always(), Set.of("fr"), 2, "Courses le samedi, jour " + r + ".")));
            operations += 2;
        }
        try {
            MemberView h = helpers.get(0);
            entraide.offers().publish(actor(h), new PublishOffer(T, h.id().value(), "other.pet-walking", 5.0,
                    WeeklyAvailability.always(), Set.of("fr"), 1, "Promenade de chien, 10 € de l’heure."));
        } catch (RuleRefusedException e) {
            flagged++;
        }
        operations++;
        for (int i = 0; i < PAIRS; i++) {
            MemberView b = register(entraide, "Voisine " + r + "-" + i, "voisine." + r + "." + i + "@example.org",
                    Optional.empty(), MemberRole.BENEFICIARY);
            neighbours.add(b);
            HelpRequest request = entraide.requests().file(actor(b), new FileRequest(T, b.id().value(), "groceries",
                    "Pain et lait pour le jour " + r + ", merci.", GrenobleFixture.GRENOBLE, Optional.empty(),
                    Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), Optional.empty(), false));
            List<CandidateView> candidates = entraide.matching().match(actor(b), new MatchRequest(T,
                    request.id().value(), 1)).candidates();
            assertThat(candidates).as("round %d, request %d", r, i).isNotEmpty();
            IntroductionView proposed = entraide.introductions().propose(actor(b), new ProposeIntroduction(T,
                    request.id().value(), candidates.get(0).offerId().value()));
            HelpOffer offer = entraide.storage().inTransaction(tx -> tx.offers().find(proposed.territoryId(),
                    proposed.offerId())).orElseThrow();
            Actor helper = Actor.member(proposed.territoryId(), offer.helperId());
            entraide.introductions().accept(helper, new IntroductionRef(T, proposed.id().value()));
            entraide.introductions().confirmCompletion(helper, new ConfirmCompletion(T, proposed.id().value(), false));
            entraide.introductions().confirmCompletion(actor(b), new ConfirmCompletion(T, proposed.id().value(),
                    false));
            operations += 8;
        }
        MemberView reporter = neighbours.get(0);
        ModerationCase reported = entraide.moderation().report(actor(reporter), new ReportContent(T,
                reporter.id().value(), ModerationSubject.Kind.OFFER, offers.get(1).id().value(),
                ReportReason.INAPPROPRIATE, "Propos déplacés au téléphone, jour " + r + "."));
        entraide.moderation().decide(MODERATOR, new DecideCase(T, reported.id().value(), ModerationAction.REMOVE,
                "inappropriate"));
        operations += 2;
        for (MemberView m : helpers) {
            entraide.privacy().erase(actor(m), new MemberRef(T, m.id().value()));
        }
        for (MemberView m : neighbours) {
            entraide.privacy().erase(actor(m), new MemberRef(T, m.id().value()));
        }
        operations += 2L * PAIRS;
        clock.advance(Duration.ofDays(1));
        entraide.maintenance().runScheduledWork(Actor.system());
        entraide.maintenance().purgeExpired(Actor.system());
        operations += 2;
    }

    private static MemberView register(Entraide entraide, String name, String email, Optional<String> phone,
            MemberRole role) {
        return entraide.members().register(Actor.system(), new RegisterMember(T, name, email, phone, "fr",
                GrenobleFixture.GRENOBLE, Optional.empty(), Set.of(role), Optional.of(1980), true, true, "2026-11"));
    }

    private static Actor actor(MemberView m) {
        return Actor.member(m.territoryId(), m.id());
    }

    /** Wakes the relay and waits, with a deadline, until the outbox has nothing left to send. */
    private static void awaitDrained(Entraide entraide, OutboxRelay relay) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        relay.wakeUp();
        while (entraide.storage().outbox().pendingCount() > 0) {
            assertThat(System.nanoTime()).as("outbox drained within 60 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** Counts what GreenMail received, then forgets it (messages and the users it created for them). */
    private static long forgetReceived(GreenMail smtp) throws Exception {
        long count = smtp.getReceivedMessages().length;
        smtp.purgeEmailFromAllMailboxes();
        for (GreenMailUser user : new ArrayList<>(smtp.getUserManager().listUser())) {
            smtp.getUserManager().deleteUser(user);
        }
        return count;
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    private static long median(List<long[]> samples) {
        long[] heap = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        return heap[heap.length / 2];
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }
}
