/**
 * The project's own property-based testing harness: generators, a runner, and shrinking to a minimal
 * counterexample.
 *
 * <p>A property states something about every value of a {@link io.github.entraide.testkit.property.Gen
 * generator}; {@link io.github.entraide.testkit.property.Property} checks it against many generated values
 * (1,000 by default):
 *
 * <pre>{@code
 * import static io.github.entraide.testkit.property.Gens.*;
 *
 * @Test
 * void distanceIsSymmetric() {
 *     Gen<Point> points = Gen.zip(doubles(-90, 90), doubles(-180, 180), Point::new);
 *     Property.forAll(points, points)
 *             .named("distance is symmetric")
 *             .check(p -> assertThat(distance(p.first(), p.second()))
 *                     .isCloseTo(distance(p.second(), p.first()), within(1e-9)));
 * }
 * }</pre>
 *
 * <p><b>Generators.</b> {@link io.github.entraide.testkit.property.Gens} has the factories (numbers,
 * booleans, {@code elements}, {@code oneOf}, {@code frequency}, {@code lists}, {@code sets},
 * {@code strings}, {@code hostileStrings} for text handling, {@code enumValues}, {@code optionals},
 * {@code pairs}, {@code lazy} for recursion); {@code Gen} has {@code map}, {@code flatMap},
 * {@code filter} and {@code zip}.
 *
 * <p><b>Failures and shrinking.</b> When a value fails, the runner shrinks it and throws a
 * {@link io.github.entraide.testkit.property.PropertyFailedException} (an {@code AssertionError}) that
 * shows the original and the shrunk counterexample, the seed, and how to reproduce the run; the shrunk
 * value is also available as {@code counterexample()}. Every value is drawn from a recorded sequence of
 * random choices, and shrinking simplifies those choices and draws the value again, so shrinking works
 * through {@code map}, {@code flatMap} and {@code filter} without writing a shrinker. Shrinking is
 * bounded ({@code shrinkLimit}) and always ends.
 *
 * <p><b>Reproducing.</b> The same seed gives the same values in the same order, on any machine with the
 * same generators. A failure prints its seed; pass it with {@code .seed(...)} or, for a whole build,
 * {@code -Dentraide.property.seed=...}. {@code -Dentraide.property.tries=...} changes the default number
 * of tries.
 *
 * <p><b>Threads.</b> Generators and properties are immutable and may be shared; a check runs on the
 * calling thread.
 */
package io.github.entraide.testkit.property;
