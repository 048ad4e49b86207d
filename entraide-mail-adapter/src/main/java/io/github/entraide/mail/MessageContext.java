package io.github.entraide.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * What a template needs besides the notification: the language, the territory's branding and
 * the introduction links. Immutable.
 *
 * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}, from the recipient
 * @param branding the territory's branding
 * @param links the accept and decline links
 */
public record MessageContext(Locale locale, TerritoryBranding branding, IntroductionLinks links) {

    /** Checks the parameters. */
    public MessageContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(links, "links");
    }

    /** @return whether the message is in English (French otherwise) */
    public boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
