/**
 * Entraide core: the mutual-aid domain, its rules, matching, the ports adapters implement and
 * the in-memory adapters. Depends on no database driver, mail, web or DI framework.
 */
module io.github.entraide.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.entraide;
    exports io.github.entraide.policy;
}
