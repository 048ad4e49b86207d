package io.github.entraide.policy;

import java.util.Locale;

/**
 * Why {@link OffensiveContentPolicy} sends a text to moderation. Stable codes: portals and moderators
 * may rely on their names.
 */
public enum OffensiveContentReasonCode {
    /** An insult aimed at someone ("connard", "idiot", "asshole"). */
    INSULT("une insulte", "an insult"),
    /** A slur on origin, religion, sex, sexual orientation or disability. */
    SLUR("un propos discriminatoire", "a slur"),
    /** A threat of violence against someone ("je vais te tuer", "I'll hurt you"). */
    THREAT("une menace", "a threat"),
    /** Sexual content ("plan cul", "nudes", "massage érotique"). */
    SEXUAL("un contenu sexuel", "sexual content"),
    /**
     * An attempt to collect contact details outside an introduction: an e-mail address or phone number
     * in the text, "donnez-moi votre numéro", "add me on WhatsApp".
     */
    CONTACT_HARVESTING("une tentative de recueillir des coordonnées hors mise en relation",
            "an attempt to collect contact details outside an introduction"),
    /** A term the territory added to its own list. */
    TERRITORY_TERM("un terme signalé par le territoire", "a term listed by the territory");

    private final String french;
    private final String english;

    OffensiveContentReasonCode(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /**
     * A short description for a moderator.
     *
     * @param locale the moderator's locale; French unless its language is English
     * @return the description
     */
    public String describe(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : french;
    }
}
