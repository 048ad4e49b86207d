/**
 * Entraide mail module.
 */
module io.github.entraide.mail {
    requires transitive io.github.entraide.core;

    exports io.github.entraide.mail;
}
