/**
 * Use cases, grouped by concern and reached from {@link io.github.entraide.Entraide}, and the
 * views they return.
 */
package io.github.entraide.service;
