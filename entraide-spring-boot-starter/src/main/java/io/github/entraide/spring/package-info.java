/**
 * Spring Boot auto-configuration for Entraide: {@link io.github.entraide.spring.EntraideAutoConfiguration}
 * builds the library on the application's {@code DataSource}, sends e-mails through an SMTP
 * notifier, runs the outbox relay with the application context, and (when Micrometer and the
 * actuator are present) publishes metrics and a health indicator. Every bean is overridable.
 */
package io.github.entraide.spring;
