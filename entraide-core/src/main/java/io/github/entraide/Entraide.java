package io.github.entraide;

/**
 * Entry point of the library (placeholder while the foundation lands).
 */
public final class Entraide {
    private Entraide() {
    }
}
