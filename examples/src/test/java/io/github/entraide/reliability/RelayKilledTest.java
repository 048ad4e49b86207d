package io.github.entraide.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.entraide.internal.Json;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.Recipient;
import io.github.entraide.relay.DrainResult;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A relay's JVM killed with SIGKILL in the middle of a batch, several times, then taken over:
 * every e-mail is delivered at least once, the only duplicates are messages of a batch in flight
 * at a kill (sent, not yet marked), resent with the same Message-ID once their lease ran out, and
 * the outbox rows are never half-written (each sent or pending, none stuck after the lease). On a
 * file H2 database (always), and on PostgreSQL when {@code ENTRAIDE_TEST_PG_URL} is set.
 */
class RelayKilledTest {
    private static final int MESSAGES = 500;
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(10);
    /**
     * When to kill, in e-mails received: chosen so that a kill lands inside a batch rather than at
     * its end (the messages a killed relay leased are skipped by the next one). Three kills under
     * {@code CI=true}, two otherwise (each child JVM takes seconds to start).
     */
    private static final int[] KILL_AFTER_RECEIVED = "true".equalsIgnoreCase(System.getenv("CI"))
            ? new int[] {110, 237, 363} : new int[] {110, 237};
    private static final Figures FIGURES = Figures.of(RelayKilledTest.class);

