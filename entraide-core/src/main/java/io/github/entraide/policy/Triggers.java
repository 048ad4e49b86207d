package io.github.entraide.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives, from a pattern of alternatives, plain substrings one of which any match must contain: the
 * literal start of each top-level alternative ({@code "remuner"} from {@code remuner\p{L}{0,8}}). When an
 * alternative does not start with at least three literal characters, no trigger is derived and the
 * pattern always runs: correctness first, speed second.
 *
 * <p>Stateless and thread-safe.
 */
final class Triggers {

    private static final int MIN_LENGTH = 3;

    private Triggers() {
    }

    static List<String> of(String regex) {
        List<String> triggers = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String literal = literalPrefix(alternative);
            if (literal.length() < MIN_LENGTH) {
                return List.of();
            }
            triggers.add(literal);
        }
        return List.copyOf(triggers);
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    private static String literalPrefix(String alternative) {
        int i = 0;
        while (i < alternative.length() && isLiteral(alternative.charAt(i))) {
            i++;
        }
        // A quantifier applies to the last literal character: "payante?" only guarantees "payant".
        if (i < alternative.length() && i > 0 && "?*{".indexOf(alternative.charAt(i)) >= 0) {
            i--;
        }
        return alternative.substring(0, i);
    }

    private static boolean isLiteral(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '\'' || c == '-';
    }
}
