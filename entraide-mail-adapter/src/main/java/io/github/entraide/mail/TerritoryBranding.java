package io.github.entraide.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How a territory's e-mails look and who they come from: the name people know it by, an optional
 * sender and reply-to overriding the notifier's, a footer, and links to its privacy notice and to
 * unsubscribe (also sent as the {@code List-Unsubscribe} header). Immutable; checked when built
 * (a configuration error fails at start-up, never at send time).
 *
 * @param displayName the territory's name as shown to people, for example {@code Grenoble-Alpes Métropole}
 * @param senderAddress the {@code From} address, if it differs from the notifier's
 * @param senderName the {@code From} display name, if it differs from the notifier's
 * @param replyTo the {@code Reply-To} address, if it differs from the notifier's
 * @param footer a line or paragraph at the bottom of every message (for example the service's
 *     postal address), plain text
 * @param privacyUrl the privacy notice
 * @param unsubscribeUrl where a person stops receiving messages
 * @param zone the time zone dates are shown in
 */
public record TerritoryBranding(String displayName, Optional<String> senderAddress, Optional<String> senderName,
        Optional<String> replyTo, Optional<String> footer, Optional<URI> privacyUrl, Optional<URI> unsubscribeUrl,
        ZoneId zone) {

    /**
     * Checks the branding.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a header value holds a line break, an address is not a
     *     single valid address, or a URL is not absolute http(s)
     */
    public TerritoryBranding {
        Objects.requireNonNull(displayName, "displayName");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        HeaderValues.singleLine(displayName, "displayName");
        Objects.requireNonNull(senderAddress, "senderAddress").ifPresent(a -> address(a, "senderAddress"));
        Objects.requireNonNull(senderName, "senderName").ifPresent(n -> HeaderValues.singleLine(n, "senderName"));
        Objects.requireNonNull(replyTo, "replyTo").ifPresent(a -> address(a, "replyTo"));
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(privacyUrl, "privacyUrl").ifPresent(u -> web(u, "privacyUrl"));
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl").ifPresent(u -> web(u, "unsubscribeUrl"));
        Objects.requireNonNull(zone, "zone");
    }

    static InternetAddress address(String address, String name) {
        HeaderValues.singleLine(address, name);
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address.trim())) {
                throw new IllegalArgumentException(name + " must be a bare address such as entraide@example.org");
            }
            return parsed;
        } catch (AddressException e) {
            // The parser's message quotes the address: personal data, so it is not kept as the cause.
            throw new IllegalArgumentException(name + " is not a valid e-mail address (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    static URI web(URI uri, String name) {
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL, was " + uri);
        }
        HeaderValues.singleLine(uri.toString(), name);
        return uri;
    }

    /**
     * A branding with only a display name, dates in Europe/Paris time.
     *
     * @param displayName the territory's name
     * @return the branding
     */
    public static TerritoryBranding named(String displayName) {
        return builder(displayName).build();
    }

    /**
     * A builder.
     *
     * @param displayName the territory's name as shown to people
     * @return a builder
     */
    public static Builder builder(String displayName) {
        return new Builder(displayName);
    }

    /** Builds a {@link TerritoryBranding}. Not thread-safe. */
    public static final class Builder {
        private final String displayName;
        private String senderAddress;
        private String senderName;
        private String replyTo;
        private String footer;
        private URI privacyUrl;
        private URI unsubscribeUrl;
        private ZoneId zone = ZoneId.of("Europe/Paris");

        private Builder(String displayName) {
            this.displayName = Objects.requireNonNull(displayName, "displayName");
        }

        /**
         * The {@code From} of this territory's messages.
         *
         * @param address the address
         * @param name the display name
         * @return this builder
         */
        public Builder sender(String address, String name) {
            this.senderAddress = Objects.requireNonNull(address, "address");
            this.senderName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The {@code Reply-To} of this territory's messages (for example the moderators' mailbox).
         *
         * @param address the address
         * @return this builder
         */
        public Builder replyTo(String address) {
            this.replyTo = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * A footer at the bottom of every message, plain text.
         *
         * @param footer the footer
         * @return this builder
         */
        public Builder footer(String footer) {
            this.footer = Objects.requireNonNull(footer, "footer");
            return this;
        }

        /**
         * The privacy notice.
         *
         * @param url an absolute http(s) URL
         * @return this builder
         */
        public Builder privacyUrl(String url) {
            this.privacyUrl = URI.create(Objects.requireNonNull(url, "url"));
            return this;
        }

        /**
         * Where people unsubscribe; also sent as the {@code List-Unsubscribe} header.
         *
         * @param url an absolute http(s) URL
         * @return this builder
         */
        public Builder unsubscribeUrl(String url) {
            this.unsubscribeUrl = URI.create(Objects.requireNonNull(url, "url"));
            return this;
        }

        /**
         * The time zone dates are shown in. Default Europe/Paris.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Builds and checks the branding.
         *
         * @return the branding
         * @throws IllegalArgumentException if a value is invalid
         */
        public TerritoryBranding build() {
            return new TerritoryBranding(displayName, Optional.ofNullable(senderAddress),
                    Optional.ofNullable(senderName), Optional.ofNullable(replyTo), Optional.ofNullable(footer),
                    Optional.ofNullable(privacyUrl), Optional.ofNullable(unsubscribeUrl), zone);
        }
    }
}
