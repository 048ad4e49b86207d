package io.github.entraide.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.Entraide;
import io.github.entraide.jdbc.JdbcCandidateSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.mail.TerritoryBranding;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;

/**
 * How a portal wires Entraide for production: a HikariCP pool on PostgreSQL (or H2), the JDBC
 * storage migrated at start, the SQL candidate source, and e-mails sent through the SMTP notifier
 * by the outbox relay. Everything the portal builds once and closes at shutdown is here.
 */
public final class JdbcAndMailWiring implements AutoCloseable {
    private final HikariDataSource pool;
    private final SmtpNotifier mail;
    private final OutboxRelay relay;
    private final Entraide entraide;

    /**
     * Wires the library.
     *
     * @param jdbcUrl the database, for example {@code jdbc:postgresql://db/entraide?user=portal}
     * @param smtpHost the SMTP server
     * @param smtpPort its port
     * @param portalUrl the portal's public address, for the links in the e-mails
     */
    public JdbcAndMailWiring(String jdbcUrl, String smtpHost, int smtpPort, String portalUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
        JdbcStorage storage = JdbcStorage.builder(pool).migrateOnStart(true).build();
        mail = SmtpNotifier.builder()
                .host(smtpHost).port(smtpPort).security(SmtpSecurity.NONE) // STARTTLS or SMTPS in production
                .from("entraide@grenoble.example", "Entraide Grenoble")
                .introductionUrlTemplate(portalUrl + "/introductions/{introductionId}/{action}")
                .branding(GrenobleFixture.TERRITORY_ID, TerritoryBranding.builder(GrenobleFixture.NAME)
                        .privacyUrl(portalUrl + "/confidentialite").build())
                .build();
        relay = OutboxRelay.builder(storage).notifier(mail).pollInterval(Duration.ofSeconds(2)).build();
        entraide = Entraide.builder().storage(storage).candidateSource(JdbcCandidateSource.over(storage)).build();
        relay.start();
    }

    /** @return the use cases */
    public Entraide entraide() {
        return entraide;
    }

    /** @return the relay, to wake it up after a commit or to list dead letters */
    public OutboxRelay relay() {
        return relay;
    }

    /** Stops the relay (finishing the message in flight), then closes the SMTP connection and the pool. */
    @Override
    public void close() {
        relay.close();
        mail.close();
        pool.close();
    }
}
