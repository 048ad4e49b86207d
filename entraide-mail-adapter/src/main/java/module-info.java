/**
 * Entraide mail adapter: notifications by e-mail over SMTP (Jakarta Mail; Eclipse Angus Mail at
 * run time), in French and English, with per-territory branding.
 */
module io.github.entraide.mail {
    requires transitive io.github.entraide.core;
    requires jakarta.mail;
    requires java.logging;
    requires org.slf4j;

    exports io.github.entraide.mail;
}
