package io.github.entraide.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.relay.OutboxRelay;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The JVM {@link RelayKilledTest} kills: an outbox relay over a JDBC database, sending to an SMTP
 * port, running until the process dies. Arguments: JDBC URL, SMTP port, batch size, lease in
 * seconds. Not a test.
 */
public final class RelayChild {
    private RelayChild() {
    }

    /**
     * Runs the relay until killed.
     *
     * @param args JDBC URL, SMTP port, batch size, lease in seconds
     * @throws InterruptedException never in practice: the process is killed
     */
    public static void main(String[] args) throws InterruptedException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(2);
        HikariDataSource pool = new HikariDataSource(config);
        JdbcStorage storage = JdbcStorage.builder(pool).build();
        SmtpNotifier mail = SmtpNotifier.builder().host("127.0.0.1").port(Integer.parseInt(args[1]))
                .security(SmtpSecurity.NONE).from("entraide@grenoble.example", "Entraide Grenoble")
                .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}").build();
        OutboxRelay relay = OutboxRelay.builder(storage).notifier(mail).batchSize(Integer.parseInt(args[2]))
                .lease(Duration.ofSeconds(Long.parseLong(args[3]))).pollInterval(Duration.ofMillis(100)).build();
        relay.start();
        System.out.println("relay started");
        new CountDownLatch(1).await();
    }
}
