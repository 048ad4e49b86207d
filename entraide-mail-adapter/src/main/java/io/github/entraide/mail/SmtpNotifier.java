package io.github.entraide.mail;

import io.github.entraide.MailDeliveryException;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.internal.Checks;
import io.github.entraide.notification.CrisisAppealNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.Recipient;
import io.github.entraide.spi.Notifier;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications by e-mail over SMTP with Jakarta Mail (Eclipse Angus Mail at run time).
 *
 * <pre>{@code
 * SmtpNotifier notifier = SmtpNotifier.builder()
 *         .host("smtp.example.org").port(587).security(SmtpSecurity.STARTTLS)
 *         .credentials("entraide", password)
 *         .from("entraide@example.org", "Entraide")
 *         .introductionUrlTemplate("https://portal.example/entraide/introductions/{introductionId}/{action}")
 *         .branding(TerritoryId.of("grenoble-alpes-metropole"), TerritoryBranding.builder("Grenoble-Alpes Métropole")
 *                 .privacyUrl("https://portal.example/confidentialite").build())
 *         .build();
 * }</pre>
 *
 * <p>Each message is {@code multipart/alternative} (plain text and HTML, UTF-8) in the
 * recipient's language, with {@code From}/{@code Reply-To} from the territory's
 * {@link TerritoryBranding} or the builder, {@code Auto-Submitted: auto-generated},
 * {@code List-Unsubscribe} when the territory has an unsubscribe URL (for a crisis appeal, the
 * helper's one-click opt-out link instead, with {@code List-Unsubscribe-Post} per RFC 8058), and a {@code Message-ID}
 * derived from the delivery id, {@code <deliveryId@territoryId.entraide>}: a resend carries the
 * same id. A resend happens when the relay crashed between the server's acceptance and marking
 * the message sent, or when the server accepted the message but its answer was lost (read timeout,
 * connection dropped after the end of the data): SMTP cannot tell these apart from a failure.
 *
 * <p>Failures are {@link MailDeliveryException}s: transient for a connection refused, dropped or
 * timed out and for 4xx replies; permanent for 5xx replies, an invalid address, a line break in a
 * header value built from user data (header injection is refused, never stripped) or a template
 * that fails. Exception messages never hold personal data from this class; the transport's own
 * causes may (a rejected address), so log their class, not their message. Logs of the mail library
 * itself are kept at {@code INFO} or above unless {@link Builder#mailLibraryDebugLogs(boolean)}
 * allows more: below that, they hold addresses and message bodies.
 *
 * <p>Thread-safe. One SMTP connection is opened lazily and reused across a burst of messages;
 * when it has been idle for more than a second it is checked before the next message (a
 * {@code NOOP}, one round trip), and it is reopened when the server closed it or a send failed.
 * A server that closes a connection less than a second after accepting a message makes the next
 * message fail as transient (retried by the relay); {@link Builder#reuseConnection(boolean)} turns
 * reuse off for such servers. The body is encoded once, when the message is composed
 * (quoted-printable text and HTML parts), and written as it is. Sends are serialised on that
 * connection: for more throughput, use several notifiers. {@link #close()} closes the connection.
 * Logs hold delivery ids, kinds and territory ids only.
 */
public final class SmtpNotifier implements Notifier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);
    /**
     * A connection that carried a message this recently is used without the NOOP check: within a
     * burst the check would double the round trips of a small message, and servers close idle
     * connections after minutes, not seconds (RFC 5321 section 4.5.3.2.7 suggests 5 minutes).
     */
    private static final long UNCHECKED_REUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final Session session;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final InternetAddress defaultFrom;
    private final InternetAddress defaultReplyTo;
    private final TerritoryBranding defaultBranding;
    private final Map<TerritoryId, TerritoryBranding> brandings;
    private final MessageTemplates templates;
    private final IntroductionLinks links;
    private final AppealOptOutLinks appealOptOutLinks;
    private final Clock clock;
    private final boolean reuseConnection;

    private final ReentrantLock lock = new ReentrantLock();
    private Transport transport;
    private long lastUsedNanos;
    private boolean closed;
    private final AtomicLong connectionsOpened = new AtomicLong();

    private SmtpNotifier(Builder b) {
        this.host = b.host;
        this.port = b.port > 0 ? b.port : b.security.defaultPort();
        this.username = b.username;
        this.password = b.password;
        this.defaultFrom = b.from;
        this.defaultReplyTo = b.replyTo;
        this.defaultBranding = b.defaultBranding;
        this.brandings = Map.copyOf(b.brandings);
        this.templates = b.templates;
        this.links = b.links;
        this.appealOptOutLinks = b.appealOptOutLinks;
        this.clock = b.clock;
        this.reuseConnection = b.reuseConnection;
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(b.connectTimeout.toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(b.readTimeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(b.writeTimeout.toMillis()));
        p.setProperty("mail.smtp.auth", Boolean.toString(username != null));
        if (b.security == SmtpSecurity.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        } else if (b.security == SmtpSecurity.SMTPS) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (b.security != SmtpSecurity.NONE) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (b.sslContext != null) {
            // Angus Mail takes a socket factory object under this key, for SMTPS and for STARTTLS.
            p.put("mail.smtp.ssl.socketFactory", b.sslContext.getSocketFactory());
        }
        if (b.heloName != null) {
            p.setProperty("mail.smtp.localhost", b.heloName);
        }
        b.properties.forEach(p::setProperty);
        if (!b.mailLibraryDebugLogs) {
            MailLibraryLogs.capAtInfo();
        }
        this.session = Session.getInstance(p);
    }

    /**
     * A builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one notification as an e-mail, reusing the open connection.
     *
     * @param deliveryId the outbox message's id (1 to 64 of {@code [A-Za-z0-9._-]}); the
     *     {@code Message-ID} is derived from it
     * @param notification the notification
     * @throws MailDeliveryException if it could not be sent; {@link MailDeliveryException#isTransient()}
     *     says whether to retry
     * @throws IllegalStateException if the notifier is closed
     */
    @Override
    public void send(String deliveryId, Notification notification) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(notification, "notification");
        MimeMessage message;
        try {
            Checks.identifier(deliveryId, "deliveryId");
            message = compose(deliveryId, notification);
        } catch (IllegalArgumentException e) {
            LOG.warn("mail {} ({}, territory {}) refused: {}", deliveryId, notification.kind(),
                    notification.territoryId(), e.getMessage());
            throw new MailDeliveryException(deliveryId, false, e);
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("mail {} ({}, territory {}) could not be composed: {}", deliveryId, notification.kind(),
                    notification.territoryId(), e.getClass().getName());
            throw new MailDeliveryException(deliveryId, false, e);
        }
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the notifier is closed");
            }
            Transport t = connected();
            t.sendMessage(message, message.getAllRecipients());
            lastUsedNanos = System.nanoTime();
            if (!reuseConnection) {
                disconnect();
            }
            LOG.debug("mail {} ({}, territory {}) sent", deliveryId, notification.kind(), notification.territoryId());
        } catch (MessagingException e) {
            disconnect();
            boolean retry = SmtpFailures.isTransient(e);
            LOG.warn("mail {} ({}, territory {}) failed, {}: {}{}", deliveryId, notification.kind(),
                    notification.territoryId(), retry ? "transient" : "permanent", e.getClass().getName(),
                    SmtpFailures.replyCode(e).map(c -> " " + c).orElse(""));
            throw new MailDeliveryException(deliveryId, retry, e);
        } finally {
            lock.unlock();
        }
    }

    private Transport connected() throws MessagingException {
        if (transport != null && System.nanoTime() - lastUsedNanos < UNCHECKED_REUSE_NANOS) {
            return transport;
        }
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        disconnect();
        Transport t = session.getTransport("smtp");
        t.connect(host, port, username, password);
        transport = t;
        lastUsedNanos = System.nanoTime();
        long n = connectionsOpened.incrementAndGet();
        LOG.debug("SMTP connection {} opened to port {}", n, port);
        return t;
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("closing the SMTP connection failed: {}", e.getClass().getName());
            }
            transport = null;
        }
    }

    MimeMessage compose(String deliveryId, Notification notification) throws MessagingException {
        TerritoryBranding branding = brandings.getOrDefault(notification.territoryId(), defaultBranding);
        Recipient recipient = notification.recipient();
        InternetAddress to = recipient(recipient);
        MessageContext context = new MessageContext(recipient.locale(), branding, links,
                Optional.ofNullable(appealOptOutLinks));
        RenderedMessage rendered;
        try {
            rendered = Objects.requireNonNull(templates.render(notification, context), "rendered message");
        } catch (RuntimeException e) {
            throw new IllegalStateException("the template for " + notification.kind() + " failed: "
                    + e.getClass().getName(), e);
        }
        HeaderValues.singleLine(rendered.subject(), "the subject");

        StableIdMessage message = new StableIdMessage(session,
                "<" + deliveryId + "@" + notification.territoryId().value() + ".entraide>");
        message.setFrom(from(branding));
        message.setRecipient(Message.RecipientType.TO, to);
        InternetAddress replyTo = branding.replyTo().map(a -> TerritoryBranding.address(a, "replyTo"))
                .orElse(defaultReplyTo);
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {replyTo});
        }
        if (HeaderValues.looksEncoded(rendered.subject())) {
            message.setHeader("Subject", HeaderValues.encodedWords(rendered.subject(), "\r\n "));
        } else {
            message.setSubject(rendered.subject(), "UTF-8");
        }
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", recipient.locale().getLanguage());
        if (notification instanceof CrisisAppealNotice appeal) {
            // The appeal's own one-click link (RFC 8058), rather than the territory's general one.
            message.setHeader("List-Unsubscribe", "<" + context.appealOptOut(appeal.optOutToken()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } else {
            branding.unsubscribeUrl().ifPresent(u -> {
                try {
                    message.setHeader("List-Unsubscribe", "<" + u + ">");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        // Quoted-printable parts never hold "=_", so this boundary cannot occur in them.
        String boundary = "=_entraide_" + deliveryId;
        message.setEncodedBody(AlternativeBody.contentType(boundary),
                AlternativeBody.encode(boundary, rendered.text(), rendered.html()));
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(Recipient recipient) {
        HeaderValues.singleLine(recipient.name(), "the recipient's name");
        InternetAddress to = TerritoryBranding.address(recipient.email(), "the recipient's address");
        if (HeaderValues.looksEncoded(recipient.name())) {
            return new HeaderValues.EncodedNameAddress(to.getAddress(), recipient.name());
        }
        try {
            return new InternetAddress(to.getAddress(), recipient.name(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private InternetAddress from(TerritoryBranding branding) {
        if (branding.senderAddress().isEmpty() && branding.senderName().isEmpty()) {
            return defaultFrom;
        }
        String address = branding.senderAddress().orElse(defaultFrom.getAddress());
        String name = branding.senderName().orElse(defaultFrom.getPersonal());
        if (name != null && HeaderValues.looksEncoded(name)) {
            return new HeaderValues.EncodedNameAddress(address, name);
        }
        try {
            return new InternetAddress(address, name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many SMTP connections this notifier opened so far (for monitoring: a steady rise under
     * load means connections are being dropped).
     *
     * @return the count
     */
    public long connectionsOpened() {
        return connectionsOpened.get();
    }

    /** Closes the SMTP connection; later sends fail with {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            disconnect();
        } finally {
            lock.unlock();
        }
    }

    /** Builds an {@link SmtpNotifier}. Not thread-safe. */
    public static final class Builder {
        private String host;
        private int port;
        private SmtpSecurity security = SmtpSecurity.STARTTLS;
        private String username;
        private String password;
        private InternetAddress from;
        private InternetAddress replyTo;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private String heloName;
        private boolean mailLibraryDebugLogs;
        private final Map<String, String> properties = new HashMap<>();
        private TerritoryBranding defaultBranding = TerritoryBranding.named("Entraide");
        private final Map<TerritoryId, TerritoryBranding> brandings = new HashMap<>();
        private MessageTemplates templates = MessageTemplates.defaults();
        private IntroductionLinks links;
        private AppealOptOutLinks appealOptOutLinks;
        private Clock clock = Clock.systemUTC();
        private boolean reuseConnection = true;
        private SSLContext sslContext;

        private Builder() {
        }

        /**
         * The SMTP server. Required.
         *
         * @param host a host name or address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Checks.notBlank(host, "host");
            HeaderValues.singleLine(host, "host");
            return this;
        }

        /**
         * The port. Default: the security's ({@link SmtpSecurity#defaultPort()}).
         *
         * @param port 1 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            this.port = Checks.inRange(port, 1, 65535, "port");
            return this;
        }

        /**
         * How the connection is protected. Default {@link SmtpSecurity#STARTTLS} (required).
         *
         * @param security the security
         * @return this builder
         */
        public Builder security(SmtpSecurity security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /**
         * Authenticates with a user name and password. Default: no authentication.
         *
         * @param username the user name
         * @param password the password
         * @return this builder
         */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * The default sender, for territories whose branding names none. Required.
         *
         * @param address the address
         * @param name the display name
         * @return this builder
         */
        public Builder from(String address, String name) {
            InternetAddress a = TerritoryBranding.address(Objects.requireNonNull(address, "address"), "from");
            HeaderValues.singleLine(Objects.requireNonNull(name, "name"), "the sender's name");
            try {
                this.from = new InternetAddress(a.getAddress(), name, "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /**
         * The default {@code Reply-To}. Default: none (replies go to the sender).
         *
         * @param address the address
         * @return this builder
         */
        public Builder replyTo(String address) {
            this.replyTo = TerritoryBranding.address(Objects.requireNonNull(address, "address"), "replyTo");
            return this;
        }

        /**
         * How long to wait for the connection. Default 10 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for each reply of the server. Default 30 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * How long a write to the server may block. Default 30 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "writeTimeout");
            return this;
        }

        /**
         * The name sent in {@code EHLO}. Default: the local host's name.
         *
         * @param name a host name
         * @return this builder
         */
        public Builder heloName(String name) {
            this.heloName = Checks.notBlank(name, "name");
            HeaderValues.singleLine(name, "heloName");
            return this;
        }

        /**
         * Whether the mail library's own SMTP logs may go below {@code INFO}. Default {@code false}:
         * building a notifier raises Angus Mail's {@code java.util.logging} loggers
         * {@code org.eclipse.angus.mail.smtp} and {@code org.eclipse.angus.mail.smtp.protocol} to
         * {@code INFO} when they are finer, because at {@code FINE} they write recipients' names and
         * addresses and at {@code FINEST} whole messages. {@code true} leaves them as configured, to
         * debug a connection problem on test data; like the {@code mail.debug} session property
         * (which this builder never sets), never in production.
         *
         * @param allowed whether to leave the mail library's loggers as configured
         * @return this builder
         */
        public Builder mailLibraryDebugLogs(boolean allowed) {
            this.mailLibraryDebugLogs = allowed;
            return this;
        }

        /**
         * The TLS context for {@link SmtpSecurity#STARTTLS} and {@link SmtpSecurity#SMTPS}, for a
         * server whose certificate the JVM's default trust store does not hold (a private
         * certification authority, a self-signed test server). Default: the JVM's default context.
         * Certificates are still verified against the context's trust managers, and the server's
         * name against the certificate (unlike {@code mail.smtp.ssl.trust}, which trusts a host
         * without checking its certificate). For example, to trust one certificate:
         *
         * <pre>{@code
         * TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
         * tmf.init(trustStore); // a KeyStore holding the server's certificate or its CA
         * SSLContext context = SSLContext.getInstance("TLS");
         * context.init(null, tmf.getTrustManagers(), null);
         * builder.sslContext(context);
         * }</pre>
         *
         * @param context an initialised context
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Any other Jakarta Mail session property (for example {@code mail.smtp.ssl.trust}).
         * Applied last, so it overrides the builder's.
         *
         * @param key the property
         * @param value its value
         * @return this builder
         */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The branding of territories that have none of their own. Default: named "Entraide".
         *
         * @param branding the branding
         * @return this builder
         */
        public Builder defaultBranding(TerritoryBranding branding) {
            this.defaultBranding = Objects.requireNonNull(branding, "branding");
            return this;
        }

        /**
         * A territory's branding.
         *
         * @param territoryId the territory
         * @param branding its branding
         * @return this builder
         */
        public Builder branding(TerritoryId territoryId, TerritoryBranding branding) {
            brandings.put(Objects.requireNonNull(territoryId, "territoryId"),
                    Objects.requireNonNull(branding, "branding"));
            return this;
        }

        /**
         * The templates. Default {@link MessageTemplates#defaults()}.
         *
         * @param templates the templates
         * @return this builder
         */
        public Builder templates(MessageTemplates templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /**
         * Where the accept and decline links point. Required.
         *
         * @param template for example
         *     {@code https://portal.example/entraide/introductions/{introductionId}/{action}}
         * @return this builder
         * @throws IllegalArgumentException if the template is invalid (see
         *     {@link IntroductionLinks#fromTemplate(String)})
         */
        public Builder introductionUrlTemplate(String template) {
            this.links = IntroductionLinks.fromTemplate(template);
            return this;
        }

        /**
         * Where the one-click link that stops crisis appeals points; also sent as the
         * {@code List-Unsubscribe} header of every appeal, with {@code List-Unsubscribe-Post:
         * List-Unsubscribe=One-Click} (RFC 8058): the portal's endpoint must opt out on a POST
         * without a signed-in member. Required to deliver crisis appeals: without it, an appeal's
         * message fails (and goes, after the relay's retries, to the dead letters).
         *
         * @param template for example {@code https://portal.example/entraide/appeals/opt-out/{token}}
         * @return this builder
         * @throws IllegalArgumentException if the template is invalid (see
         *     {@link AppealOptOutLinks#fromTemplate(String)})
         */
        public Builder appealOptOutUrlTemplate(String template) {
            this.appealOptOutLinks = AppealOptOutLinks.fromTemplate(template);
            return this;
        }

        /**
         * Where the {@code Date} header comes from. Default: the UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether to keep the SMTP connection open for the next message. Default true: one
         * connection carries a burst, checked with a {@code NOOP} when it has been idle for more
         * than a second. False opens a connection for each message and closes it ({@code QUIT})
         * once the message is sent, for servers that accept one message per connection.
         *
         * @param reuse false for one connection per message
         * @return this builder
         */
        public Builder reuseConnection(boolean reuse) {
            this.reuseConnection = reuse;
            return this;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }

        /**
         * Builds the notifier. Opens no connection yet.
         *
         * @return the notifier
         * @throws IllegalStateException if the host, the sender or the introduction URL template
         *     is missing
         */
        public SmtpNotifier build() {
            if (host == null) {
                throw new IllegalStateException("host is required");
            }
            if (from == null) {
                throw new IllegalStateException("from(address, name) is required");
            }
            if (links == null) {
                throw new IllegalStateException("introductionUrlTemplate is required");
            }
            return new SmtpNotifier(this);
        }
    }
}
