package io.github.entraide.spring;

import io.github.entraide.Entraide;
import io.github.entraide.jdbc.JdbcCandidateSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.matching.MatchingPolicies;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.spi.Notifier;
import io.github.entraide.spi.Storage;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Builds Entraide in a Spring Boot application: {@link JdbcStorage} on the application's
 * {@link DataSource} (migrated on start unless {@code entraide.jdbc.migrate=false}), the SQL
 * candidate source, an {@link SmtpNotifier} from {@code entraide.mail.*} (falling back to
 * {@code spring.mail.*}), and an {@link OutboxRelay} run by {@link OutboxRelayLifecycle}. The
 * clock, the matching policies, the storage, the candidate source, the notifier and the relay
 * are each replaced by declaring a bean of that type.
 *
 * <p>Metrics and health are configured by {@link EntraideMetricsAutoConfiguration} and
 * {@link EntraideHealthAutoConfiguration} when Micrometer and the actuator are present.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@EnableConfigurationProperties(EntraideProperties.class)
public class EntraideAutoConfiguration {

    /** Created by Spring. */
    public EntraideAutoConfiguration() {
    }

    /**
     * @return the clock every use case reads time from: system UTC
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock entraideClock() {
        return Clock.systemUTC();
    }

    /**
     * @return the matching policy of each territory: {@link MatchingPolicies#standard()}
     */
    @Bean
    @ConditionalOnMissingBean
    public MatchingPolicies entraideMatchingPolicies() {
        return MatchingPolicies.standard();
    }

    /**
     * @param dataSource the application's data source
     * @param properties the settings
     * @return the JDBC storage, migrated now unless {@code entraide.jdbc.migrate=false}
     */
    @Bean
    @ConditionalOnMissingBean(Storage.class)
    public JdbcStorage entraideStorage(DataSource dataSource, EntraideProperties properties) {
        JdbcStorage.Builder builder = JdbcStorage.builder(dataSource)
                .migrateOnStart(properties.getJdbc().isMigrate());
        String prefix = properties.getJdbc().getTablePrefix();
        if (prefix != null && !prefix.isBlank()) {
            builder.tablePrefix(prefix);
        }
        return builder.build();
    }

    /**
     * @param storage the storage
     * @return the SQL candidate source when the storage is JDBC, otherwise the library's default
     */
    @Bean
    @ConditionalOnMissingBean
    public CandidateSource entraideCandidateSource(Storage storage) {
        if (storage instanceof JdbcStorage jdbc) {
            return JdbcCandidateSource.over(jdbc);
        }
        throw new IllegalStateException("Entraide: declare a CandidateSource bean for the storage "
                + storage.getClass().getName());
    }

    /**
     * @param storage the storage
     * @param clock the clock
     * @param policies the matching policies
     * @param candidateSource the candidate source
     * @param decorators wrappers of the candidate source (metrics)
     * @param storageDecorators wrappers of the storage the use cases run on (metrics)
     * @return the library's entry point
     */
    @Bean
    @ConditionalOnMissingBean
    public Entraide entraide(Storage storage, Clock clock, MatchingPolicies policies, CandidateSource candidateSource,
            ObjectProvider<CandidateSourceDecorator> decorators, ObjectProvider<StorageDecorator> storageDecorators) {
        CandidateSource source = candidateSource;
        for (CandidateSourceDecorator decorator : decorators.orderedStream().toList()) {
            source = decorator.decorate(source);
        }
        Storage used = storage;
        for (StorageDecorator decorator : storageDecorators.orderedStream().toList()) {
            used = decorator.decorate(used);
        }
        return Entraide.builder().storage(used).clock(clock).matchingPolicies(policies)
                .candidateSource(source).build();
    }

