package io.github.entraide.relay;

/**
 * What one or more drains did. Immutable.
 *
 * @param batches how many batches were claimed (including empty ones)
 * @param claimed how many messages were claimed
 * @param delivered how many were delivered and marked sent
 * @param retried how many failed and were scheduled for another attempt
 * @param deadLettered how many were given up (dead letters)
 * @param released how many were claimed but not attempted, because the relay was shutting down or
 *     their lease had run out before their turn; they become claimable again when their lease ends
 */
public record DrainResult(int batches, int claimed, int delivered, int retried, int deadLettered, int released) {

    /** Nothing done. */
    public static final DrainResult EMPTY = new DrainResult(0, 0, 0, 0, 0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public DrainResult {
        if (batches < 0 || claimed < 0 || delivered < 0 || retried < 0 || deadLettered < 0 || released < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * The sum of two results.
     *
     * @param other another result
     * @return the sum
     */
    public DrainResult plus(DrainResult other) {
        return new DrainResult(batches + other.batches, claimed + other.claimed, delivered + other.delivered,
                retried + other.retried, deadLettered + other.deadLettered, released + other.released);
    }
}
