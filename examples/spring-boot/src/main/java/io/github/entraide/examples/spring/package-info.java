/** Example: Entraide in a Spring Boot application through {@code entraide-spring-boot-starter}. */
package io.github.entraide.examples.spring;
