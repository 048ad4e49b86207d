package io.github.entraide.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.relay.DrainResult;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.OutboxMessage;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.github.entraide.testkit.MutableClock;

/**
 * The relay and the SMTP notifier together, against servers that fail: every message is
 * delivered, none lost, duplicates only where the documented crash window allows, and then with
 * the same Message-ID.
 */
class DeliveryFaultsTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock(Notices.NOW);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private static String id(int i) {
        return String.format("m-%02d", i);
    }

    private static String messageId(int i) {
        return "<" + id(i) + "@grenoble-alpes-metropole.entraide>";
    }

    private void commit(int from, int to) {
        storage.inTransaction(tx -> {
            for (int i = from; i <= to; i++) {
                tx.outbox().append(Notices.outbox(id(i), new ErasureConfirmedNotice(Notices.GRENOBLE,
                        Notices.recipient("Membre " + i, Locale.FRENCH))));
            }
            return null;
        });
    }

    private SmtpNotifier notifier(int port, Function<SmtpNotifier.Builder, SmtpNotifier.Builder> options) {
        SmtpNotifier n = options.apply(Notices.notifier(port)).build();
        toClose.add(n);
        return n;
    }

    private OutboxRelay.Builder relay(Notifier notifier) {
        return OutboxRelay.builder(storage).notifier(notifier).clock(clock).seed(1)
                .backoff(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10), 0.5);
    }

    private OutboxMessage stored(int i) {
        return storage.outbox().find(id(i)).orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static List<String> messageIds(MimeMessage[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    @Test
    void aServerDownWhenTheRelayStartsGetsEveryMessageOnceItIsBackAndAgainAfterARestart() throws Exception {
        int port = freePort();
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        commit(1, 5);
        OutboxRelay relay = relay(notifier(port, b -> b)).build();

        DrainResult down = relay.drainUntilIdle();
        assertThat(down.retried()).isEqualTo(5);
        assertThat(down.delivered()).isZero();
        assertThat(stored(1).lastError()).hasValue("delivery-transient:MailConnectException");

        GreenMail server = new GreenMail(setup);
        server.start();
        try {
            clock.advance(Duration.ofMinutes(10));
            assertThat(relay.drainUntilIdle().delivered()).isEqualTo(5);
            assertThat(server.waitForIncomingEmail(5_000, 5)).isTrue();
            assertThat(messageIds(server.getReceivedMessages()))
                    .containsExactlyInAnyOrder(messageId(1), messageId(2), messageId(3), messageId(4), messageId(5));
        } finally {
            server.stop();
        }

        // The server goes down under the open connection, then comes back.
        commit(6, 7);
        assertThat(relay.drainUntilIdle().retried()).isEqualTo(2);
        GreenMail restarted = new GreenMail(setup);
        restarted.start();
        try {
            clock.advance(Duration.ofMinutes(10));
            assertThat(relay.drainUntilIdle().delivered()).isEqualTo(2);
            assertThat(restarted.waitForIncomingEmail(5_000, 2)).isTrue();
            assertThat(messageIds(restarted.getReceivedMessages())).containsExactly(messageId(6), messageId(7));
        } finally {
            restarted.stop();
        }
        assertThat(storage.outbox().pendingCount()).isZero();
    }

    @Test
    void a4xxAnswerIsRetriedAfterTheBackoffThenDelivered() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer()
                .thenAtEndOfData(new ScriptedSmtpServer.Reply("451 4.3.0 temporary local problem, try later"))
                .thenAtRcpt("250 2.1.5 ok")
                .thenAtRcpt("450 4.2.1 mailbox busy");
        toClose.add(server);
        commit(1, 1);
        OutboxRelay relay = relay(notifier(server.port(), b -> b)).build();

        assertThat(relay.drainOnce().retried()).isEqualTo(1);
        assertThat(stored(1).lastError()).hasValue("delivery-transient:SMTPSendFailedException");
        clock.set(stored(1).nextAttemptAt());
        assertThat(relay.drainOnce().retried()).as("450 at RCPT").isEqualTo(1);
        clock.set(stored(1).nextAttemptAt());
        assertThat(relay.drainOnce().delivered()).isEqualTo(1);

        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1));
        assertThat(stored(1).status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(stored(1).attempts()).isEqualTo(3);
    }

    @Test
    void a5xxAnswerMakesADeadLetterAtOnceThatAModeratorCanRetry() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer()
                .thenAtRcpt("550 5.1.1 no such user")
                .thenAtRcpt("250 2.1.5 ok")
                .thenAtRcpt("250 2.1.5 ok")
                .thenAtEndOfData(new ScriptedSmtpServer.Reply("554 5.7.1 message refused"));
        toClose.add(server);
        commit(1, 3);
        List<String> dead = new ArrayList<>();
        OutboxRelay relay = relay(notifier(server.port(), b -> b)).maxAttempts(10)
                .deadLetterListener((m, attempts, error) -> dead.add(m.id() + " " + attempts + " " + error)).build();

        DrainResult r = relay.drainOnce();

        assertThat(r.deadLettered()).isEqualTo(2);
        assertThat(r.delivered()).isEqualTo(1);
        assertThat(dead).containsExactly("m-01 1 delivery-permanent:SendFailedException",
                "m-02 1 delivery-permanent:SMTPSendFailedException");
        assertThat(relay.deadLetters(Notices.GRENOBLE)).extracting(OutboxMessage::id).containsExactly("m-01", "m-02");
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(3));

        assertThat(relay.requeue("m-02")).isTrue();
        assertThat(relay.drainOnce().delivered()).isEqualTo(1);
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(3), messageId(2));
    }

    @Test
    void aConnectionDroppedInTheMiddleOfDataIsRetriedOnANewConnection() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer().thenAtEndOfData(new ScriptedSmtpServer.Drop());
        toClose.add(server);
        commit(1, 2);
        OutboxRelay relay = relay(notifier(server.port(), b -> b)).build();

        DrainResult first = relay.drainOnce();
        assertThat(first.retried()).isEqualTo(1);
        assertThat(first.delivered()).as("the next message reconnects").isEqualTo(1);
        assertThat(stored(1).lastError().orElseThrow()).startsWith("delivery-transient:");
        clock.set(stored(1).nextAttemptAt());
        assertThat(relay.drainOnce().delivered()).isEqualTo(1);

        assertThat(server.acceptedMessageIds()).containsExactly(messageId(2), messageId(1));
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aServerTooSlowToAnswerTimesOutAndTheResendKeepsTheMessageId() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer()
                .thenAtEndOfData(new ScriptedSmtpServer.Slow(Duration.ofSeconds(30)));
        toClose.add(server);
        commit(1, 1);
        SmtpNotifier notifier = notifier(server.port(), b -> b.readTimeout(Duration.ofMillis(300)));
        OutboxRelay relay = relay(notifier).build();

        long start = System.nanoTime();
        assertThat(relay.drainOnce().retried()).isEqualTo(1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("the read timeout bounds the wait").isLessThan(10_000);
        assertThat(stored(1).lastError()).hasValue("delivery-transient:MessagingException");
        clock.set(stored(1).nextAttemptAt());
        assertThat(relay.drainOnce().delivered()).isEqualTo(1);

        // The server had accepted the first copy before answering too late: a duplicate, recognisable.
        assertThat(server.acceptedMessageIds()).containsExactly(messageId(1), messageId(1));
    }

    @Test
    void aBurstThroughTheRelayUsesOneConnection() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer();
        toClose.add(server);
        commit(1, 50);
        SmtpNotifier notifier = notifier(server.port(), b -> b);
        OutboxRelay relay = relay(notifier).batchSize(20).build();

        long start = System.nanoTime();
        DrainResult r = relay.drainUntilIdle();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.delivered()).isEqualTo(50);
        assertThat(r.batches()).isEqualTo(4);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(notifier.connectionsOpened()).isEqualTo(1);
        assertThat(server.acceptedMessageIds()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 50).mapToObj(DeliveryFaultsTest::messageId).collect(Collectors.toList()));
        System.out.printf("50 messages over one SMTP connection through the relay: %d ms%n", millis);
    }

    /** Stands for the JVM dying: the relay does not catch errors, so nothing more is marked. */
    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aJvmStoppedMidBatchIsTakenOverAfterTheLeaseWithOneRecognisableDuplicate() throws Exception {
        int port = GREEN_MAIL.getSmtp().getPort();
        commit(1, 10);
        Duration lease = Duration.ofMinutes(5);
        SmtpNotifier beforeCrash = notifier(port, b -> b);
        Notifier crashing = (id, n) -> {
            beforeCrash.send(id, n);
            if (id.equals(id(4))) {
                throw new SimulatedCrash(); // the server accepted m-04, markSent never ran
            }
        };
        OutboxRelay first = relay(crashing).batchSize(10).lease(lease).build();

        assertThatThrownBy(first::drainOnce).isInstanceOf(SimulatedCrash.class);
        beforeCrash.close();

        OutboxRelay restarted = relay(notifier(port, b -> b)).batchSize(10).lease(lease).build();
        assertThat(restarted.drainOnce().claimed()).as("the dead relay's lease still holds").isZero();
        clock.advance(lease);
        assertThat(restarted.drainUntilIdle().delivered()).isEqualTo(7);

        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 11)).isTrue();
        Map<String, Long> copies = messageIds(GREEN_MAIL.getReceivedMessages()).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies).hasSize(10);
        assertThat(copies).containsEntry(messageId(4), 2L);
        assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1)).hasSize(1);
        assertThat(storage.outbox().pendingCount()).isZero();
    }
}
