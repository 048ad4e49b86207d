/**
 * Reusable properties of matching, for testers who check their own policies and integrators who
 * check their own candidate sources: each is a {@link io.github.entraide.testkit.properties.MatchingCheck}
 * that runs over generated {@link io.github.entraide.testkit.generators.MatchingScenario scenarios}
 * (1,000 by default) and fails with a shrunk counterexample and the seed that reproduces it.
 */
package io.github.entraide.testkit.properties;
