package io.github.entraide.testkit;

/** Marker of the testkit module (placeholder while the foundation lands). */
public final class TestkitModule {
    private TestkitModule() {
    }
}
