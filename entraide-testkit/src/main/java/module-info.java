/**
 * Entraide testkit module.
 */
module io.github.entraide.testkit {
    requires transitive io.github.entraide.core;

    exports io.github.entraide.testkit;
    exports io.github.entraide.testkit.generators;
    exports io.github.entraide.testkit.property;
    exports io.github.entraide.testkit.properties;
}
