/**
 * Entraide core: the mutual-aid domain, its rules, matching, the ports adapters implement and
 * the in-memory adapters. Depends on no database driver, mail, web or DI framework.
 */
module io.github.entraide.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports io.github.entraide;
    exports io.github.entraide.command;
    exports io.github.entraide.domain;
    exports io.github.entraide.event;
    exports io.github.entraide.matching;
    exports io.github.entraide.memory;
    exports io.github.entraide.notification;
    exports io.github.entraide.policy;
    exports io.github.entraide.privacy;
    exports io.github.entraide.relay;
    exports io.github.entraide.service;
    exports io.github.entraide.spi;
    exports io.github.entraide.statistics;
    // Technical package shared with Entraide's own modules only; not API.
    exports io.github.entraide.internal to io.github.entraide.jdbc, io.github.entraide.mail,
            io.github.entraide.testkit;

    opens io.github.entraide.command to org.hibernate.validator;
    opens io.github.entraide.domain to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.entraide.event to com.fasterxml.jackson.databind;
    opens io.github.entraide.notification to com.fasterxml.jackson.databind;
    opens io.github.entraide.policy to com.fasterxml.jackson.databind;
    opens io.github.entraide.privacy to com.fasterxml.jackson.databind;
    opens io.github.entraide.statistics to com.fasterxml.jackson.databind;
}
