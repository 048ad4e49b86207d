package io.github.entraide.memory;

import io.github.entraide.spi.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * The default id generator: 26 characters, a millisecond timestamp then 80 random bits, in
 * Crockford base 32 (ULID layout), so ids sort roughly by creation time and are unguessable.
 * Thread-safe; safe across nodes.
 */
public final class RandomIdGenerator implements IdGenerator {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    /**
     * Creates a generator on the system clock.
     */
    public RandomIdGenerator() {
        this(Clock.systemUTC());
    }

    /**
     * Creates a generator on a clock.
     *
     * @param clock the clock for the timestamp part
     */
    public RandomIdGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String next() {
        char[] out = new char[26];
        long time = clock.millis();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        for (int i = 10; i < 26; i++) {
            out[i] = ALPHABET[bytes[i - 10] & 31];
        }
        return new String(out);
    }
}
