package io.github.entraide.reliability;

import static io.github.entraide.reliability.Community.T;
import static io.github.entraide.reliability.Community.TERRITORY;
import static io.github.entraide.reliability.Community.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.ConflictException;
import io.github.entraide.EntraideException;
import io.github.entraide.Entraide;
import io.github.entraide.ErrorCode;
import io.github.entraide.StorageException;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.notification.Notification;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.spi.Notifier;
import io.github.entraide.testkit.MutableClock;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL failing under the application: (a) its backend killed in the middle of a
 * transaction, at each write of a proposal and at its commit (sent with the outbox append), and
 * between an e-mail sent and its outbox row marked; (b) the database "restarted" — every
 * connection cut and new ones refused for a while, through a TCP proxy (the shared server is left
 * alone), while use cases and the relay keep going; optionally (c) a real restart by the command
 * in {@code ENTRAIDE_TEST_PG_RESTART}. Each failed use case is a {@link StorageException};
 * nothing is half-written; service resumes on fresh connections; no e-mail is lost.
 */
class DatabaseFaultsTest {
    private static final int POOL_SIZE = 4;
    private static final String RESTART_VARIABLE = "ENTRAIDE_TEST_PG_RESTART";
    private static final Figures FIGURES = Figures.of(DatabaseFaultsTest.class);

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private PostgresDatabase database;
    private GreenMail smtp;

    @BeforeEach
    void start() {
        database = PostgresDatabase.create();
        toClose.add(database);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        toClose.add(smtp::stop);
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
        FIGURES.write();
    }

