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
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * connection per e-mail. Timed: the relay's claims, JSON decoding, composing, SMTP exchanges and
 * marks on the in-memory outbox (the outbox is filled outside the timing).
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

    private SmtpSink sink;
    private InMemoryStorage storage;

    /** Starts the local server. */
    @Setup(Level.Trial)
    public void startServer() throws IOException {
        sink = new SmtpSink();
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

    private static void expectConnections(SmtpNotifier mail, long expected) {
        if (mail.connectionsOpened() != expected) {
            throw new IllegalStateException("opened " + mail.connectionsOpened() + " connections, expected " + expected);
        }
    }
}
