package io.github.entraide.mail;

import io.github.entraide.domain.IntroductionId;
import java.net.URI;
import java.util.Objects;

/**
 * The accept and decline links of a proposed introduction, built from the portal's URL template,
 * for example {@code https://portal.example/entraide/introductions/{introductionId}/{action}}
 * where {@code {action}} becomes {@code accept} or {@code decline}. The portal authenticates the
 * person who follows the link. Immutable; the template is checked when built.
 */
public final class IntroductionLinks {
    /** The placeholder of the introduction's id. */
    public static final String INTRODUCTION_ID = "{introductionId}";
    /** The placeholder of the action, {@code accept} or {@code decline}. */
    public static final String ACTION = "{action}";

    private final String template;

    private IntroductionLinks(String template) {
        this.template = template;
    }

    /**
     * Links from a template.
     *
     * @param template an absolute http(s) URL holding {@value #INTRODUCTION_ID} and {@value #ACTION}
     * @return the links
     * @throws IllegalArgumentException if a placeholder is missing, another {@code {...}} remains,
     *     or the URL is not absolute http(s)
     */
    public static IntroductionLinks fromTemplate(String template) {
        Objects.requireNonNull(template, "template");
        if (!template.contains(INTRODUCTION_ID) || !template.contains(ACTION)) {
            throw new IllegalArgumentException("the introduction URL template must hold " + INTRODUCTION_ID
                    + " and " + ACTION + ", was " + template);
        }
        String sample = expand(template, "sample-id", "accept");
        if (sample.indexOf('{') >= 0 || sample.indexOf('}') >= 0) {
            throw new IllegalArgumentException("the introduction URL template holds an unknown placeholder: "
                    + template);
        }
        try {
            TerritoryBranding.web(URI.create(sample), "introduction URL template");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the introduction URL template must be an absolute http(s) URL, was "
                    + template, e);
        }
        return new IntroductionLinks(template);
    }

    private static String expand(String template, String id, String action) {
        return template.replace(INTRODUCTION_ID, id).replace(ACTION, action);
    }

    /**
     * The link accepting an introduction.
     *
     * @param id the introduction (its id is URL-safe by construction)
     * @return the link
     */
    public URI accept(IntroductionId id) {
        return URI.create(expand(template, id.value(), "accept"));
    }

    /**
     * The link declining an introduction.
     *
     * @param id the introduction
     * @return the link
     */
    public URI decline(IntroductionId id) {
        return URI.create(expand(template, id.value(), "decline"));
    }

    @Override
    public String toString() {
        return "IntroductionLinks[" + template + "]";
    }
}
