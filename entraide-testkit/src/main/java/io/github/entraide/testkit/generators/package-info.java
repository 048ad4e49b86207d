/**
 * Generators of Entraide's domain for property-based checks, built on the test kit's harness
 * ({@link io.github.entraide.testkit.property.Gen}): territories, members, availabilities, offers,
 * requests, and whole {@link io.github.entraide.testkit.generators.MatchingScenario matching
 * scenarios}. Every generator is immutable, reproducible from a seed, and shrinks through the
 * harness (toward fewer, simpler offers and requests).
 */
package io.github.entraide.testkit.generators;
