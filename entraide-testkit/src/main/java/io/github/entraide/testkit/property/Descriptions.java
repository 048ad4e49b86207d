package io.github.entraide.testkit.property;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Shows generated values in failure messages: strings quoted with invisible and non-ASCII characters
 * escaped (so hostile input stays readable), very long texts cut. Stateless.
 */
final class Descriptions {

    private static final int MAX_LENGTH = 2_000;

    private Descriptions() {
    }

    static String describe(Object value) {
        String text = appendTo(new StringBuilder(), value).toString();
        return text.length() <= MAX_LENGTH
                ? text
                : text.substring(0, MAX_LENGTH) + "... (" + text.length() + " characters in all)";
    }

    private static StringBuilder appendTo(StringBuilder out, Object value) {
        if (value instanceof CharSequence text) {
            return quote(out, text);
        }
        if (value instanceof Collection<?> values) {
            return join(out.append('['), values).append(']');
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                appendTo(out.append(separator), entry.getKey()).append('=');
                appendTo(out, entry.getValue());
                separator = ", ";
            }
            return out.append('}');
        }
        if (value instanceof Optional<?> optional) {
            return optional.isEmpty() ? out.append("Optional.empty")
                    : appendTo(out.append("Optional["), optional.get()).append(']');
        }
        if (value instanceof Pair<?, ?> pair) {
            appendTo(out.append('('), pair.first()).append(", ");
            return appendTo(out, pair.second()).append(')');
        }
        return out.append(value);
    }

    private static StringBuilder join(StringBuilder out, Collection<?> values) {
        String separator = "";
        for (Object value : values) {
            appendTo(out.append(separator), value);
            separator = ", ";
        }
        return out;
    }

    private static StringBuilder quote(StringBuilder out, CharSequence text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"');
    }
}
