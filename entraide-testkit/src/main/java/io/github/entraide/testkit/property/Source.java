package io.github.entraide.testkit.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The sequence of random choices a generator draws from.
 *
 * <p>Every value a {@link Gen} produces is a function of the choices it draws here. A source either
 * draws fresh choices from a seeded random stream, or replays a recorded prefix (used while shrinking);
 * past the end of a replayed prefix every choice is zero, the simplest one. Either way the choices
 * actually used are recorded, so a failing value can be shrunk by shrinking its choices and drawing it
 * again: this is what makes shrinking work through {@code map}, {@code flatMap} and {@code filter}.
 *
 * <p>A choice is an unsigned {@code long} in {@code [0, bound]}; generators map zero to their simplest
 * value. Not thread-safe: one source serves one generation.
 */
final class Source {

    /** Guards against generators that never stop drawing, such as a recursion without a base case. */
    static final int MAX_CHOICES = 200_000;

    private final SplittableRandom random;
    private final long[] prefix;
    private long[] choices = new long[16];
    private int size;
    private long rejections;

    private Source(SplittableRandom random, long[] prefix) {
        this.random = random;
        this.prefix = prefix;
    }

    /** A source drawing fresh choices from a random stream seeded with {@code seed}. */
    static Source random(long seed) {
        return new Source(new SplittableRandom(seed), new long[0]);
    }

    /** A source replaying {@code prefix}, then drawing zeros. */
    static Source replay(long[] prefix) {
        return new Source(null, prefix.clone());
    }

    /**
     * Draws a choice in {@code [0, bound]}, {@code bound} read as unsigned.
     *
     * @throws GenerationException if the generator drew more than {@link #MAX_CHOICES} choices
     */
    long draw(long bound) {
        long choice;
        if (size < prefix.length) {
            choice = Long.compareUnsigned(prefix[size], bound) <= 0 ? prefix[size] : bound;
        } else if (random == null) {
            choice = 0;
        } else {
            choice = bound == -1L ? random.nextLong() : Long.remainderUnsigned(random.nextLong(), bound + 1);
        }
        return record(choice);
    }

    /**
     * Like {@link #draw(long)}, but when drawing fresh choices picks either end of the range more often
     * than chance would: bugs gather at boundaries.
     */
    long drawWithEdges(long bound) {
        if (size >= prefix.length && random != null && bound != 0) {
            int roll = random.nextInt(32);
            if (roll == 0) {
                return record(0);
            }
            if (roll == 1) {
                return record(bound);
            }
        }
        return draw(bound);
    }

    /**
     * Draws whether a collection should grow by one more element; zero means "stop", so shrinking the
     * choice shortens the collection.
     *
     * @param continueProbability probability of {@code true} for a fresh choice, in {@code (0, 1)}
     */
    boolean drawMore(double continueProbability) {
        long stopBelow = Math.max(1, Math.round((1 - continueProbability) * 1024));
        return draw(1023) >= stopBelow;
    }

    /** Counts a value rejected by a filter, for {@link PropertyResult#discarded()}. */
    void countRejection() {
        rejections++;
    }

    long rejections() {
        return rejections;
    }

    /** The choices drawn so far. */
    long[] choices() {
        return Arrays.copyOf(choices, size);
    }

    private long record(long choice) {
        if (size == MAX_CHOICES) {
            throw new GenerationException("The generator drew more than " + MAX_CHOICES
                    + " random choices for one value; a recursive generator (Gens.lazy) probably never"
                    + " reaches its base case, which should come first in Gens.oneOf or Gens.frequency.");
        }
        if (size == choices.length) {
            choices = Arrays.copyOf(choices, size * 2);
        }
        choices[size++] = choice;
        return choice;
    }
}
