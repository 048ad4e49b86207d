package io.github.entraide.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.entraide.examples.portal.PortalConfig;
import io.github.entraide.examples.portal.Scenario;
import io.github.entraide.testkit.GrenobleFixture;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The scenario is started with an SMTP server that is down (nothing listens on its port); once the
 * relay has failed on queued e-mails (seen in the outbox table), the server comes up on that port.
 * Every e-mail then arrives exactly once, and the scenario's JSON line says none is pending.
 */
class ScenarioWithSmtpDownAtStartTest {
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    /** Failed attempts seen in the outbox before the server comes up. */
    private static final int FAILURES_BEFORE_UP = 20;

    @Test
    void everyEmailQueuedWhileTheServerWasDownArrivesExactlyOnceWhenItComesUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:h2:mem:smtp-down-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        PortalConfig config = PortalConfig.embeddedOnFreePort().withSmtp("127.0.0.1", port).withJdbcUrl(url);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (Connection db = DriverManager.getConnection(url)) {
            long started = System.nanoTime();
            Future<Integer> scenario = thread.submit(() -> Scenario.run(config, Scenario.Size.small(),
                    Duration.ofMinutes(3), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));

            // Wait until the relay has tried and failed, polling the outbox (the wait is the
            // scenario's own future: it returns early if the scenario ends).
            long deadline = started + DEADLINE.toNanos();
            long failed = 0;
            while (failed < FAILURES_BEFORE_UP && !scenario.isDone() && System.nanoTime() < deadline) {
                try {
                    scenario.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    failed = count(db, "SELECT COUNT(*) FROM entraide_outbox WHERE kind = 'NOTIFICATION'"
                            + " AND status <> 'SENT' AND attempts > 0");
                }
            }
            assertThat(scenario.isDone()).as("the scenario waits for the server instead of ending").isFalse();
            assertThat(failed).as("failed deliveries before the server comes up").isGreaterThanOrEqualTo(
                    FAILURES_BEFORE_UP);
            long sentWhileDown = count(db, "SELECT COUNT(*) FROM entraide_outbox WHERE kind = 'NOTIFICATION'"
                    + " AND status = 'SENT'");

            long upAt = System.nanoTime();
            smtp.start();
            int status = scenario.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            long drainedAfterUpMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - upAt);

            String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
            String last = lines[lines.length - 1];
            assertThat(status).as(last + "\n" + err.toString(StandardCharsets.UTF_8)).isZero();
            JsonNode json = new ObjectMapper().readTree(last);
            assertThat(json.get("emails_pending").asLong()).isZero();
            assertThat(json.get("emails_dead").asLong()).isZero();

            Set<String> expected = new HashSet<>();
            int maxAttempts = 0;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, status, attempts FROM entraide_outbox WHERE kind = 'NOTIFICATION'")) {
                while (r.next()) {
                    assertThat(r.getString(2)).as("outbox message %s", r.getString(1)).isEqualTo("SENT");
                    expected.add("<" + r.getString(1) + "@" + GrenobleFixture.TERRITORY_ID.value() + ".entraide>");
                    maxAttempts = Math.max(maxAttempts, r.getInt(3));
                }
            }
            List<String> received = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                received.add(m.getMessageID());
            }
            assertThat(sentWhileDown).isZero();
            assertThat(expected).hasSizeGreaterThan(FAILURES_BEFORE_UP);
            assertThat(received).as("Message-IDs received").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(json.get("emails_sent").asLong()).isEqualTo(expected.size());

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("emails", expected.size());
            figures.put("received", received.size());
            figures.put("duplicates", received.size() - new HashSet<>(received).size());
            figures.put("failed_before_server_up", failed);
            figures.put("max_attempts_of_a_message", maxAttempts);
            figures.put("drained_ms_after_server_up", drainedAfterUpMillis);
            figures.put("scenario_json", json);
            LogsCarryNoPersonalDataTest.writeFigures("ScenarioWithSmtpDownAtStartTest", figures);
            System.out.printf(Locale.ROOT, "ScenarioWithSmtpDownAtStartTest: %d e-mails, %d failed before the server"
                    + " came up, all received once %d ms after it did (max %d attempts)%n", expected.size(), failed,
                    drainedAfterUpMillis, maxAttempts);
        } finally {
            thread.shutdownNow();
            smtp.stop();
        }
    }

    private static long count(Connection db, String sql) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return 0; // the schema is not migrated yet
        }
    }
}
