package io.github.entraide.mail;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template needs besides the notification: the language, the territory's branding, the
 * introduction links and, when the portal configured them, the appeal opt-out links. Immutable.
 *
 * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}, from the recipient
 * @param branding the territory's branding
 * @param links the accept and decline links
 * @param appealOptOutLinks the links that stop crisis appeals, if configured
 */
public record MessageContext(Locale locale, TerritoryBranding branding, IntroductionLinks links,
        Optional<AppealOptOutLinks> appealOptOutLinks) {

    /** Checks the parameters. */
    public MessageContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(appealOptOutLinks, "appealOptOutLinks");
    }

    /**
     * A context without appeal opt-out links, as before crisis appeals. Kept for source compatibility.
     *
     * @param locale French or English
     * @param branding the territory's branding
     * @param links the accept and decline links
     */
    public MessageContext(Locale locale, TerritoryBranding branding, IntroductionLinks links) {
        this(locale, branding, links, Optional.empty());
    }

    /** @return whether the message is in English (French otherwise) */
    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /**
     * The link that stops a helper's crisis appeals.
     *
     * @param token the helper's opt-out token
     * @return the link
     * @throws IllegalStateException if the notifier has no appeal opt-out URL template: an appeal is
     *     never sent without its opt-out link
     */
    public URI appealOptOut(String token) {
        return appealOptOutLinks.orElseThrow(() -> new IllegalStateException(
                "no appeal opt-out URL template: configure SmtpNotifier.Builder.appealOptOutUrlTemplate"))
                .optOut(token);
    }
}
