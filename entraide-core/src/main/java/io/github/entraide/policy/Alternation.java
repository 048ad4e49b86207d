package io.github.entraide.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large alternation of phrases ({@code B + "(?:a|b|c…)" + E}) searched branch by branch, each branch only where its
 * literal start occurs in the text. {@link java.util.regex} tries every alternative at every word start, which costs
 * about a millisecond per kilobyte for a few hundred alternatives; here a branch that begins with a literal
 * ({@code "en echange "}, {@code "donations"}) is tried only at the positions {@link String#indexOf(String, int)}
 * finds, and the branches without one scan the text together, in one pattern, as before. Matches are the same phrases as the single
 * pattern's, reported leftmost first without overlaps (the longer of two matches starting together).
 *
 * <p>Immutable and thread-safe.
 */
final class Alternation {

    /** One alternative, tried where one of its literal starts occurs, or everywhere when {@code literals} is null. */
    private record Branch(List<String> literals, Pattern pattern) {
    }

    private final List<Branch> branches;
    /** Whether every match starts at a word start ({@code before} is the word-start look-behind): checked before trying. */
    private final boolean wordStart;

    private Alternation(List<Branch> branches, boolean wordStart) {
        this.branches = List.copyOf(branches);
        this.wordStart = wordStart;
    }

    /** Whether a match may start at {@code at}: anywhere, or at a word start. */
    private boolean mayStart(String s, int at) {
        return !wordStart || at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
    }

    /**
     * Compiles {@code before + "(?:" + body + ")" + after} branch by branch.
     *
     * @param before what every branch starts with (a look-behind for a word start)
     * @param body the alternatives, separated by top-level {@code |}
     * @param after what every branch ends with (a look-ahead for a word end)
     * @return the alternation
     */
    static Alternation of(String before, String body, String after) {
        List<Branch> branches = new ArrayList<>();
        List<String> withoutLiteral = new ArrayList<>();
        for (String branch : split(body)) {
            List<String> literals = literalStarts(branch);
            if (literals == null) {
                withoutLiteral.add(branch);
            } else {
                branches.add(new Branch(literals, Pattern.compile(before + "(?:" + branch + ")" + after)));
            }
        }
        if (!withoutLiteral.isEmpty()) {
            // the branches without a literal start scan the text together, in one pattern
            branches.add(new Branch(null, Pattern.compile(before + "(?:" + String.join("|", withoutLiteral) + ")" + after)));
        }
        return new Alternation(branches, "(?<![\\p{L}\\p{N}])".equals(before));
    }

    /** The matches as {@code {start, end}} pairs, leftmost first, without overlaps. */
    List<int[]> findAll(String s) {
        List<int[]> found = search(s, false);
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> -r[1]));
        List<int[]> kept = new ArrayList<>(found.size());
        int end = -1;
        for (int[] r : found) {
            if (r[0] >= end) {
                kept.add(r);
                end = r[1];
            }
        }
        return kept;
    }

    /** Whether any branch matches. */
    boolean find(String s) {
        return !search(s, true).isEmpty();
    }

    /** Every branch's matches, in no particular order; the first one only when {@code first}. */
    private List<int[]> search(String s, boolean first) {
        List<int[]> found = new ArrayList<>();
        for (Branch b : branches) {
            if (b.literals == null) {
                Matcher m = b.pattern.matcher(s);
                while (m.find()) {
                    found.add(new int[] {m.start(), m.end()});
                    if (first) {
                        return found;
                    }
                }
                continue;
            }
            Matcher m = null;
            for (String literal : b.literals) {
                for (int at = s.indexOf(literal); at >= 0; at = s.indexOf(literal, at + 1)) {
                    if (!mayStart(s, at)) {
                        continue;
                    }
                    if (m == null) {
                        m = b.pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    m.region(at, s.length());
                    if (m.lookingAt()) {
                        found.add(new int[] {m.start(), m.end()});
                        if (first) {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * For each character of {@code regex}, the group depth after it, or -1 for a character that is escaped or inside a
     * character class (no structure there).
     */
    private static int[] depths(String regex) {
        int[] depths = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                depths[i] = -1;
                if (i + 1 < regex.length()) {
                    depths[++i] = -1;
                }
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                depths[i] = -1;
                continue;
            }
            if (c == '[') {
                inClass = true;
                depths[i] = -1;
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            depths[i] = depth;
        }
        return depths;
    }

    /** The top-level alternatives of {@code body}: split at {@code |} outside groups, classes and escapes. */
    static List<String> split(String body) {
        int[] depths = depths(body);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '|' && depths[i] == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    /**
     * The literal texts one of which every match of {@code branch} starts with, or null when there is none of at least
     * two characters: the branch's own literal start; when it starts with a group ({@code "(?:je|j') ?…"}), the literal
     * starts of each of the group's alternatives followed by the rest; when that group is optional, those of the rest.
     */
    static List<String> literalStarts(String branch) {
        if (branch.startsWith("(?:")) {
            int[] depths = depths(branch);
            int close = -1;
            for (int i = 0; i < branch.length() && close < 0; i++) {
                if (branch.charAt(i) == ')' && depths[i] == 0) {
                    close = i;
                }
            }
            if (close < 0) {
                return null;
            }
            char next = close + 1 < branch.length() ? branch.charAt(close + 1) : 0;
            if (next == '*' || next == '{') {
                return null;
            }
            boolean optional = next == '?';
            String rest = branch.substring(close + (optional ? 2 : 1));
            List<String> literals = new ArrayList<>();
            if (optional) {
                // tried where what follows the optional group starts: the same phrase is found, its excerpt without
                // the optional words ("petit billet" for "un petit billet"); common words ("un ", "a ") never lead
                return literalStarts(rest);
            }
            for (String alternative : split(branch.substring(3, close))) {
                List<String> inner = literalStarts(alternative + rest);
                if (inner == null) {
                    return null;
                }
                literals.addAll(inner);
            }
            return literals;
        }
        String literal = literalStart(branch);
        return literal == null ? null : List.of(literal);
    }

    /**
     * The literal text every match of {@code branch} starts with, or null when shorter than two characters: plain
     * letters, digits, spaces, apostrophes and hyphens up to the first regular-expression construct; a character
     * followed by a quantifier is not part of it ({@code "arnaques?"} starts with {@code "arnaque"}).
     */
    static String literalStart(String branch) {
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < branch.length(); i++) {
            char c = branch.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == ',' || c == ':';
            if (!plain) {
                break;
            }
            char next = i + 1 < branch.length() ? branch.charAt(i + 1) : 0;
            if (next == '?' || next == '*' || next == '+' || next == '{') {
                break;
            }
            literal.append(c);
        }
        return literal.length() >= 2 ? literal.toString() : null;
    }
}
