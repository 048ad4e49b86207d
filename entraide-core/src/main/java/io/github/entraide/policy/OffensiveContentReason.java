package io.github.entraide.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing {@link OffensiveContentPolicy} found in a text.
 *
 * <p>Immutable and thread-safe. The excerpt is a piece of the person's own text: show it to moderators
 * only, never log it.
 *
 * @param code    what kind of content it is
 * @param excerpt the words as the person wrote them
 */
public record OffensiveContentReason(OffensiveContentReasonCode code, String excerpt) {

    /**
     * @throws NullPointerException if a component is null
     */
    public OffensiveContentReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /**
     * A sentence a moderator can read, e.g. {@code « connard » : une insulte}.
     *
     * @param locale the moderator's locale; French unless its language is English
     * @return the message
     */
    public String message(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english
                ? "\"" + excerpt + "\": " + code.describe(locale)
                : "« " + excerpt + " » : " + code.describe(locale);
    }
}
