package io.github.entraide.testkit.property;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Shrinks a failing run's choice sequence to a simpler one that still fails.
 *
 * <p>Passes, repeated while they make progress: keep the shortest prefix that still fails (found by
 * binary search, so that long values shrink quickly); delete chunks of choices, also decrementing the
 * choice before the chunk, which is often the size of the collection the chunk belonged to; zero chunks;
 * lower each choice, to zero or else by binary search; and move the value of a choice onto a later one,
 * so that {@code [20, 80]} may become {@code [0, 100]} and then lose its zero.
 *
 * <p>A candidate is kept only if the property still fails and the choices it actually used are smaller
 * in shortlex order (shorter, or as long and lexicographically smaller, unsigned), which guarantees
 * termination; the number of candidates run is also bounded.
 *
 * <p>Not thread-safe: one shrinker serves one failure.
 */
final class Shrinker {

    /** The outcome of running the property on the value drawn from some choices. */
    record Run(long[] choices, Object value, Throwable failure) {
    }

    private final Function<long[], Run> runner;
    private final int limit;
    private Run best;
    private int candidates;
    private int steps;

    /**
     * @param runner replays choices, runs the property, returns the run, or {@code null} when no value
     *     could be drawn from the choices
     * @param failing the failing run to shrink
     * @param limit the most candidates to run
     */
    Shrinker(Function<long[], Run> runner, Run failing, int limit) {
        this.runner = runner;
        this.best = Objects.requireNonNull(failing, "failing");
        this.limit = limit;
    }

    Run shrink() {
        boolean improved = true;
        while (improved && !exhausted()) {
            improved = truncate();
            improved |= deleteChunks();
            improved |= zeroChunks();
            improved |= lowerEachChoice();
            improved |= redistribute();
        }
        return best;
    }

    int steps() {
        return steps;
    }

    int candidates() {
        return candidates;
    }

    private boolean truncate() {
        boolean improved = false;
        int low = 0;
        int high = best.choices().length;
        while (high - low > 1 && !exhausted()) {
            int middle = (low + high) >>> 1;
            if (consider(Arrays.copyOf(best.choices(), middle))) {
                improved = true;
                high = best.choices().length;
            } else {
                low = middle;
            }
        }
        return improved;
    }

    private boolean deleteChunks() {
        boolean improved = false;
        for (int size = Integer.highestOneBit(Math.max(1, meaningfulLength())); size >= 1;
                size = size > 8 ? size / 2 : size - 1) {
            // Large chunks step by their size, so that a long sequence does not use up the budget here.
            int stride = size > 8 ? size : 1;
            for (int start = meaningfulLength() - size; start >= 0 && !exhausted(); start -= stride) {
                long[] current = best.choices();
                if (start + size > current.length) {
                    continue;
                }
                long[] candidate = new long[current.length - size];
                System.arraycopy(current, 0, candidate, 0, start);
                System.arraycopy(current, start + size, candidate, start, current.length - start - size);
                if (consider(candidate)) {
                    improved = true;
                } else if (start > 0 && candidate[start - 1] != 0) {
                    candidate[start - 1]--;
                    improved |= consider(candidate);
                }
            }
        }
        return improved;
    }

    private boolean redistribute() {
        boolean improved = false;
        for (int from = 0; from < meaningfulLength() && !exhausted(); from++) {
            for (int to = from + 1; to <= from + 2 && to < best.choices().length && !exhausted(); to++) {
                long[] candidate = best.choices().clone();
                long moved = candidate[from];
                long sum = candidate[to] + moved;
                if (moved == 0 || Long.compareUnsigned(sum, candidate[to]) < 0) {
                    continue;
                }
                candidate[from] = 0;
                candidate[to] = sum;
                improved |= consider(candidate);
            }
        }
        return improved;
    }

    private boolean zeroChunks() {
        boolean improved = false;
        for (int size = 8; size >= 2; size /= 2) {
            for (int start = 0; start + size <= meaningfulLength() && !exhausted(); start++) {
                long[] current = best.choices();
                if (isZero(current, start, size)) {
                    continue;
                }
                long[] candidate = current.clone();
                Arrays.fill(candidate, start, start + size, 0);
                improved |= consider(candidate);
            }
        }
        return improved;
    }

    private boolean lowerEachChoice() {
        boolean improved = false;
        // Zero first everywhere: one candidate per choice finds most of the progress cheaply.
        for (int index = 0; index < meaningfulLength() && !exhausted(); index++) {
            if (best.choices()[index] != 0) {
                improved |= consider(with(index, 0));
            }
        }
        for (int index = 0; index < meaningfulLength() && !exhausted(); index++) {
            improved |= lower(index);
        }
        return improved;
    }

    /**
     * Lowers one choice: zero if that still fails, else the smallest failing value a binary search finds.
     * Each step also probes the value above the midpoint, so that filters such as "even numbers", which
     * make failing values sparse, do not stall the search.
     */
    private boolean lower(int index) {
        long high = best.choices()[index];
        if (high == 0) {
            return false;
        }
        if (consider(with(index, 0))) {
            return true;
        }
        boolean improved = false;
        long low = 0;
        while (Long.compareUnsigned(high - low, 1) > 0 && !exhausted()) {
            long middle = low + ((high - low) >>> 1);
            long probed = middle;
            boolean found = false;
            for (int probe = 0; probe < 2 && Long.compareUnsigned(probed, high) < 0 && !exhausted(); probe++) {
                if (consider(with(index, probed))) {
                    found = true;
                    break;
                }
                probed++;
            }
            if (found) {
                improved = true;
                if (index >= best.choices().length || best.choices()[index] != probed) {
                    return true;
                }
                high = probed;
            } else {
                low = probed - 1;
            }
        }
        return improved;
    }

    private long[] with(int index, long value) {
        long[] candidate = best.choices().clone();
        candidate[index] = value;
        return candidate;
    }

    private boolean consider(long[] candidate) {
        if (exhausted()) {
            return false;
        }
        candidates++;
        Run run = runner.apply(candidate);
        if (run == null || run.failure() == null || !isSmaller(run.choices(), best.choices())) {
            return false;
        }
        best = run;
        steps++;
        return true;
    }

    /**
     * The length of the choices without their trailing zeros. Passes work on this part only: past it,
     * every choice is already the simplest, and a long value (a string of thousands of spaces, say)
     * would otherwise spend the whole budget on choices that cannot get simpler.
     */
    private int meaningfulLength() {
        long[] choices = best.choices();
        int length = choices.length;
        while (length > 0 && choices[length - 1] == 0) {
            length--;
        }
        return length;
    }

    private boolean exhausted() {
        return candidates >= limit;
    }

    private static boolean isSmaller(long[] candidate, long[] current) {
        if (candidate.length != current.length) {
            return candidate.length < current.length;
        }
        return Arrays.compareUnsigned(candidate, current) < 0;
    }

    private static boolean isZero(long[] choices, int start, int size) {
        for (int i = start; i < start + size; i++) {
            if (choices[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
