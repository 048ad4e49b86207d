package io.github.entraide.mail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the mail library's SMTP loggers at {@code INFO} or above. Below that, Angus Mail's
 * {@code java.util.logging} loggers write what {@code mail.debug} prints: at {@code FINE} the
 * recipients' names and addresses ({@code org.eclipse.angus.mail.smtp}), at {@code FINEST} the
 * whole SMTP dialogue, message bodies included ({@code …smtp.protocol}) — personal data, which
 * an operator turning every logger to its finest level to chase a fault must not find in the
 * logs. Thread-safe.
 */
final class MailLibraryLogs {
    /** Angus Mail's and, for an older runtime on the class path, JavaMail's SMTP loggers. */
    private static final List<String> SMTP_LOGGERS = List.of("org.eclipse.angus.mail.smtp",
            "org.eclipse.angus.mail.smtp.protocol", "com.sun.mail.smtp", "com.sun.mail.smtp.protocol");
    /** java.util.logging holds loggers weakly: a level set on one collected would be lost. */
    private static final List<Logger> CAPPED = new CopyOnWriteArrayList<>();

    private MailLibraryLogs() {
    }

    /** Raises each SMTP logger whose effective level is finer than {@code INFO} to {@code INFO}. */
    static synchronized void capAtInfo() {
        List<String> raised = new java.util.ArrayList<>();
        for (String name : SMTP_LOGGERS) {
            Logger logger = Logger.getLogger(name);
            if (!CAPPED.contains(logger)) {
                CAPPED.add(logger);
            }
            if (logger.isLoggable(Level.FINE)) {
                logger.setLevel(Level.INFO);
                raised.add(name);
            }
        }
        if (!raised.isEmpty()) {
            LoggerFactory.getLogger(SmtpNotifier.class).warn("java.util.logging loggers {} raised to INFO: below"
                    + " that they write recipients and message bodies (personal data); to debug SMTP, build the"
                    + " notifier with mailLibraryDebugLogs(true), never in production", raised);
        }
    }
}
