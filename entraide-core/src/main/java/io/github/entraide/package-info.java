/**
 * Entry point of the library: {@link io.github.entraide.Entraide}.
 */
package io.github.entraide;
