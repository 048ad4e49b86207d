package io.github.entraide.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one-click link that stops a helper's crisis appeals, built from the portal's URL template,
 * for example {@code https://portal.example/entraide/appeals/opt-out/{token}}. The portal's page at
 * that address calls {@link io.github.entraide.service.AppealService#optOut(String)} with the token,
 * without a signed-in member: on GET it shows a confirmation button, on POST it opts out (the
 * {@code List-Unsubscribe-Post} header of RFC 8058 tells mail clients they may POST to it). Immutable;
 * the template is checked when built.
 */
public final class AppealOptOutLinks {
    /** The placeholder of the helper's opt-out token. */
    public static final String TOKEN = "{token}";

    private final String template;

    private AppealOptOutLinks(String template) {
        this.template = template;
    }

    /**
     * Links from a template.
     *
     * @param template an absolute http(s) URL holding {@value #TOKEN}
     * @return the links
     * @throws IllegalArgumentException if the placeholder is missing, another {@code {...}} remains,
     *     or the URL is not absolute http(s)
     */
    public static AppealOptOutLinks fromTemplate(String template) {
        Objects.requireNonNull(template, "template");
        if (!template.contains(TOKEN)) {
            throw new IllegalArgumentException("the appeal opt-out URL template must hold " + TOKEN + ", was "
                    + template);
        }
        String sample = template.replace(TOKEN, "sample-token");
        if (sample.indexOf('{') >= 0 || sample.indexOf('}') >= 0) {
            throw new IllegalArgumentException("the appeal opt-out URL template holds an unknown placeholder: "
                    + template);
        }
        try {
            TerritoryBranding.web(URI.create(sample), "appeal opt-out URL template");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the appeal opt-out URL template must be an absolute http(s) URL, was "
                    + template, e);
        }
        return new AppealOptOutLinks(template);
    }

    /**
     * The link that opts a helper out.
     *
     * @param token the helper's opt-out token, URL-encoded into the link
     * @return the link
     */
    public URI optOut(String token) {
        Objects.requireNonNull(token, "token");
        // '~' is unreserved in URIs (RFC 3986); URLEncoder, made for forms, would write it %7E.
        return URI.create(template.replace(TOKEN, URLEncoder.encode(token, StandardCharsets.UTF_8)
                .replace("%7E", "~")));
    }

    @Override
    public String toString() {
        return "AppealOptOutLinks[" + template + "]";
    }
}
