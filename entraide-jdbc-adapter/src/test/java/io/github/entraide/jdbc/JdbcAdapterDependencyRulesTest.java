package io.github.entraide.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The adapter depends on the core only (plus the JDK's JDBC, Jackson and SLF4J the core brings):
 * never on a driver, another adapter, the test kit or the in-memory storage.
 */
class JdbcAdapterDependencyRulesTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.entraide.jdbc");

    @Test
    void adapterUsesOnlyTheJdkTheCoreJacksonAndSlf4j() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..",
                "io.github.entraide", "io.github.entraide.domain..", "io.github.entraide.spi..",
                "io.github.entraide.internal..", "io.github.entraide.jdbc..", "com.fasterxml.jackson..",
                "org.slf4j..",
                // JdbcCandidateSource implements the CandidateSource port, whose contract is in matching's types.
                "io.github.entraide.matching..").check(ADAPTER);
    }

    @Test
    void adapterNeverReferencesADriverAnotherAdapterOrTheTestKit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.postgresql..",
                "io.github.entraide.mail..", "io.github.entraide.testkit..", "io.github.entraide.memory..")
                .check(ADAPTER);
    }
}
