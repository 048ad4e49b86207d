package io.github.entraide.mail;

import java.util.Objects;

/**
 * A message ready to send: its subject, its plain-text part and its HTML part. Immutable.
 *
 * @param subject the subject, on one line (a line break makes the notifier refuse the message)
 * @param text the plain-text part
 * @param html the HTML part, a complete document whose user-supplied values are escaped
 */
public record RenderedMessage(String subject, String text, String html) {

    /** Checks the parameters. */
    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
