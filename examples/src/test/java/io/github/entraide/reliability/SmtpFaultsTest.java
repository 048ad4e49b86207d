package io.github.entraide.reliability;

import static io.github.entraide.reliability.Community.T;
import static io.github.entraide.reliability.Community.member;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.Entraide;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.service.IntroductionView;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The assembled library — use cases, JDBC storage (H2), outbox relay, SMTP notifier — started
 * while the mail server is down: members use the portal normally (no use case fails because mail
 * is down), the relay keeps retrying with its backoff, and once the server is up every e-mail
 * arrives exactly once.
 *
 * <p>The notifier-level faults (server down then up and restarted, 4xx then OK, 5xx dead letter
 * and requeue by hand, connection dropped mid-data, server too slow, a JVM stopped mid-batch) are
 * proved by the mail adapter's {@code DeliveryFaultsTest}; the JDBC outbox's dead letters and
 * requeue by the outbox contract suite run on H2 and PostgreSQL. This test adds the whole chain.
 */
class SmtpFaultsTest {

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void anAppStartedWhileTheMailServerIsDownServesItsMembersAndMailsEverythingOnceTheServerIsUp() throws Exception {
        int port = freePort();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:smtp-faults-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config);
                SmtpNotifier mail = SmtpNotifier.builder().host("127.0.0.1").port(port).security(SmtpSecurity.NONE)
                        .connectTimeout(Duration.ofSeconds(2)).from("entraide@grenoble.example", "Entraide Grenoble")
                        .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}")
                        .build()) {
            JdbcStorage storage = JdbcStorage.builder(pool).migrateOnStart(true).build();
            OutboxRelay relay = OutboxRelay.builder(storage).notifier(mail).maxAttempts(1_000)
                    .pollInterval(Duration.ofMillis(100)).backoff(Duration.ofMillis(100), 2, Duration.ofMillis(500), 0.5)
                    .build();
            relay.start();
            try (relay) {
                Entraide entraide = Entraide.builder().storage(storage).build();

                // Members use the portal while no mail can leave: no use case fails.
                Community community = Community.create(entraide, 3, 3, 6);
                int operations = 3 * 2 + 6 + 1 + 1;
                for (int i = 0; i < community.beneficiaries.size(); i++) {
                    MemberId beneficiary = community.beneficiaries.get(i);
                    HelpOffer offer = community.offers.get(i % community.offers.size());
                    HelpRequest request = Community.file(entraide, beneficiary, Community.REQUEST_TEXT);
                    IntroductionView proposed = entraide.introductions().propose(member(beneficiary),
                            new ProposeIntroduction(T, request.id().value(), offer.id().value()));
                    relay.wakeUp();
                    entraide.introductions().accept(member(offer.helperId()), new IntroductionRef(T,
                            proposed.id().value()));
                    relay.wakeUp();
                    operations += 3;
                }

                // The relay has tried each e-mail and failed (connection refused); it will try again.
                Await.until("every e-mail attempted while the server is down", Duration.ofSeconds(60), () ->
                        Deliveries.notifications(pool).stream().allMatch(r -> r.attempts() >= 2),
                        () -> Deliveries.notifications(pool).stream().map(Deliveries.Row::attempts)
                                .collect(Collectors.toList()));
                List<Deliveries.Row> whileDown = Deliveries.notifications(pool);
                assertThat(whileDown).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo("PENDING"));
                assertThat(storage.outbox().find(whileDown.get(0).id()).orElseThrow().lastError())
                        .hasValueSatisfying(e -> assertThat(e).startsWith("delivery-transient"));
                int failedAttempts = whileDown.stream().mapToInt(Deliveries.Row::attempts).sum();

                GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                smtp.start();
                try {
                    relay.wakeUp();
                    Await.until("the outbox drained once the server is up", Duration.ofSeconds(60),
                            () -> storage.outbox().pendingCount() == 0, () -> storage.outbox().pendingCount());
                    List<Deliveries.Row> notifications = Deliveries.notifications(pool);
                    assertThat(smtp.waitForIncomingEmail(30_000, notifications.size())).isTrue();
                    Map<String, Integer> copies = Deliveries.copiesByMessageId(smtp);
                    long duplicates = copies.values().stream().mapToLong(n -> n - 1).sum();
                    long lost = notifications.stream().filter(r -> !copies.containsKey(r.messageId())).count();
                    Figures.of(getClass()).put("serverDownAtStart", Figures.scenario().put("operations", operations)
                            .put("operationsFailed", 0).put("emails", notifications.size())
                            .put("failedAttemptsWhileDown", failedAttempts)
                            .put("emailsReceived", smtp.getReceivedMessages().length)
                            .put("duplicates", duplicates).put("lost", lost).put("dead", 0)).write();

                    assertThat(notifications).hasSize(2 * 6 + 6)
                            .allSatisfy(r -> assertThat(r.status()).isEqualTo("SENT"));
                    assertThat(copies.keySet()).isEqualTo(notifications.stream().map(Deliveries.Row::messageId)
                            .collect(Collectors.toSet()));
                    assertThat(copies.values()).as("exactly once").allMatch(n -> n == 1);
                } finally {
                    smtp.stop();
                }
            }
        }
    }
}
