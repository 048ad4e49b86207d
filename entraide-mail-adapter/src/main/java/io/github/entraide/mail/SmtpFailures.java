package io.github.entraide.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts SMTP failures into transient (a retry may pass) and permanent. Reads the SMTP reply code
 * of Angus Mail's exceptions by reflection, so that the adapter compiles against the Jakarta Mail
 * API only.
 */
final class SmtpFailures {
    private SmtpFailures() {
    }

    /**
     * Whether a failure may pass on retry.
     *
     * <ul>
     *   <li>a 4xx reply anywhere in the chain (greylisting, mailbox busy, server busy): transient;</li>
     *   <li>a 5xx reply (unknown mailbox, message refused): permanent;</li>
     *   <li>an authentication failure: transient (the operator fixes the credentials; the message
     *       itself is fine);</li>
     *   <li>an I/O cause (connection refused or dropped, timeout): transient;</li>
     *   <li>an invalid address without a reply code: permanent;</li>
     *   <li>anything else: transient (the relay dead-letters it after its max attempts).</li>
     * </ul>
     */
    static boolean isTransient(MessagingException e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        boolean io = false;
        boolean invalidAddress = false;
        for (Throwable t = e; t != null && !seen.containsKey(t); t = next(t)) {
            seen.put(t, Boolean.TRUE);
            Optional<Integer> code = replyCode(t);
            if (code.isPresent() && code.get() >= 400 && code.get() < 500) {
                return true;
            }
            if (code.isPresent() && code.get() >= 500 && code.get() < 600) {
                return false;
            }
            if (t instanceof AuthenticationFailedException) {
                return true;
            }
            io |= t instanceof IOException;
            invalidAddress |= t instanceof AddressException
                    || (t instanceof SendFailedException && ((SendFailedException) t).getInvalidAddresses() != null
                            && ((SendFailedException) t).getInvalidAddresses().length > 0);
        }
        if (io) {
            return true;
        }
        return !invalidAddress;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException && ((MessagingException) t).getNextException() != null) {
            return ((MessagingException) t).getNextException();
        }
        return t.getCause();
    }

    static Optional<Integer> replyCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            if (m.getReturnType() == int.class) {
                return Optional.of((Integer) m.invoke(t));
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // not an exception carrying an SMTP reply code
        }
        return Optional.empty();
    }
}
