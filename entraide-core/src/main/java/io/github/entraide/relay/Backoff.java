package io.github.entraide.relay;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a failed message again: exponential backoff, capped, with jitter so that many
 * messages failing together (a mail server down) do not all come back at the same instant.
 * Immutable and thread-safe.
 *
 * <p>After the {@code n}-th failed attempt ({@code n >= 1}) the nominal delay is
 * {@code min(max, base * factor^(n-1))}; the actual delay is drawn uniformly in
 * {@code [nominal * (1 - jitter), nominal]}. With the defaults (1 minute, factor 2, at most 1 hour,
 * jitter 0.5) the attempts are spread over roughly 1, 2, 4, 8, 16, 32, 60, 60… minutes.
 *
 * @param base the nominal delay after the first failure
 * @param factor how much the delay grows at each failure, at least 1
 * @param max the longest delay
 * @param jitter the fraction of the nominal delay that may be taken off at random, in [0, 1]
 */
public record Backoff(Duration base, double factor, Duration max, double jitter) {

    /** One minute, doubling, at most one hour, jitter 0.5. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), 2.0, Duration.ofHours(1), 0.5);

    /**
     * Checks the parameters.
     *
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if {@code base} is not positive, {@code max < base},
     *     {@code factor < 1} or {@code jitter} lies outside [0, 1]
     */
    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base must be positive, was " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("max must be at least base, was " + max);
        }
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /**
     * The nominal (jitter-free) delay after a number of failed attempts.
     *
     * @param failedAttempts how many attempts failed so far, at least 1
     * @return the nominal delay
     * @throws IllegalArgumentException if {@code failedAttempts < 1}
     */
    public Duration nominalDelay(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        double millis = base.toMillis() * Math.pow(factor, failedAttempts - 1);
        long capped = millis >= max.toMillis() ? max.toMillis() : (long) millis;
        return Duration.ofMillis(capped);
    }

    /**
     * The delay after a number of failed attempts, with jitter.
     *
     * @param failedAttempts how many attempts failed so far, at least 1
     * @param random where the jitter comes from
     * @return a delay in {@code [nominal * (1 - jitter), nominal]}
     */
    public Duration delay(int failedAttempts, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        long nominal = nominalDelay(failedAttempts).toMillis();
        long off = (long) Math.floor(nominal * jitter * random.nextDouble());
        return Duration.ofMillis(nominal - off);
    }
}
