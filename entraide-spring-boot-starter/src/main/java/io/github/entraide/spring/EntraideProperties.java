package io.github.entraide.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code entraide.*} settings of the starter. Defaults suit one city on H2 or PostgreSQL.
 *
 * <p>Not thread-safe; Spring binds it once at start.
 */
@ConfigurationProperties(prefix = "entraide")
public class EntraideProperties {
    private final Jdbc jdbc = new Jdbc();
    private final Mail mail = new Mail();
    private final Relay relay = new Relay();
    private final Health health = new Health();

    /** Creates the settings with their defaults. */
    public EntraideProperties() {
    }

    /** @return the storage settings */
    public Jdbc getJdbc() {
        return jdbc;
    }

    /** @return the e-mail settings */
    public Mail getMail() {
        return mail;
    }

    /** @return the outbox relay settings */
    public Relay getRelay() {
        return relay;
    }

    /** @return the health thresholds */
    public Health getHealth() {
        return health;
    }

    /** Storage on the application's {@code DataSource}. */
    public static class Jdbc {
        /** Whether the Entraide schema is created or migrated when the application starts. */
        private boolean migrate = true;
        /** Prefix of the Entraide tables (blank: the adapter's default). */
        private String tablePrefix;

        /** Creates the defaults. */
        public Jdbc() {
        }

        /** @return whether migrations run on start */
        public boolean isMigrate() {
            return migrate;
        }

        /** @param migrate whether migrations run on start */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        /** @return the table prefix, or {@code null} for the default */
        public String getTablePrefix() {
            return tablePrefix;
        }

        /** @param tablePrefix the table prefix */
        public void setTablePrefix(String tablePrefix) {
            this.tablePrefix = tablePrefix;
        }
    }

    /**
     * The SMTP notifier. Host, port and credentials fall back to the application's
     * {@code spring.mail.*} settings when left blank here.
     */
    public static class Mail {
        /** Whether an SMTP notifier is configured at all. */
        private boolean enabled = true;
        /** SMTP host (default: spring.mail.host). */
        private String host;
        /** SMTP port (default: spring.mail.port, else 25). */
        private Integer port;
        /** SMTP user name (default: spring.mail.username). */
        private String username;
        /** SMTP password (default: spring.mail.password). */
        private String password;
        /** Connection security: NONE, STARTTLS or SMTPS. */
        private String security = "STARTTLS";
        /** Sender address of every e-mail. */
        private String from;
        /** Sender display name. */
        private String fromName = "Entraide";
        /** Link to the portal's introduction page, with {introductionId} and {action} placeholders. */
        private String introductionUrlTemplate;
        /** Link to the portal's crisis-appeal opt-out page, with a {token} placeholder; needed to send appeals. */
        private String appealOptOutUrlTemplate;

        /** Creates the defaults. */
        public Mail() {
        }

        /** @return whether the notifier is configured */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the notifier is configured */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the SMTP host */
        public String getHost() {
            return host;
        }

        /** @param host the SMTP host */
        public void setHost(String host) {
            this.host = host;
        }

        /** @return the SMTP port */
        public Integer getPort() {
            return port;
        }

        /** @param port the SMTP port */
        public void setPort(Integer port) {
            this.port = port;
        }

        /** @return the SMTP user name */
        public String getUsername() {
            return username;
        }

        /** @param username the SMTP user name */
        public void setUsername(String username) {
            this.username = username;
        }

        /** @return the SMTP password */
        public String getPassword() {
            return password;
        }

        /** @param password the SMTP password */
        public void setPassword(String password) {
            this.password = password;
        }

        /** @return the connection security */
        public String getSecurity() {
            return security;
        }

        /** @param security NONE, STARTTLS or SMTPS */
        public void setSecurity(String security) {
            this.security = security;
        }

        /** @return the sender address */
        public String getFrom() {
            return from;
        }

        /** @param from the sender address */
        public void setFrom(String from) {
            this.from = from;
        }

        /** @return the sender display name */
        public String getFromName() {
            return fromName;
        }

        /** @param fromName the sender display name */
        public void setFromName(String fromName) {
            this.fromName = fromName;
        }

        /** @return the introduction link template */
        public String getIntroductionUrlTemplate() {
            return introductionUrlTemplate;
        }

        /** @param introductionUrlTemplate the introduction link template */
        public void setIntroductionUrlTemplate(String introductionUrlTemplate) {
            this.introductionUrlTemplate = introductionUrlTemplate;
        }

        /** @return the crisis-appeal opt-out link template */
        public String getAppealOptOutUrlTemplate() {
            return appealOptOutUrlTemplate;
        }

        /** @param appealOptOutUrlTemplate the crisis-appeal opt-out link template */
        public void setAppealOptOutUrlTemplate(String appealOptOutUrlTemplate) {
            this.appealOptOutUrlTemplate = appealOptOutUrlTemplate;
        }
    }

    /** The outbox relay, started when the application is ready and stopped with the context. */
    public static class Relay {
        /** Whether the relay runs in the background. */
        private boolean enabled = true;
        /** How often the relay polls the outbox when idle. */
        private Duration pollInterval = Duration.ofSeconds(2);
        /** Attempts before a message becomes a dead letter. */
        private int maxAttempts = 8;
        /** How long shutdown waits for the message in flight. */
        private Duration shutdownTimeout = Duration.ofSeconds(10);

        /** Creates the defaults. */
        public Relay() {
        }

        /** @return whether the relay runs */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the relay runs */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the poll interval */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** @param pollInterval the poll interval */
        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        /** @return the attempts before dead-lettering */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts the attempts before dead-lettering */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** @return the shutdown timeout */
        public Duration getShutdownTimeout() {
            return shutdownTimeout;
        }

        /** @param shutdownTimeout the shutdown timeout */
        public void setShutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
        }
    }

    /** Thresholds of the {@code entraide} health indicator. */
    public static class Health {
        /** Dead outbox messages above which health is DOWN. */
        private long maxDeadLetters = 0;
        /** Age of the oldest pending outbox message above which health is DOWN. */
        private Duration maxOutboxAge = Duration.ofMinutes(30);
        /** Pending outbox messages above which health is DOWN. */
        private long maxOutboxBacklog = 10_000;

        /** Creates the defaults. */
        public Health() {
        }

        /** @return the dead-letter threshold */
        public long getMaxDeadLetters() {
            return maxDeadLetters;
        }

        /** @param maxDeadLetters the dead-letter threshold */
        public void setMaxDeadLetters(long maxDeadLetters) {
            this.maxDeadLetters = maxDeadLetters;
        }

        /** @return the oldest-pending-age threshold */
        public Duration getMaxOutboxAge() {
            return maxOutboxAge;
        }

        /** @param maxOutboxAge the oldest-pending-age threshold */
        public void setMaxOutboxAge(Duration maxOutboxAge) {
            this.maxOutboxAge = maxOutboxAge;
        }

        /** @return the backlog threshold */
        public long getMaxOutboxBacklog() {
            return maxOutboxBacklog;
        }

        /** @param maxOutboxBacklog the backlog threshold */
        public void setMaxOutboxBacklog(long maxOutboxBacklog) {
            this.maxOutboxBacklog = maxOutboxBacklog;
        }
    }
}
