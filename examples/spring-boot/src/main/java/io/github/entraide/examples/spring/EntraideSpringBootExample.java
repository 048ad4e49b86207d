package io.github.entraide.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that embeds Entraide with nothing but the starter, a
 * {@code DataSource} and SMTP properties (see {@code application.properties}): the {@code Entraide}
 * bean serves the use cases, the outbox relay runs with the application, and
 * {@code /actuator/health} and {@code /actuator/metrics} show how it goes.
 */
@SpringBootApplication
public class EntraideSpringBootExample {

    /** Created by Spring. */
    public EntraideSpringBootExample() {
    }

    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments, e.g. {@code --entraide.mail.host=smtp.example}
     */
    public static void main(String[] args) {
        SpringApplication.run(EntraideSpringBootExample.class, args);
    }
}
