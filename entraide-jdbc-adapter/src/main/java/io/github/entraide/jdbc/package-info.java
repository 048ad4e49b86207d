/**
 * Entraide jdbc module (placeholder while the foundation lands).
 */
package io.github.entraide.jdbc;
