package io.github.entraide.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.entraide.notification.NotificationKind;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An operator turns every java.util.logging logger to {@code FINEST} to chase a fault: Angus
 * Mail's SMTP loggers would then write the recipient and the whole message. The notifier keeps
 * them at {@code INFO} unless told otherwise.
 */
class MailLibraryLogsHoldNoPersonalDataTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String RECIPIENT_NAME = "Gwendoline";
    private final Logger root = Logger.getLogger("");
    private final List<Logger> loggers = List.of(Logger.getLogger("org.eclipse.angus.mail.smtp"),
            Logger.getLogger("org.eclipse.angus.mail.smtp.protocol"));
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;

    @BeforeEach
    void everyLoggerAtFinest() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        loggers.forEach(l -> l.setLevel(Level.FINEST));
    }

    @AfterEach
    void restore() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        loggers.forEach(l -> l.setLevel(null));
    }

    private String send(boolean debugLogs) {
        String email = "gwendoline." + debugLogs + "@example.org";
        try (SmtpNotifier notifier = Notices.notifier(GREEN_MAIL.getSmtp().getPort()).mailLibraryDebugLogs(debugLogs)
                .build()) {
            notifier.send("log-" + debugLogs, Notices.of(NotificationKind.INTRODUCTION_PROPOSED,
                    new io.github.entraide.notification.Recipient(RECIPIENT_NAME, email, Locale.FRENCH)));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Test
    void theMailLibraryLogsNeitherTheRecipientNorTheMessageByDefault() {
        String log = send(false);
        assertThat(log).doesNotContain("gwendoline.false@example.org").doesNotContain(RECIPIENT_NAME);
        assertThat(loggers).allSatisfy(l -> assertThat(l.isLoggable(Level.FINE)).isFalse());
    }

    @Test
    void withDebugLogsAllowedTheSameLoggersWouldHaveWrittenBoth() {
        String log = send(true);
        assertThat(log).contains("gwendoline.true@example.org").contains(RECIPIENT_NAME);
    }
}