    /**
     * @param properties the settings
     * @param environment where {@code spring.mail.*} is read as a fallback
     * @param clock the clock
     * @return the SMTP notifier
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(Notifier.class)
    @ConditionalOnProperty(prefix = "entraide.mail", name = "enabled", matchIfMissing = true)
    public SmtpNotifier entraideSmtpNotifier(EntraideProperties properties, Environment environment, Clock clock) {
        EntraideProperties.Mail mail = properties.getMail();
        String host = firstNonBlank(mail.getHost(), environment.getProperty("spring.mail.host"));
        if (host == null) {
            throw new IllegalStateException("Entraide: set entraide.mail.host (or spring.mail.host), "
                    + "or entraide.mail.enabled=false and declare a Notifier bean");
        }
        if (mail.getFrom() == null || mail.getFrom().isBlank()) {
            throw new IllegalStateException("Entraide: set entraide.mail.from, the sender address of the e-mails");
        }
        SmtpSecurity security = SmtpSecurity.valueOf(mail.getSecurity().trim().toUpperCase(Locale.ROOT));
        SmtpNotifier.Builder builder = SmtpNotifier.builder().host(host).security(security)
                .from(mail.getFrom(), mail.getFromName()).clock(clock);
        Integer port = mail.getPort() != null ? mail.getPort()
                : environment.getProperty("spring.mail.port", Integer.class);
        if (port != null) {
            builder.port(port);
        }
        String user = firstNonBlank(mail.getUsername(), environment.getProperty("spring.mail.username"));
        if (user != null) {
            String password = firstNonBlank(mail.getPassword(), environment.getProperty("spring.mail.password"));
            builder.credentials(user, password == null ? "" : password);
        }
        if (mail.getIntroductionUrlTemplate() != null && !mail.getIntroductionUrlTemplate().isBlank()) {
            builder.introductionUrlTemplate(mail.getIntroductionUrlTemplate());
        }
        if (mail.getAppealOptOutUrlTemplate() != null && !mail.getAppealOptOutUrlTemplate().isBlank()) {
            builder.appealOptOutUrlTemplate(mail.getAppealOptOutUrlTemplate());
        }
        return builder.build();
    }

    /**
     * @return the delivery counters read by the metrics and the health indicator
     */
    @Bean
    @ConditionalOnMissingBean
    public RelayStatistics entraideRelayStatistics() {
        return new RelayStatistics();
    }

    /**
     * @return the executor of the relay's loop, joined when the context closes
     */
    @Bean
    @ConditionalOnMissingBean
    public OutboxRelayLifecycle.RelayThread entraideRelayThread() {
        return new OutboxRelayLifecycle.RelayThread();
    }

    /**
     * @param storage the storage whose outbox is drained
     * @param notifier the notifier that delivers
     * @param statistics the delivery counters
     * @param clock the clock
     * @param thread the relay's executor
     * @param properties the settings
     * @return the relay (started by {@link OutboxRelayLifecycle}, not here)
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "entraide.relay", name = "enabled", matchIfMissing = true)
    public OutboxRelay entraideOutboxRelay(Storage storage, Notifier notifier, RelayStatistics statistics, Clock clock,
            OutboxRelayLifecycle.RelayThread thread, EntraideProperties properties) {
        return OutboxRelay.builder(storage).notifier(statistics.counting(notifier)).deadLetterListener(statistics)
                .clock(clock).pollInterval(properties.getRelay().getPollInterval())
                .maxAttempts(properties.getRelay().getMaxAttempts()).executor(thread).build();
    }

    /**
     * @param relay the relay
     * @param thread its executor
     * @param properties the settings
     * @return the lifecycle that starts the relay last and stops it first
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "entraide.relay", name = "enabled", matchIfMissing = true)
    public OutboxRelayLifecycle entraideOutboxRelayLifecycle(OutboxRelay relay, OutboxRelayLifecycle.RelayThread thread,
            EntraideProperties properties) {
        return new OutboxRelayLifecycle(relay, thread, properties.getRelay().getShutdownTimeout());
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }
}
