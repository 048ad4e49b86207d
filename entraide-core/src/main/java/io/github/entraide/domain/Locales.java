package io.github.entraide.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The two locales Entraide speaks: French (default) and English.
 */
public final class Locales {
    private Locales() {
    }

    /**
     * Checks that a locale is French or English and returns its language-only form.
     *
     * @param locale the locale
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @throws IllegalArgumentException for another language
     */
    public static Locale supported(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        switch (locale.getLanguage()) {
            case "fr":
                return Locale.FRENCH;
            case "en":
                return Locale.ENGLISH;
            default:
                throw new IllegalArgumentException("locale must be French or English, was " + locale);
        }
    }

    /**
     * The supported locale closest to a given one: English for English, French otherwise.
     *
     * @param locale the locale, or null
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     */
    public static Locale closest(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