    private HikariDataSource pool(String name, String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + "&ApplicationName=" + name + "&connectTimeout=2&socketTimeout=30");
        config.setPoolName(name);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(1_000);
        config.setValidationTimeout(500);
        HikariDataSource pool = new HikariDataSource(config);
        toClose.add(pool);
        return pool;
    }

    private SmtpNotifier mail() {
        SmtpNotifier mail = SmtpNotifier.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                .security(SmtpSecurity.NONE).from("entraide@grenoble.example", "Entraide Grenoble")
                .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}").build();
        toClose.add(mail);
        return mail;
    }

    /** The stored state a proposal touches. */
    private record Snapshot(int offerLoad, long offerVersion, RequestStatus requestStatus, long requestVersion,
            int introductions, int outboxRows) {
    }

    private Snapshot snapshot(JdbcStorage observer, OfferId offer, RequestId request) {
        return observer.inTransaction(t -> {
            HelpOffer o = t.offers().find(TERRITORY, offer).orElseThrow();
            HelpRequest r = t.requests().find(TERRITORY, request).orElseThrow();
            return new Snapshot(o.load(), o.version(), r.status(), r.version(),
                    t.introductions().all(TERRITORY).size(), Deliveries.outbox(database.dataSource()).size());
        });
    }

    @Test
    void aBackendKilledMidTransactionFailsCleanlyAndTheNextOperationsRunOnFreshConnections() {
        HikariDataSource pool = pool("entraide-kill", database.url());
        BackendKiller killer = new BackendKiller(pool, database.dataSource());
        JdbcStorage storage = JdbcStorage.builder(killer).migrateOnStart(true).build();
        JdbcStorage observer = JdbcStorage.builder(database.dataSource()).build();
        Entraide app = Entraide.builder().storage(storage).build();
        Community community = Community.create(app, 1, 10, 1);
        HelpOffer offer = community.offers.get(0);
        MemberId beneficiary = community.beneficiaries.get(0);

        List<BackendKiller.Point> points = List.of(
                BackendKiller.Point.before("offer-update", "UPDATE entraide_offer "),
                BackendKiller.Point.before("request-update", "UPDATE entraide_request "),
                BackendKiller.Point.before("introduction-insert", "INSERT INTO entraide_introduction"),
                // On PostgreSQL the outbox counter's update, the message inserts and the COMMIT travel
                // together (one statement, then COMMIT, in one round trip): killing before it is
                // killing before the commit, and Connection.commit() is not called for a proposal.
                BackendKiller.Point.before("outbox-append-and-commit", "WITH c AS (UPDATE entraide_outbox_counter"));
        int afterwards = 0;
        for (BackendKiller.Point point : points) {
            HelpRequest request = Community.file(app, beneficiary, Community.REQUEST_TEXT);
            Snapshot before = snapshot(observer, offer.id(), request.id());
            ProposeIntroduction propose = new ProposeIntroduction(T, request.id().value(), offer.id().value());

            killer.arm(point);
            Throwable thrown = catchThrowable(() -> app.introductions().propose(member(beneficiary), propose));
            assertThat(killer.disarm()).as("%s reached", point.name()).isFalse();

            assertThat(thrown).as(point.name()).isInstanceOf(StorageException.class);
            EntraideException failure = (EntraideException) thrown;
            assertThat(failure.code()).isEqualTo(ErrorCode.STORAGE_FAILURE);
            assertThat(failure.message(Locale.FRENCH)).isNotBlank();
            assertThat(failure.message(Locale.ENGLISH)).isNotBlank();
            assertThat(snapshot(observer, offer.id(), request.id())).as("nothing half-written at %s", point.name())
                    .isEqualTo(before);

            // Service resumes: more operations than the pool has connections, all succeed.
            IntroductionView made = app.introductions().propose(member(beneficiary), propose);
            Snapshot after = snapshot(observer, offer.id(), request.id());
            assertThat(after.offerLoad()).isEqualTo(before.offerLoad() + 1);
            assertThat(after.requestStatus()).isEqualTo(RequestStatus.INTRODUCED);
            assertThat(after.introductions()).isEqualTo(before.introductions() + 1);
            app.introductions().cancel(member(beneficiary), new IntroductionRef(T, made.id().value()));
            for (int i = 0; i < POOL_SIZE; i++) {
                Community.file(app, beneficiary, Community.REQUEST_TEXT);
            }
            afterwards += POOL_SIZE + 2;
        }
        FIGURES.put("backendKilled", Figures.scenario().put("kills", killer.kills())
                .put("points", points.stream().map(BackendKiller.Point::name).collect(Collectors.toList()))
                .put("failedWithStorageException", points.size()).put("halfWritten", 0)
                .put("operationsAfterwards", afterwards).put("failedAfterwards", 0));
        assertThat(killer.kills()).isEqualTo(points.size());
    }

    @Test
    void aBackendKilledBetweenAnEmailSentAndItsRowMarkedResendsItOnceWithTheSameMessageId() throws Exception {
        HikariDataSource pool = pool("entraide-kill-relay", database.url());
        BackendKiller killer = new BackendKiller(pool, database.dataSource());
        JdbcStorage storage = JdbcStorage.builder(killer).migrateOnStart(true).build();
        Entraide app = Entraide.builder().storage(storage).build();
        Community community = Community.create(app, 1, 10, 1);
        HelpRequest request = Community.file(app, community.beneficiaries.get(0), Community.REQUEST_TEXT);
        app.introductions().propose(member(community.beneficiaries.get(0)), new ProposeIntroduction(T,
                request.id().value(), community.offers.get(0).id().value()));

        SmtpNotifier mail = mail();
        AtomicBoolean first = new AtomicBoolean(true);
        Notifier killAfterTheFirstSend = (id, notification) -> {
            mail.send(id, notification);
            if (first.getAndSet(false)) {
                killer.arm(BackendKiller.Point.before("mark-sent", "UPDATE entraide_outbox SET status = 'SENT'"));
            }
        };
        MutableClock clock = new MutableClock(Instant.now());
        Duration lease = Duration.ofMinutes(5);
        OutboxRelay relay = OutboxRelay.builder(storage).notifier(killAfterTheFirstSend).clock(clock).lease(lease)
                .build();
        toClose.add(relay);

        Throwable thrown = catchThrowable(relay::drainUntilIdle);
        assertThat(thrown).isInstanceOf(StorageException.class);
        assertThat(killer.kills()).isEqualTo(1);
        assertThat(relay.drainUntilIdle().claimed()).as("the interrupted batch's lease still holds").isZero();
        clock.advance(lease);
        relay.drainUntilIdle();

        List<Deliveries.Row> notifications = Deliveries.notifications(database.dataSource());
        assertThat(smtp.waitForIncomingEmail(10_000, notifications.size() + 1)).isTrue();
        Map<String, Integer> copies = Deliveries.copiesByMessageId(smtp);
        assertThat(copies.keySet()).isEqualTo(notifications.stream().map(Deliveries.Row::messageId)
                .collect(Collectors.toSet()));
        assertThat(copies.values().stream().filter(n -> n == 2)).as("the one e-mail in flight").hasSize(1);
        assertThat(copies.values()).allMatch(n -> n <= 2);
        assertThat(storage.outbox().pendingCount()).isZero();
        FIGURES.put("backendKilledAtMarkSent", Figures.scenario().put("kills", 1).put("emails", notifications.size())
                .put("duplicates", 1).put("lost", 0).put("window", "the e-mail in flight, same Message-ID"));
    }

    @Test
    void aDatabaseThatGoesDownAndComesBackLosesNothing() throws Exception {
        Matcher m = Pattern.compile("^jdbc:postgresql://([^/:]+)(?::(\\d+))?/(.*)$").matcher(database.url());
        assertThat(m.matches()).as("a PostgreSQL URL with a host: %s", database.url().replaceAll("\\?.*", ""))
                .isTrue();
        TcpProxy proxy = new TcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        toClose.add(proxy);
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3);
        Outage outage = new Outage(pool("entraide-proxied", proxied));
        outage.run(() -> {
            proxy.down();
            outage.awaitFailures(10);
        }, proxy::up);
        FIGURES.put("databaseDownAndUp", outage.figures().put("connectionsCut", proxy.cut())
                .put("connectionsRefused", proxy.refused()).put("connectionsAccepted", proxy.accepted()));
    }

    @Test
    void aRealRestartByTheConfiguredCommandLosesNothing() throws Exception {
        String command = System.getenv(RESTART_VARIABLE);
        if (command == null || command.isBlank()) {
            System.err.println("[reliability] SKIPPED: " + RESTART_VARIABLE + " is not set (a shell command that "
                    + "restarts the test PostgreSQL, for example 'runuser -u postgres -- pg_ctl -D <dir> restart');"
                    + " the proxied outage test stands for a restart meanwhile");
            Assumptions.abort(RESTART_VARIABLE + " is not set");
        }
        Outage outage = new Outage(pool("entraide-restarted", database.url()));
        outage.run(() -> {
            try {
                Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the restart command ended").isTrue();
                assertThat(p.exitValue()).as("the restart command's exit code").isZero();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the restart command failed to run", e);
            }
        }, () -> { });
        FIGURES.put("realRestart", outage.figures());
    }

    /**
     * Use cases on a few threads and the relay, through one pool, before, during and after a fault;
     * then the checks: every success stored, every failure a StorageException and either absent
     * or whole, the invariants, every e-mail delivered.
     */
    private final class Outage {
        private static final int THREADS = 3;
        private final HikariDataSource pool;
        private final JdbcStorage storage;
        private final JdbcStorage observer;
        private final Entraide app;
        private final Community community;
        private final AtomicLong successes = new AtomicLong();
        private final AtomicLong storageFailures = new AtomicLong();
        private final AtomicInteger marker = new AtomicInteger();
        private final Map<String, String> filed = new ConcurrentHashMap<>();
        private final Set<String> fileFailed = ConcurrentHashMap.newKeySet();
        private final Map<String, IntroductionView> proposed = new ConcurrentHashMap<>();
        private final Map<String, String> proposeFailed = new ConcurrentHashMap<>();
        private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
        private final Set<String> cancelFailed = ConcurrentHashMap.newKeySet();
        private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean stop = new AtomicBoolean();
        private Figures figures;

        Outage(HikariDataSource pool) {
            this.pool = pool;
            this.storage = JdbcStorage.builder(pool).migrateOnStart(true).build();
            this.observer = JdbcStorage.builder(database.dataSource()).build();
            this.app = Entraide.builder().storage(storage).build();
            this.community = Community.create(app, 6, 20, 6);
        }

        void awaitFailures(long count) {
            long from = storageFailures.get();
            Await.until(count + " operations failing while the database is down", Duration.ofSeconds(60),
                    () -> storageFailures.get() - from >= count, storageFailures::get);
        }

        private void awaitSuccesses(long count) {
            long from = successes.get();
            Await.until(count + " operations succeeding", Duration.ofSeconds(120),
                    () -> successes.get() - from >= count, successes::get);
        }

        void run(Runnable fault, Runnable heal) throws Exception {
            OutboxRelay relay = OutboxRelay.builder(storage).notifier(mail()).batchSize(5)
                    .lease(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .backoff(Duration.ofMillis(100), 2, Duration.ofSeconds(1), 0.5).build();
            toClose.add(relay);
            relay.start();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int thread = i;
                workers.add(threads.submit(() -> {
                    while (!stop.get()) {
                        step(thread);
                        relay.wakeUp();
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            awaitSuccesses(30);
            long downAt = System.nanoTime();
            long failuresBefore = storageFailures.get();
            fault.run();
            heal.run();
            long upAt = System.nanoTime();
            awaitSuccesses(30);
            stop.set(true);
            for (Future<?> w : workers) {
                w.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
            long failuresDuringOutage = storageFailures.get() - failuresBefore;

            Await.until("the relay to drain the outbox", Duration.ofSeconds(120),
                    () -> observer.outbox().pendingCount() == 0, () -> observer.outbox().pendingCount());
            List<Deliveries.Row> notifications = Deliveries.notifications(database.dataSource());
            assertThat(smtp.waitForIncomingEmail(30_000, notifications.size())).isTrue();
            relay.close();
            Map<String, Integer> copies = Deliveries.copiesByMessageId(smtp);
            long duplicates = copies.values().stream().mapToLong(n -> n - 1).sum();
            long lost = notifications.stream().filter(r -> !copies.containsKey(r.messageId())).count();
            int[] ambiguous = check();

            figures = Figures.scenario().put("seconds", Math.round((System.nanoTime() - started) / 1e9))
                    .put("downSeconds", Math.round((upAt - downAt) / 1e9 * 10) / 10.0)
                    .put("operationsSucceeded", successes.get())
                    .put("failedWithStorageException", storageFailures.get())
                    .put("failedDuringOutage", failuresDuringOutage)
                    .put("failedButApplied", ambiguous[0] + ambiguous[1] + ambiguous[2])
                    .put("unexpectedFailures", unexpected.size()).put("emails", notifications.size())
                    .put("emailsReceived", smtp.getReceivedMessages().length).put("duplicates", duplicates)
                    .put("lost", lost);

            assertThat(unexpected).as("failures other than StorageException").isEmpty();
            assertThat(storageFailures.get()).as("the outage was visible to callers").isPositive();
            assertThat(lost).as("e-mails lost").isZero();
            assertThat(notifications).allSatisfy(r -> assertThat(r.status()).isEqualTo("SENT"));
            assertThat(copies.keySet()).isEqualTo(notifications.stream().map(Deliveries.Row::messageId)
                    .collect(Collectors.toSet()));
            // At most the e-mail in flight when the connection dropped: sent, not marked, resent
            // after its lease with the same Message-ID.
            assertThat(duplicates).as("duplicates beyond the documented window").isLessThanOrEqualTo(1);
        }

        Figures figures() {
            return figures;
        }

        /** One thread's turn: file a request, propose it, cancel every other proposal. */
        private void step(int thread) {
            String code = letters(marker.incrementAndGet());
            MemberId beneficiary = community.beneficiaries.get(thread % community.beneficiaries.size());
            HelpRequest request = attempt(() -> Community.file(app, beneficiary,
                    Community.REQUEST_TEXT + " Réf " + code), () -> fileFailed.add(code));
            if (request == null) {
                return;
            }
            filed.put(code, request.id().value());
            HelpOffer offer = community.offers.get(Math.floorMod(code.hashCode(), community.offers.size()));
            IntroductionView made = attempt(() -> app.introductions().propose(member(beneficiary),
                    new ProposeIntroduction(T, request.id().value(), offer.id().value())),
                    () -> proposeFailed.put(request.id().value(), offer.id().value()));
            if (made == null) {
                return;
            }
            proposed.put(made.id().value(), made);
            if (marker.get() % 2 == 0) {
                attempt(() -> app.introductions().cancel(member(beneficiary), new IntroductionRef(T,
                        made.id().value())), () -> cancelFailed.add(made.id().value()));
                if (!cancelFailed.contains(made.id().value())) {
                    cancelled.add(made.id().value());
                }
            }
        }

        private <T> T attempt(Supplier<T> useCase, Runnable onStorageFailure) {
            for (int i = 0; i < Tally.MAX_RETRIES; i++) {
                try {
                    T result = useCase.get();
                    successes.incrementAndGet();
                    return result;
                } catch (ConflictException e) {
                    // retried
                } catch (StorageException e) {
                    storageFailures.incrementAndGet();
                    onStorageFailure.run();
                    return null;
                } catch (RuntimeException e) {
                    unexpected.add(Tally.describe(e));
                    return null;
                }
            }
            unexpected.add("gave up after conflicts");
            return null;
        }

        /** Checks the stored state; returns how many failed use cases were nonetheless applied. */
        private int[] check() {
            List<HelpRequest> requests = observer.inTransaction(t -> t.requests().all(TERRITORY));
            List<Introduction> intros = observer.inTransaction(t -> t.introductions().all(TERRITORY));
            List<HelpOffer> offers = observer.inTransaction(t -> t.offers().all(TERRITORY));
            Map<String, List<HelpRequest>> byText = requests.stream().collect(Collectors.groupingBy(r -> {
                String text = r.freeText();
                int i = text.lastIndexOf(" Réf ");
                return i < 0 ? "" : text.substring(i + 5);
            }));
            filed.forEach((code, id) -> assertThat(byText.get(code)).as("filed request %s", code).singleElement()
                    .satisfies(r -> assertThat(r.id().value()).isEqualTo(id)));
            int filedAnyway = 0;
            for (String code : fileFailed) {
                List<HelpRequest> found = byText.getOrDefault(code, List.of());
                assertThat(found).as("a failed filing is absent or whole").hasSizeLessThanOrEqualTo(1);
                filedAnyway += found.size();
            }
            assertThat(requests).hasSize(filed.size() + filedAnyway);

            Map<String, Introduction> introById = new HashMap<>();
            intros.forEach(i -> introById.put(i.id().value(), i));
            proposed.keySet().forEach(id -> assertThat(introById).as("proposal %s", id).containsKey(id));
            int proposedAnyway = 0;
            for (Map.Entry<String, String> f : proposeFailed.entrySet()) {
                proposedAnyway += (int) intros.stream().filter(i -> i.requestId().value().equals(f.getKey())
                        && i.offerId().value().equals(f.getValue())).count();
            }
            assertThat(intros).hasSize(proposed.size() + proposedAnyway);
            cancelled.forEach(id -> assertThat(introById.get(id).status()).isEqualTo(IntroductionStatus.CANCELLED));
            int cancelledAnyway = (int) cancelFailed.stream()
                    .filter(id -> introById.get(id).status() == IntroductionStatus.CANCELLED).count();

            Map<String, Long> active = intros.stream().filter(i -> i.status().isActive())
                    .collect(Collectors.groupingBy(i -> i.offerId().value(), Collectors.counting()));
            for (HelpOffer offer : offers) {
                assertThat(offer.load()).as("offer %s load", offer.id()).isLessThanOrEqualTo(offer.capacity())
                        .isEqualTo(active.getOrDefault(offer.id().value(), 0L).intValue());
            }
            Set<String> requestsInProgress = intros.stream().filter(i -> i.status().isActive())
                    .map(i -> i.requestId().value()).collect(Collectors.toSet());
            for (HelpRequest r : requests) {
                assertThat(r.status()).as("request %s", r.id()).isEqualTo(
                        requestsInProgress.contains(r.id().value()) ? RequestStatus.INTRODUCED : RequestStatus.OPEN);
            }
            return new int[] {filedAnyway, proposedAnyway, cancelledAnyway};
        }
    }

    /** A number as letters (a=0 … j=9), so that the free text carries no figure the policy could read as money. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('a' + (c - '0')));
        }
        return b.toString();
    }
}
