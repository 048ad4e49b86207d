package io.github.entraide.examples.portal;

import java.util.regex.Pattern;

/** The portal's own paths, and the check that a path is one (for redirects after sign-in). */
final class Paths {
    /** A slash, not followed by another slash or a backslash (scheme-relative URLs), then plain characters. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_#.?=&-]{0,200}");

    private Paths() {
    }

    static boolean isLocal(String path) {
        return path != null && LOCAL.matcher(path).matches() && !path.contains("..");
    }
}
