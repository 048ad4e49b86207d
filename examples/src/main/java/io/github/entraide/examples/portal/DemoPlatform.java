package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.spi.Storage;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where the demo wires Entraide to its adapters: storage, mail, relay, candidates.
 * Everything else in the portal and the scenario goes through this class, so that each adapter
 * can be swapped here as it lands in the library.
 *
 * <p>Today: in-memory storage (the JDBC adapter's {@code JdbcStorage} replaces it), a plain-text
 * Jakarta Mail notifier and a simple relay (replaced by {@code SmtpNotifier} and
 * {@code OutboxRelay}), and a brute-force candidate list (replaced by the matching engine).
 * Thread-safe once started.
 */
public final class DemoPlatform implements AutoCloseable {
    private final PortalConfig config;
    private final Storage storage;
    private final Entraide entraide;
    private final Optional<Mailbox> mailbox;
    private final InterimOutboxRelay relay;
    private final BruteForceCandidates candidates;

    private DemoPlatform(PortalConfig config, String baseUrl, Clock clock) {
        this.config = config;
        if (config.jdbcUrl().isPresent()) {
            throw new IllegalStateException("ENTRAIDE_JDBC_URL needs the JDBC adapter, which has not landed yet");
        }
        this.storage = new InMemoryStorage();
        this.entraide = Entraide.builder().storage(storage).clock(clock).build();
        this.mailbox = config.embeddedSmtp() ? Optional.of(Mailbox.start(config.smtpPort().orElse(0))) : Optional.empty();
        String smtpHost = config.smtpHost().orElse("127.0.0.1");
        int smtpPort = mailbox.map(Mailbox::port).orElseGet(() -> config.smtpPort().orElse(25));
        this.relay = new InterimOutboxRelay(storage.outbox(), new InterimSmtpNotifier(smtpHost, smtpPort, baseUrl), clock);
        this.candidates = new BruteForceCandidates(storage);
    }

    /**
     * Wires the platform; the relay is not started yet.
     *
     * @param config the configuration
     * @param baseUrl the portal's address, for the links in e-mails
     * @param clock the clock
     * @return the platform
     */
    public static DemoPlatform create(PortalConfig config, String baseUrl, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clock, "clock");
        return new DemoPlatform(config, baseUrl, clock);
    }

    /** @return the configuration */
    public PortalConfig config() {
        return config;
    }

    /** @return the library */
    public Entraide entraide() {
        return entraide;
    }

    /** @return the storage */
    public Storage storage() {
        return storage;
    }

    /** @return the in-JVM SMTP server, when mail is not sent to a real one */
    public Optional<Mailbox> mailbox() {
        return mailbox;
    }

    /** Starts delivering the outbox in the background. */
    public void startRelay() {
        relay.start();
    }

    /**
     * Delivers one batch of due outbox messages in the caller's thread.
     *
     * @return how many were claimed
     */
    public int drainOnce() {
        return relay.drainOnce();
    }

    /** @return how many e-mails the relay delivered */
    public long emailsSent() {
        return relay.sent();
    }

    /** @return how many outbox messages wait for delivery */
    public long pending() {
        return storage.outbox().pendingCount();
    }

    /**
     * Candidates for a request, best first, coarse.
     *
     * @param request the request
     * @param limit the most candidates
     * @return the candidates
     */
    CandidateList candidates(HelpRequest request, int limit) {
        return candidates.find(request, limit);
    }

    /** @return whether the library has volunteer-only moderation (issue 3) wired in */
    public boolean moderationAvailable() {
        return false;
    }

    /** @return the number of offers flagged by the volunteer-only policy (0 until it lands) */
    public long flaggedOffers() {
        return 0;
    }

    @Override
    public void close() {
        relay.close();
        mailbox.ifPresent(Mailbox::close);
    }
}