    private GreenMail smtp;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        smtp.stop();
        FIGURES.write();
    }

    @Test
    void aRelayKilledMidBatchOnH2IsTakenOverWithDuplicatesOnlyFromTheBatchesInFlight() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "relay-killed"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("outbox-" + UUID.randomUUID())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;FILE_LOCK=NO;WRITE_DELAY=0";
        // One process at a time opens the file (FILE_LOCK=NO): this test's connections are closed
        // whenever a child runs. WRITE_DELAY=0: a commit is written before it returns.
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        FIGURES.put("h2File", killAndTakeOver(url, h2));
    }

    @Test
    void aRelayKilledMidBatchOnPostgresIsTakenOverWithDuplicatesOnlyFromTheBatchesInFlight() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            FIGURES.put("postgres", killAndTakeOver(database.url(), database.dataSource()));
        }
    }

    private Figures killAndTakeOver(String url, DataSource dataSource) throws Exception {
        long started = System.nanoTime();
        JdbcStorage storage = JdbcStorage.builder(dataSource).migrateOnStart(true).build();
        Instant now = Instant.now();
        storage.inTransaction(t -> {
            for (int i = 0; i < MESSAGES; i++) {
                ErasureConfirmedNotice notice = new ErasureConfirmedNotice(Community.TERRITORY,
                        new Recipient("Membre", "membre-" + i + "@example.org", Locale.FRENCH));
                t.outbox().append(OutboxMessage.pending(String.format("kill-%04d", i), Community.TERRITORY,
                        OutboxMessage.Kind.NOTIFICATION, Json.notificationType(notice.kind()), Json.write(notice),
                        now));
            }
            return null;
        });

        Set<String> inFlight = new HashSet<>();
        List<Integer> inFlightPerKill = new ArrayList<>();
        List<Integer> exitCodes = new ArrayList<>();
        List<Double> secondsToKill = new ArrayList<>();
        for (int round = 0; round < KILL_AFTER_RECEIVED.length; round++) {
            long childStarted = System.nanoTime();
            Process child = startRelay(url, round);
            awaitReceived(child, KILL_AFTER_RECEIVED[round], round);
            secondsToKill.add(Math.round((System.nanoTime() - childStarted) / 1e8) / 10.0);
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
            int exit = child.exitValue();
            exitCodes.add(exit);
            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                assertThat(exit).as("killed by SIGKILL").isEqualTo(137);
            } else {
                assertThat(exit).as("not a normal exit").isNotZero();
            }

            List<Deliveries.Row> rows = Deliveries.outbox(dataSource);
            assertThat(rows).hasSize(MESSAGES)
                    .allSatisfy(r -> assertThat(r.status()).as(r.id()).isIn("PENDING", "SENT"));
            Set<String> leased = rows.stream().filter(r -> r.status().equals("PENDING") && r.leasedUntil() != null)
                    .map(Deliveries.Row::id).collect(Collectors.toSet());
            leased.removeAll(inFlight);
            assertThat(leased.size()).as("claimed by the killed relay and not marked").isLessThanOrEqualTo(BATCH);
            inFlightPerKill.add(leased.size());
            inFlight.addAll(leased);
        }

        SmtpNotifier mail = SmtpNotifier.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                .security(SmtpSecurity.NONE).from("entraide@grenoble.example", "Entraide Grenoble")
                .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}").build();
        try (mail) {
            // A new relay now: it takes every unclaimed message, but not those a dead relay still leases.
            OutboxRelay restarted = OutboxRelay.builder(storage).notifier(mail).batchSize(BATCH).lease(LEASE).build();
            restarted.drainUntilIdle();
            assertThat(storage.outbox().pendingCount()).as("only the leased messages wait").isEqualTo(inFlight.size());
            // Once the lease has run out (a clock past it rather than a wait), they are taken over.
            OutboxRelay afterLease = OutboxRelay.builder(storage).notifier(mail).batchSize(BATCH).lease(LEASE)
                    .clock(Clock.offset(Clock.systemUTC(), LEASE.plusMinutes(1))).build();
            DrainResult takenOver = afterLease.drainUntilIdle();
            assertThat(takenOver.delivered()).isEqualTo(inFlight.size());
        }
        assertThat(storage.outbox().pendingCount()).isZero();
        assertThat(Deliveries.outbox(dataSource)).allSatisfy(r -> assertThat(r.status()).isEqualTo("SENT"));

        List<Deliveries.Row> rows = Deliveries.outbox(dataSource);
        Set<String> expected = rows.stream().map(Deliveries.Row::messageId).collect(Collectors.toSet());
        Set<String> inFlightIds = rows.stream().filter(r -> inFlight.contains(r.id())).map(Deliveries.Row::messageId)
                .collect(Collectors.toSet());
        Map<String, Integer> copies = Deliveries.copiesByMessageId(smtp);
        Set<String> duplicated = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(copies.keySet()).as("every message delivered at least once").isEqualTo(expected);
        assertThat(duplicated).as("duplicates only from a batch in flight at a kill").isSubsetOf(inFlightIds);
        assertThat(copies.values()).allMatch(n -> n <= 2);
        assertThat(duplicated.size()).isLessThanOrEqualTo(KILL_AFTER_RECEIVED.length * BATCH);

        return Figures.scenario().put("seconds", Math.round((System.nanoTime() - started) / 1e9))
                .put("secondsFromChildStartToKill", secondsToKill).put("messages", MESSAGES).put("kills", KILL_AFTER_RECEIVED.length)
                .put("exitCodes", exitCodes).put("batchSize", BATCH).put("inFlightPerKill", inFlightPerKill)
                .put("duplicates", duplicated.size()).put("lost", expected.size() - copies.size())
                .put("emailsReceived", smtp.getReceivedMessages().length).put("stuck", 0);
    }

    /** Waits (deadline-bounded) until the server has received that many e-mails, failing at once if the child died. */
    private void awaitReceived(Process child, int count, int round) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!smtp.waitForIncomingEmail(250, count)) {
            assertThat(child.isAlive()).as("the child relay (round %d) is running; see target/relay-killed/child-%d.log",
                    round, round).isTrue();
            assertThat(System.nanoTime() - deadline).as("%d e-mails within 120 s (round %d)", count, round)
                    .isNegative();
        }
    }

    private Process startRelay(String url, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = Path.of("target", "relay-killed", "child-" + round + ".log").toFile();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RelayChild.class.getName(), url, Integer.toString(smtp.getSmtp().getPort()), Integer.toString(BATCH),
                Long.toString(LEASE.toSeconds()))
                .redirectErrorStream(true).redirectOutput(log).start();
        children.add(p);
        return p;
    }
}
