package io.github.entraide.policy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for matching, that remembers where each folded character came from so that excerpts
 * are shown as the person wrote them.
 *
 * <p>Folding: lower case; accents removed; compatibility forms (ligatures ﬁ, full-width digits,
 * superscript ᵉ) decomposed; œ/æ/ß spelled out; every apostrophe ({@code ’ ‘ ʼ `}) becomes {@code '},
 * every dash becomes {@code -}, guillemets and curly quotes become {@code "}; every space (no-break,
 * narrow, thin, tab) becomes one ordinary space, runs of spaces collapse; line breaks stay, because they
 * end a sentence; invisible characters (zero-width, soft hyphen, variation selectors) disappear.
 *
 * <p>Folding is done one code point at a time (never across the whole text) so that the position map
 * stays exact and the cost stays linear. Immutable once built.
 */
final class NormalizedText {

    /** Folded forms of the first code points, computed once: most texts never leave this range. */
    private static final String[] FOLDED = new String[0x250];

    static {
        for (int cp = 0; cp < FOLDED.length; cp++) {
            FOLDED[cp] = computeFold(cp);
        }
    }

    /** Any run of spaces, including no-break and narrow no-break spaces, shown as one space in excerpts. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[\\s\\h]+");

    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    private NormalizedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static NormalizedText of(String original) {
        int length = original.length();
        StringBuilder folded = new StringBuilder(length + 16);
        int[] from = new int[length + 16];
        int[] to = new int[length + 16];
        int i = 0;
        while (i < length) {
            char plain = original.charAt(i);
            if (plain < 0x80 && plain != '`' && plain >= ' ') {
                // Fast path for plain ASCII, most of any text: no string per character.
                char c = plain >= 'A' && plain <= 'Z' ? (char) (plain + 32) : plain;
                int last = folded.length() - 1;
                if (c != ' ' || last >= 0 && folded.charAt(last) != ' ' && folded.charAt(last) != '\n') {
                    if (folded.length() == from.length) {
                        from = java.util.Arrays.copyOf(from, from.length * 2);
                        to = java.util.Arrays.copyOf(to, to.length * 2);
                    }
                    from[folded.length()] = i;
                    to[folded.length()] = i + 1;
                    folded.append(c);
                }
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String f = fold(cp);
            for (int k = 0; k < f.length(); k++) {
                char c = f.charAt(k);
                int last = folded.length() - 1;
                if (c == ' ' && (last < 0 || folded.charAt(last) == ' ' || folded.charAt(last) == '\n')) {
                    continue;
                }
                if (folded.length() == from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                    to = java.util.Arrays.copyOf(to, to.length * 2);
                }
                from[folded.length()] = i;
                to[folded.length()] = next;
                folded.append(c);
            }
            i = next;
        }
        return new NormalizedText(original, folded.toString(), from, to);
    }

    /** Folds a territory term exactly like a text. */
    static String foldTerm(String term) {
        return of(term).text.strip();
    }

    String text() {
        return text;
    }

    /** The original characters behind folded characters {@code [start, end)}, spaces tidied. */
    String excerpt(int start, int end) {
        if (start >= end) {
            return "";
        }
        String raw = original.substring(from[start], to[end - 1]);
        return WHITESPACE.matcher(raw).replaceAll(" ").strip();
    }

    private static String fold(int cp) {
        if (cp < FOLDED.length) {
            return FOLDED[cp];
        }
        return computeFold(cp);
    }

    private static String computeFold(int cp) {
        if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            return "\n";
        }
        if (cp < 0x80) {
            char c = (char) cp;
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf((char) (c + 32));
            }
            if (c == '`') {
                return "'";
            }
            return Character.isWhitespace(c) || Character.isISOControl(c) ? " " : String.valueOf(c);
        }
        switch (cp) {
            case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x2032: case 0xFF07: case 0x201B:
                return "'";
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
                return "-";
            case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x2039: case 0x203A:
                return "\"";
            case 0x0153: case 0x0152:
                return "oe";
            case 0x00E6: case 0x00C6:
                return "ae";
            case 0x00DF:
                return "ss";
            case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
                return "";
            default:
                break;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                        && Character.getType(c) != Character.ENCLOSING_MARK
                        && Character.getType(c) != Character.COMBINING_SPACING_MARK)
                .forEach(kept::appendCodePoint);
        String result = kept.toString().toLowerCase(Locale.ROOT);
        // A decomposition may itself produce a space (e.g. "¼" does not, but some compatibility forms do).
        return result.equals(" ") ? " " : result;
    }
}
