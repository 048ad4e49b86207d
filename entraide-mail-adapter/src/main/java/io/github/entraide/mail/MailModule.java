package io.github.entraide.mail;

/** Marker of the mail module (placeholder while the foundation lands). */
public final class MailModule {
    private MailModule() {
    }
}
