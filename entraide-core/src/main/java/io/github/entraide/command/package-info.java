/**
 * Commands: one record per use case input, with Jakarta Validation constraints checked before
 * anything else. An invalid command fails with one
 * {@link io.github.entraide.InvalidCommandException} listing every violation, and nothing is
 * stored.
 */
package io.github.entraide.command;
