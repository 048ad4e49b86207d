package io.github.entraide.examples.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's in-JVM SMTP server (GreenMail) and what it received, for the mailbox page.
 * Thread-safe.
 */
public final class Mailbox implements AutoCloseable {
    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    /**
     * Starts an SMTP server on the loopback interface.
     *
     * @param port the port, or 0 for a free one
     * @return the running mailbox
     */
    public static Mailbox start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        return new Mailbox(server);
    }

    /** @return the SMTP port */
    public int port() {
        return server.getSmtp().getPort();
    }

    /**
     * One received e-mail, decoded.
     *
     * @param to the recipients
     * @param subject the subject
     * @param text the plain-text body
     * @param receivedAt when it arrived (or was sent)
     */
    public record Mail(String to, String subject, String text, Instant receivedAt) {
    }

    /**
     * Every received e-mail, newest first.
     *
     * @return the mails
     */
    public List<Mail> messages() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                Address[] to = m.getAllRecipients();
                String recipients = to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
                Instant at = m.getSentDate() == null ? Instant.EPOCH : m.getSentDate().toInstant();
                mails.add(new Mail(decode(recipients), m.getSubject() == null ? "" : m.getSubject(), plainText(m), at));
            } catch (MessagingException | IOException e) {
                mails.add(new Mail("?", "(unreadable message)", "", Instant.EPOCH));
            }
        }
        java.util.Collections.reverse(mails);
        return mails;
    }

    /** @return how many e-mails arrived */
    public int count() {
        return server.getReceivedMessages().length;
    }

    private static String decode(String header) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(header);
        } catch (java.io.UnsupportedEncodingException e) {
            return header;
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < mp.getCount(); i++) {
                Part p = mp.getBodyPart(i);
                String text = plainText(p);
                if (p.isMimeType("text/plain") || p.isMimeType("multipart/*")) {
                    if (!text.isEmpty()) {
                        return text;
                    }
                } else if (html == null) {
                    html = text;
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }

    @Override
    public void close() {
        server.stop();
    }
}
