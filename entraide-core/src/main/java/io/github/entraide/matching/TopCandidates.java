package io.github.entraide.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code k} candidates seen so far, in {@link Candidate#RANKING} order (cost, then offer
 * id): what every {@link io.github.entraide.spi.CandidateSource} keeps while it searches, so that
 * pruning sources return exactly the brute-force ranking. Not thread-safe: one per search.
 */
public final class TopCandidates {
    private final int k;
    // Worst first, so that the root is the one to evict.
    private final PriorityQueue<Candidate> heap;

    /**
     * Keeps the best {@code k}.
     *
     * @param k how many, positive
     * @throws IllegalArgumentException if {@code k} is not positive
     */
    public TopCandidates(int k) {
        MatchingPolicy.requirePositive(k);
        this.k = k;
        this.heap = new PriorityQueue<>(Math.min(k, 64) + 1, Candidate.RANKING.reversed());
    }

    /**
     * Considers a candidate: kept if fewer than {@code k} are kept or it ranks before the worst.
     *
     * @param c the candidate
     */
    public void offer(Candidate c) {
        if (heap.size() < k) {
            heap.add(c);
        } else if (Candidate.RANKING.compare(c, heap.peek()) < 0) {
            heap.poll();
            heap.add(c);
        }
    }

    /** @return whether {@code k} candidates are kept */
    public boolean full() {
        return heap.size() >= k;
    }

    /** @return the worst kept cost, or +∞ while fewer than {@code k} are kept */
    public double worstCost() {
        return full() ? heap.peek().cost() : Double.POSITIVE_INFINITY;
    }

    /** @return the kept candidates, best first */
    public List<Candidate> sorted() {
        List<Candidate> list = new ArrayList<>(heap);
        list.sort(Candidate.RANKING);
        return list;
    }
}
