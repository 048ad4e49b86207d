/**
 * Entraide mail module (placeholder while the foundation lands).
 */
package io.github.entraide.mail;
