package io.github.entraide.benchmarks;

import io.github.entraide.domain.TerritoryId;
import io.github.entraide.internal.Json;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.Recipient;
import io.github.entraide.relay.DrainResult;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.OutboxMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The outbox relay delivering {@value #EMAILS} e-mails to a local SMTP server ({@link SmtpSink}):
 * with the {@link SmtpNotifier}'s reused connection, and with the same notifier opening one
 * connection per e-mail; both in plain text and with {@code STARTTLS} (a self-signed certificate
 * made at run time, which the notifier trusts through its TLS context). Timed: the relay's claims,
 * JSON decoding, composing, SMTP exchanges and marks on the in-memory outbox (the outbox is filled
 * outside the timing).
 *
 * <p>The ceiling: {@link PipeliningSmtpClient} sends the very messages the relay sent (envelopes
 * and data captured by the sink from one drain at set-up) over one pipelined connection to the
 * same sink, with nothing else to do: the most the server and loopback allow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class OutboxRelayBenchmark {
    /** E-mails per measured drain. */
    public static final int EMAILS = 500;
    private static final TerritoryId TERRITORY = TerritoryId.of("bench");

    /** Whether the sink counts Message-IDs (for the exactly-once test; off when measuring). */
    boolean recordMessageIds;
    private SmtpSink sink;
    private SSLContext clientTls;
    private List<SmtpSink.Captured> wireMessages;
    private InMemoryStorage storage;

    /**
     * Starts the local server (offering STARTTLS with a fresh self-signed certificate) and
     * captures the messages of one plain drain, for the ceiling.
     */
    @Setup(Level.Trial)
    public void startServer() throws IOException {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate(Path.of("target"));
        clientTls = certificate.clientContext();
        sink = new SmtpSink(recordMessageIds, certificate.serverContext());
        fillOutbox();
        sink.capture(true);
        reusedConnection();
        sink.capture(false);
        wireMessages = sink.captured();
        if (wireMessages.size() != EMAILS) {
            throw new IllegalStateException("captured " + wireMessages.size() + " of " + EMAILS);
        }
    }

    /** Fills a fresh outbox before each drain. */
    @Setup(Level.Invocation)
    public void fillOutbox() {
        storage = new InMemoryStorage();
        Instant now = Instant.now();
        storage.inTransaction(tx -> {
            for (int i = 0; i < EMAILS; i++) {
                var notice = new ErasureConfirmedNotice(TERRITORY,
                        new Recipient("Personne " + i, "person" + i + "@example.org", Locale.FRENCH));
                tx.outbox().append(OutboxMessage.pending("m" + i, TERRITORY, OutboxMessage.Kind.NOTIFICATION,
                        Json.notificationType(notice.kind()), Json.write(notice), now));
            }
            return null;
        });
    }

    /** Stops the local server. */
    @TearDown(Level.Trial)
    public void stopServer() throws IOException {
        sink.close();
    }

    /** @return the messages the ceiling sends, as the relay sent them */
    List<SmtpSink.Captured> wireMessages() {
        return wireMessages;
    }

    /** @return the sink */
    SmtpSink sink() {
        return sink;
    }

    SmtpNotifier.Builder tlsNotifier() {
        return notifier().security(SmtpSecurity.STARTTLS).sslContext(clientTls);
    }

    SmtpNotifier.Builder notifier() {
        return SmtpNotifier.builder().host("127.0.0.1").port(sink.port()).security(SmtpSecurity.NONE)
                .from("entraide@example.org", "Entraide")
                .introductionUrlTemplate("http://localhost/introductions/{introductionId}/{action}");
    }

    private DrainResult drain(Notifier notifier) {
        OutboxRelay relay = OutboxRelay.builder(storage).notifier(notifier).batchSize(100).build();
        DrainResult result = relay.drainUntilIdle();
        if (result.delivered() != EMAILS) {
            throw new IllegalStateException("delivered " + result.delivered() + " of " + EMAILS);
        }
        return result;
    }

    /** @return the drain, over one reused connection */
    @Benchmark
    public DrainResult reusedConnection() {
        try (SmtpNotifier mail = notifier().build()) {
            DrainResult result = drain(mail);
            expectConnections(mail, 1);
            return result;
        }
    }

    /**
     * The same notifier with connection reuse turned off: connect, {@code EHLO}, {@code MAIL},
     * {@code RCPT}, {@code DATA}, {@code QUIT} for every e-mail.
     *
     * @return the drain, opening a connection per e-mail
     */
    @Benchmark
    public DrainResult connectionPerEmail() {
        try (SmtpNotifier mail = notifier().reuseConnection(false).build()) {
            DrainResult result = drain(mail);
            expectConnections(mail, EMAILS);
            return result;
        }
    }

    /**
     * The ceiling: the same messages, already composed, pipelined over one connection.
     *
     * @return the messages accepted
     * @throws IOException if the connection fails
     */
    @Benchmark
    public int smtpCeiling() throws IOException {
        try (PipeliningSmtpClient client = PipeliningSmtpClient.connect(sink.port())) {
            return client.send(wireMessages);
        }
    }

    /** @return the drain, over one reused connection upgraded with STARTTLS */
    @Benchmark
    public DrainResult reusedConnectionTls() {
        try (SmtpNotifier mail = tlsNotifier().build()) {
            DrainResult result = drain(mail);
            expectConnections(mail, 1);
            return result;
        }
    }

    /**
     * One STARTTLS connection per e-mail: connect, {@code EHLO}, {@code STARTTLS} and the TLS
     * handshake, {@code EHLO} again, {@code MAIL}, {@code RCPT}, {@code DATA}, {@code QUIT}.
     *
     * @return the drain, opening a TLS connection per e-mail
     */
    @Benchmark
    public DrainResult connectionPerEmailTls() {
        try (SmtpNotifier mail = tlsNotifier().reuseConnection(false).build()) {
            DrainResult result = drain(mail);
            expectConnections(mail, EMAILS);
            return result;
        }
    }

    private static void expectConnections(SmtpNotifier mail, long expected) {
        if (mail.connectionsOpened() != expected) {
            throw new IllegalStateException("opened " + mail.connectionsOpened() + " connections, expected " + expected);
        }
    }
}
