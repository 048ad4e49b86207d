/**
 * Matching: which helpers to put in contact with a request.
 *
 * <p>A {@link io.github.entraide.matching.MatchingPolicy} is a pipeline of
 * {@link io.github.entraide.matching.CandidateFilter filters} (which offers may help at all) and
 * weighted {@link io.github.entraide.matching.CandidateScorer scorers} (how good each is). Scores are
 * <em>costs</em>: non-negative, and <b>lower is better</b>; ties are broken by offer id, so a ranking
 * is a total, deterministic order. {@link io.github.entraide.matching.MatchingPolicies} configures a
 * policy per territory.
 *
 * <p>Online, a {@link io.github.entraide.spi.CandidateSource} returns the best candidates of one
 * request: {@link io.github.entraide.matching.InMemoryCandidateIndex} from a spatial grid, exactly
 * what {@link io.github.entraide.matching.BruteForceCandidateSource} returns by scanning every offer.
 * In batch, {@link io.github.entraide.matching.BatchAssigner} serves as many open requests as
 * possible, then minimises the total distance (an exact min-cost maximum flow).
 * {@link io.github.entraide.matching.MatchingMode} names how a territory introduces people, and
 * {@link io.github.entraide.matching.FirstAcceptWins} arbitrates the race of "notify the nearest".
 *
 * <p>Candidates are shown through {@link io.github.entraide.matching.CandidateView}: first name,
 * commune, distance band and languages, never contact details.
 */
package io.github.entraide.matching;
