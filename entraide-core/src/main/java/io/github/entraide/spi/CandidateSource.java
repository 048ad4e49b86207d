package io.github.entraide.spi;

import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import java.util.List;

/**
 * Finds the best candidates for one request under a policy (online matching).
 *
 * <p>Contract, which {@code io.github.entraide.matching.BruteForceCandidateSource} defines by
 * scanning every offer:
 * <ul>
 *   <li>the candidate universe is the published offers of the request's territory and category
 *       that the source knows; the result is the {@code limit} candidates of that universe accepted
 *       by every filter of the policy, with the least cost, in {@link Candidate#RANKING} order
 *       (cost, then offer id) — exactly, not approximately: an implementation that prunes (a spatial
 *       index, a SQL query) returns the very same list as the scan;</li>
 *   <li>the result is never null, possibly empty, and holds no offer twice;</li>
 *   <li>implementations are thread-safe: many requests may be matched at once, while offers
 *       change; a result reflects a state of the offers at some moment during the call.</li>
 * </ul>
 */
public interface CandidateSource {

    /**
     * The best candidates for a request.
     *
     * @param request the request
     * @param policy the territory's policy
     * @param environment the request's territory, helper facts, blocks and current instant
     * @param limit the most candidates to return, positive
     * @return the candidates, best first
     * @throws IllegalArgumentException if {@code limit} is not positive, the request is not of the
     *     environment's territory, or its category is not in the territory's catalogue
     */
    List<Candidate> topCandidates(HelpRequest request, MatchingPolicy policy, MatchingEnvironment environment,
            int limit);
}
