package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.MailDeliveryException;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.mail.TerritoryBranding;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.notification.Notification;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place where the demo wires Entraide to its adapters: storage, mail, relay, candidates.
 * Everything else in the portal and the scenario goes through this class, so that each adapter
 * can be swapped here as it lands in the library.
 *
 * <p>Today: the JDBC adapter's {@link JdbcStorage} on H2 in memory (or {@code ENTRAIDE_JDBC_URL},
 * PostgreSQL), migrated on start, the mail
 * adapter's {@link SmtpNotifier} behind the core's {@link OutboxRelay} (retrying every few seconds
 * while the SMTP server is down, for the demo); candidates come from the library's
 * {@code MatchingService} (standard policy, offers read from storage). Mail to an address of the
 * reserved {@code .invalid} domain is refused for good, so that a dead letter can be shown.
 * Thread-safe once started.
 */
public final class DemoPlatform implements AutoCloseable {
    private final PortalConfig config;
    private final Database database;
    private final Storage storage;
    private final Entraide entraide;
    private final Optional<Mailbox> mailbox;
    private final SmtpNotifier smtp;
    private final OutboxRelay relay;
    private final AtomicLong emailsSent = new AtomicLong();

    private DemoPlatform(PortalConfig config, String baseUrl, Clock clock) {
        this.config = config;
        this.database = Database.open(config.jdbcUrl());
        Mailbox started = null;
        try {
            this.storage = JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
            this.entraide = Entraide.builder().storage(storage).clock(clock).build();
            started = config.embeddedSmtp() ? Mailbox.start(config.smtpPort().orElse(0)) : null;
            this.mailbox = Optional.ofNullable(started);
            String smtpHost = config.smtpHost().orElse("127.0.0.1");
            SmtpSecurity security = config.embeddedSmtp() ? SmtpSecurity.NONE
                    : SmtpSecurity.valueOf(config.smtpSecurity().toUpperCase(java.util.Locale.ROOT));
            int smtpPort = mailbox.map(Mailbox::port).orElseGet(() -> config.smtpPort().orElse(security.defaultPort()));
            SmtpNotifier.Builder mail = SmtpNotifier.builder().host(smtpHost).port(smtpPort).security(security);
            config.smtpUsername().ifPresent(user -> mail.credentials(user, config.smtpPassword().orElse("")));
            this.smtp = mail
                    .heloName("localhost")
                    .connectTimeout(Duration.ofSeconds(3))
                    .from("entraide@example.org", "Entraide")
                    .introductionUrlTemplate(baseUrl + "/introductions/{introductionId}/{action}")
                    .appealOptOutUrlTemplate(baseUrl + "/appeals/opt-out/{token}")
                    .branding(GrenobleFixture.TERRITORY_ID, TerritoryBranding.named(GrenobleFixture.NAME))
                    .clock(clock)
                    .build();
            Notifier counting = (String deliveryId, Notification notification) -> {
                if (undeliverable(notification.recipient().email())) {
                    // What a real server answers for a domain that cannot exist ("550 5.1.2"): the
                    // embedded mailbox accepts everything, so the demo refuses here, for good.
                    throw new MailDeliveryException(deliveryId, false,
                            new jakarta.mail.SendFailedException("550 5.1.2 reserved domain .invalid"));
                }
                smtp.send(deliveryId, notification);
                emailsSent.incrementAndGet();
            };
            this.relay = OutboxRelay.builder(storage)
                    .notifier(counting)
                    .clock(clock)
                    .batchSize(100)
                    .backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5), 0.5)
                    // Retries every 5 s at most, for more than an hour: a server down at start (or for a
                    // while) gets every message once it is up; only a refusal makes a dead letter sooner.
                    .maxAttempts(1000)
                    .pollInterval(Duration.ofMillis(500))
                    .build();
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * Whether the demo refuses to deliver to an address for good: one in the {@code .invalid}
     * top-level domain, reserved by RFC 2606 so that it can never exist. The relay makes such a
     * message a dead letter at once, which is how the demo shows the moderators' dead-letter screen.
     *
     * @param email an address
     * @return true for an address of the {@code .invalid} domain
     */
    static boolean undeliverable(String email) {
        return email.toLowerCase(java.util.Locale.ROOT).endsWith(".invalid");
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
        return relay.drainOnce().claimed();
    }

    /** @return how many e-mails the relay delivered */
    public long emailsSent() {
        return emailsSent.get();
    }

    /** @return how many outbox messages of the demo's territory are dead letters (refused for good) */
    public long deadLetters() {
        return storage.outbox().dead(GrenobleFixture.TERRITORY_ID).size();
    }

    /**
     * The demo territory's dead letters, for its moderators: the relay gave up on them.
     *
     * @return the messages, in sequence order
     */
    public java.util.List<io.github.entraide.spi.OutboxMessage> deadLetterMessages() {
        return relay.deadLetters(GrenobleFixture.TERRITORY_ID);
    }

    /**
     * Puts one of the demo territory's dead letters back in the queue and wakes the relay.
     *
     * @param id the message's id
     * @return true if it was one of the territory's dead letters and is pending again
     */
    public boolean requeue(String id) {
        boolean ours = deadLetterMessages().stream().anyMatch(m -> m.id().equals(id));
        return ours && relay.requeue(id);
    }

    /** @return how many outbox messages wait for delivery */
    public long pending() {
        return storage.outbox().pendingCount();
    }

    /**
     * Candidates for a request, best first, coarse, from the library's matching (the territory's
     * mode and policy).
     *
     * @param actor who asks: the member who filed the request (or a moderator)
     * @param request the request
     * @param limit the most candidates
     * @return the candidates
     */
    java.util.List<io.github.entraide.matching.CandidateView> candidates(Actor actor, HelpRequest request, int limit) {
        return entraide.matching().match(actor, new MatchRequest(request.territoryId().value(), request.id().value(),
                limit)).candidates();
    }

    @Override
    public void close() {
        relay.close();
        smtp.close();
        mailbox.ifPresent(Mailbox::close);
        database.close();
    }
}
