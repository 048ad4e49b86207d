/**
 * Entraide testkit module.
 */
module io.github.entraide.testkit {
    requires transitive io.github.entraide.core;

    exports io.github.entraide.testkit;
    exports io.github.entraide.testkit.property;
}
