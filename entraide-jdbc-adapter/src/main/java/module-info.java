/**
 * Entraide jdbc module.
 */
module io.github.entraide.jdbc {
    requires transitive io.github.entraide.core;

    exports io.github.entraide.jdbc;
}
