package io.github.entraide.mail;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain text (a local relay or a test server only). Default port 25. */
    NONE(25),
    /** Plain connection upgraded with STARTTLS, which is required. Default port 587. */
    STARTTLS(587),
    /** TLS from the first byte (SMTPS). Default port 465. */
    SMTPS(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /**
     * The port used when none is given.
     *
     * @return the port
     */
    public int defaultPort() {
        return defaultPort;
    }
}
