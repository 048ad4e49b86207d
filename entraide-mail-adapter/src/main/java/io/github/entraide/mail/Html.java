package io.github.entraide.mail;

import java.util.Objects;

/**
 * HTML escaping for templates: every value that comes from people (names, free texts, communes,
 * category names) must pass through {@link #escape(String)} before it goes into an HTML part.
 * Thread-safe.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes a text for an HTML element's content or a quoted attribute's value.
     *
     * @param text the text
     * @return the text with {@code & < > " '} replaced by entities
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
