package io.github.entraide.service;

import io.github.entraide.matching.CandidateView;
import io.github.entraide.matching.MatchingMode;
import java.util.List;
import java.util.Objects;

/**
 * What matching did for a request under the territory's mode: candidates to show (the beneficiary
 * chooses; a dispatcher assigns) or introductions proposed (automatic; notify nearest).
 *
 * @param mode the territory's mode
 * @param candidates the best candidates, shown coarsely (first name, commune, distance band,
 *     languages); empty when introductions were proposed
 * @param proposed the introductions proposed, as the actor sees them; empty when candidates are shown
 */
public record MatchOutcome(MatchingMode mode, List<CandidateView> candidates, List<IntroductionView> proposed) {

    /** Checks the parameters. */
    public MatchOutcome {
        Objects.requireNonNull(mode, "mode");
        candidates = List.copyOf(candidates);
        proposed = List.copyOf(proposed);
    }
}
