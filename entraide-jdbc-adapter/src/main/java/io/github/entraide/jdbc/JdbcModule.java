package io.github.entraide.jdbc;

/** Marker of the jdbc module (placeholder while the foundation lands). */
public final class JdbcModule {
    private JdbcModule() {
    }
}
