package io.github.entraide.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of STYLE.md and DESIGN.md: the core knows no database, mail server, web
 * or DI framework and no adapter; the domain knows nothing of use cases, ports or adapters.
 */
@AnalyzeClasses(packages = "io.github.entraide", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule coreUsesNoJdbcMailWebOrDiFramework = noClasses()
            .that().resideInAPackage("io.github.entraide..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "jakarta.mail..", "javax.mail..", "jakarta.servlet..",
                    "javax.servlet..", "jakarta.inject..", "javax.inject..", "org.springframework..",
                    "com.google.inject..", "jakarta.persistence..", "org.h2..", "org.postgresql..",
                    "com.sun.net.httpserver..")
            .because("the core depends on no JDBC driver, mail, web or DI framework (DESIGN.md)");

    @ArchTest
    static final ArchRule coreKnowsNoAdapter = noClasses()
            .that().resideInAPackage("io.github.entraide..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.entraide.jdbc..",
                    "io.github.entraide.mail..", "io.github.entraide.testkit..")
            .because("adapters depend on the core, never the other way round");

    @ArchTest
    static final ArchRule domainKnowsNoUseCaseNorAdapter = noClasses()
            .that().resideInAPackage("io.github.entraide.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.entraide.service..",
                    "io.github.entraide.command..", "io.github.entraide.memory..", "io.github.entraide.spi..")
            .because("the domain is the innermost layer");

    @ArchTest
    static final ArchRule portsKnowNoUseCaseNorAdapter = noClasses()
            .that().resideInAPackage("io.github.entraide.spi..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.entraide.service..",
                    "io.github.entraide.memory..")
            .because("ports are implemented by adapters and used by use cases, never the reverse");

    @ArchTest
    static final ArchRule useCasesDoNotReachIntoInMemoryAdapters = noClasses()
            .that().resideInAPackage("io.github.entraide.service..")
            .should().dependOnClassesThat().resideInAPackage("io.github.entraide.memory..")
            .because("use cases work through ports, whatever adapter is plugged in");
}
