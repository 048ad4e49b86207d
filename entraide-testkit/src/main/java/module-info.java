/**
 * Entraide test kit: the Grenoble fixture, the property-testing harness, and the contract suites
 * any storage adapter runs to prove itself.
 */
module io.github.entraide.testkit {
    requires transitive io.github.entraide.core;
    requires transitive org.junit.jupiter.api;
    requires transitive java.sql;

    exports io.github.entraide.testkit;
    exports io.github.entraide.testkit.contract;
    exports io.github.entraide.testkit.generators;
    exports io.github.entraide.testkit.property;
    exports io.github.entraide.testkit.properties;
}
