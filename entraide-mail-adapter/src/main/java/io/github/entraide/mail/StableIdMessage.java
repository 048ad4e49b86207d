package io.github.entraide.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MIME message whose {@code Message-ID} is given, not generated: a resend keeps it. Its body may
 * be given already encoded ({@link #setEncodedBody}); it is then written as it is, and saving the
 * message only sets {@code MIME-Version} and {@code Message-ID} (the body's headers are already right).
 */
final class StableIdMessage extends MimeMessage {
    private final String messageId;
    private boolean encodedBody;

    StableIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /**
     * Sets the body to bytes already in MIME form.
     *
     * @param contentType the body's content type, for example {@code multipart/alternative; boundary="=_x"}
     * @param body the body, 7-bit, lines ending with CRLF
     */
    void setEncodedBody(String contentType, byte[] body) throws MessagingException {
        setHeader("Content-Type", contentType);
        setHeader("Content-Transfer-Encoding", "7bit");
        content = body;
        dh = null;
        cachedContent = null;
        encodedBody = true;
    }

    @Override
    protected void updateHeaders() throws MessagingException {
        if (!encodedBody) {
            super.updateHeaders();
            return;
        }
        setHeader("MIME-Version", "1.0");
        updateMessageID();
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
