package io.github.entraide.examples.portal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's configuration, read from environment variables. Unset means the embedded default:
 * in-JVM storage and an in-JVM SMTP server on a free port. Immutable.
 *
 * @param port the HTTP port ({@code ENTRAIDE_PORT}, default 8080; 0 for a free port)
 * @param bindAddress the address the portal listens on ({@code ENTRAIDE_BIND}, default 127.0.0.1)
 * @param baseUrl the portal's public address, for the links in e-mails ({@code ENTRAIDE_BASE_URL},
 *     default {@code http://localhost:<port>})
 * @param jdbcUrl a database ({@code ENTRAIDE_JDBC_URL}); empty for the embedded default
 * @param smtpHost a real SMTP server ({@code ENTRAIDE_SMTP_HOST}); empty for the in-JVM one
 * @param smtpPort its port ({@code ENTRAIDE_SMTP_PORT}, default the security's: 25, 587 or 465;
 *     with no host, the in-JVM server's port, default a free one)
 * @param smtpSecurity {@code none} (default), {@code starttls} or {@code smtps}
 *     ({@code ENTRAIDE_SMTP_SECURITY})
 * @param smtpUsername a user name for the SMTP server ({@code ENTRAIDE_SMTP_USERNAME}), with
 *     {@code ENTRAIDE_SMTP_PASSWORD}
 * @param smtpPassword its password
 * @param seed what the demo starts with ({@code ENTRAIDE_DEMO_SEED}): {@code realistic} (default: the
 *     metropolis' helpers, offers, requests over the past weeks and introductions in every state) or
 *     {@code minimal} (a handful of named members)
 */
public record PortalConfig(int port, String bindAddress, Optional<String> baseUrl, Optional<String> jdbcUrl,
        Optional<String> smtpHost, Optional<Integer> smtpPort, String smtpSecurity, Optional<String> smtpUsername,
        Optional<String> smtpPassword, String seed) {

    /** The seed with the metropolis' population (the default of {@link #fromEnvironment}). */
    public static final String SEED_REALISTIC = "realistic";
    /** The seed with a handful of named members only (tests, {@code ENTRAIDE_DEMO_SEED=minimal}). */
    public static final String SEED_MINIMAL = "minimal";

    /** Checks the values. */
    public PortalConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(smtpHost, "smtpHost");
        Objects.requireNonNull(smtpPort, "smtpPort");
        Objects.requireNonNull(smtpSecurity, "smtpSecurity");
        if (!java.util.Set.of("none", "starttls", "smtps").contains(smtpSecurity)) {
            throw new IllegalArgumentException("ENTRAIDE_SMTP_SECURITY must be none, starttls or smtps");
        }
        Objects.requireNonNull(smtpUsername, "smtpUsername");
        Objects.requireNonNull(smtpPassword, "smtpPassword");
        Objects.requireNonNull(seed, "seed");
        if (!java.util.Set.of(SEED_REALISTIC, SEED_MINIMAL).contains(seed)) {
            throw new IllegalArgumentException("ENTRAIDE_DEMO_SEED must be realistic or minimal");
        }
        smtpPort.ifPresent(p -> {
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("SMTP port out of range: " + p);
            }
        });
    }

    /**
     * Reads the configuration from environment variables.
     *
     * @param env the environment, usually {@link System#getenv()}
     * @return the configuration
     * @throws IllegalArgumentException if a number is malformed or out of range
     */
    public static PortalConfig fromEnvironment(Map<String, String> env) {
        return new PortalConfig(
                number(env, "ENTRAIDE_PORT").orElse(8080),
                value(env, "ENTRAIDE_BIND").orElse("127.0.0.1"),
                value(env, "ENTRAIDE_BASE_URL").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u),
                value(env, "ENTRAIDE_JDBC_URL"),
                value(env, "ENTRAIDE_SMTP_HOST"),
                number(env, "ENTRAIDE_SMTP_PORT"),
                value(env, "ENTRAIDE_SMTP_SECURITY").map(v -> v.toLowerCase(java.util.Locale.ROOT)).orElse("none"),
                value(env, "ENTRAIDE_SMTP_USERNAME"),
                Optional.ofNullable(env.get("ENTRAIDE_SMTP_PASSWORD")),
                value(env, "ENTRAIDE_DEMO_SEED").map(v -> v.toLowerCase(java.util.Locale.ROOT)).orElse(SEED_REALISTIC));
    }

    /**
     * The embedded defaults on a free HTTP port, for tests.
     *
     * @return the configuration
     */
    public static PortalConfig embeddedOnFreePort() {
        return new PortalConfig(0, "127.0.0.1", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "none", Optional.empty(), Optional.empty(), SEED_MINIMAL);
    }

    /**
     * This configuration with another SMTP server.
     *
     * @param host the host
     * @param smtp the port
     * @return the configuration
     */
    public PortalConfig withSmtp(String host, int smtp) {
        return new PortalConfig(port, bindAddress, baseUrl, jdbcUrl, Optional.of(host), Optional.of(smtp), smtpSecurity,
                smtpUsername, smtpPassword, seed);
    }

    /**
     * This configuration with another database.
     *
     * @param url the JDBC URL
     * @return the configuration
     */
    public PortalConfig withJdbcUrl(String url) {
        return new PortalConfig(port, bindAddress, baseUrl, Optional.of(url), smtpHost, smtpPort, smtpSecurity,
                smtpUsername, smtpPassword, seed);
    }

    @Override
    public String toString() {
        return "PortalConfig[port=" + port + ", smtp=" + smtpHost.orElse("in-JVM") + ", password "
                + (smtpPassword.isPresent() ? "set" : "unset") + "]";
    }

    /** @return the SMTP server as people read it: host, port and security (no credentials) */
    public String smtpDescription() {
        return smtpHost.orElse("in-JVM") + smtpPort.map(p -> ":" + p).orElse("") + " (" + smtpSecurity + ")";
    }

    /** @return whether mail goes to the in-JVM SMTP server shown on the mailbox page */
    public boolean embeddedSmtp() {
        return smtpHost.isEmpty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> number(Map<String, String> env, String name) {
        return value(env, name).map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a number", e);
            }
        });
    }

    /**
     * This configuration with another seed.
     *
     * @param seed {@link #SEED_REALISTIC} or {@link #SEED_MINIMAL}
     * @return the configuration
     */
    public PortalConfig withSeed(String seed) {
        return new PortalConfig(port, bindAddress, baseUrl, jdbcUrl, smtpHost, smtpPort, smtpSecurity, smtpUsername,
                smtpPassword, seed);
    }
}
