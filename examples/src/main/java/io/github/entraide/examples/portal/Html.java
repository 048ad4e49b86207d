package io.github.entraide.examples.portal;

import java.util.Objects;

/**
 * A fragment of HTML that is safe to send: built from templates whose {@code {}} holes escape
 * every value by default. A value that is itself an {@code Html} goes in as it is (it was built
 * safely); a string becomes raw markup only through {@link #raw(String)}, which the portal calls on
 * its own constants, never on what a person typed. Immutable and thread-safe.
 *
 * <pre>{@code
 * Html.of("<p class=\"who\">{}</p>", member.displayName())   // <script> shows as text
 * }</pre>
 */
public final class Html {
    /** Nothing. */
    public static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * Fills a template: each {@code {}} takes the next value, escaped unless it is an {@code Html}.
     *
     * @param template markup written by the portal (a constant)
     * @param values the values; {@code null} renders as nothing
     * @return the fragment
     * @throws IllegalArgumentException if the number of holes and values differ
     */
    public static Html of(String template, Object... values) {
        Objects.requireNonNull(template, "template");
        StringBuilder out = new StringBuilder(template.length() + 32 * values.length);
        int from = 0;
        int used = 0;
        for (int hole = template.indexOf("{}"); hole >= 0; hole = template.indexOf("{}", from)) {
            if (used == values.length) {
                throw new IllegalArgumentException("more holes than values in template");
            }
            out.append(template, from, hole);
            append(out, values[used++]);
            from = hole + 2;
        }
        if (used != values.length) {
            throw new IllegalArgumentException("more values than holes in template");
        }
        out.append(template, from, template.length());
        return new Html(out.toString());
    }

    /**
     * Markup taken as it is. For the portal's own constants only.
     *
     * @param markup the markup
     * @return the fragment
     */
    public static Html raw(String markup) {
        return new Html(Objects.requireNonNull(markup, "markup"));
    }

    /**
     * Escaped text.
     *
     * @param text any text
     * @return the fragment
     */
    public static Html text(Object text) {
        StringBuilder out = new StringBuilder();
        append(out, text);
        return new Html(out.toString());
    }

    /**
     * Fragments one after the other.
     *
     * @param parts the fragments
     * @return the fragment
     */
    public static Html join(Iterable<Html> parts) {
        StringBuilder out = new StringBuilder();
        for (Html part : parts) {
            out.append(part.markup);
        }
        return new Html(out.toString());
    }

    /**
     * Fragments one after the other.
     *
     * @param parts the fragments
     * @return the fragment
     */
    public static Html concat(Html... parts) {
        return join(java.util.Arrays.asList(parts));
    }

    /**
     * Escapes text for an element's content or a double- or single-quoted attribute value.
     * Control characters other than tab and line breaks, and lone surrogates, become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeInto(out, text);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Html h) {
            out.append(h.markup);
        } else {
            escapeInto(out, value.toString());
        }
    }

    private static void escapeInto(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> { }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return markup;
    }
}
