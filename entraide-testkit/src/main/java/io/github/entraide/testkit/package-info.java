/**
 * Entraide's test kit: fixtures such as {@link io.github.entraide.testkit.GrenobleFixture}, the
 * property-testing harness, domain generators and the contract suites every adapter runs to
 * prove itself.
 */
package io.github.entraide.testkit;
