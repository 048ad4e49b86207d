/**
 * Entraide testkit module (placeholder while the foundation lands).
 */
package io.github.entraide.testkit;
