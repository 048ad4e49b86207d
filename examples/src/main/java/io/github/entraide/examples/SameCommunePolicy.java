package io.github.entraide.examples;

import io.github.entraide.matching.CandidateFilter;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.StandardScorers;

/**
 * A custom matching policy, as a small town might want one: in-person help stays within the
 * commune, and requests are spread harder across helpers (load weighs five times more). Remote
 * help is unchanged. Its properties are checked in {@code SameCommunePolicyPropertiesTest}.
 */
public final class SameCommunePolicy {
    private SameCommunePolicy() {
    }

    /**
     * The policy: the standard one, plus a same-commune filter and a heavier load scorer.
     *
     * @return the policy
     */
    public static MatchingPolicy create() {
        return MatchingPolicy.standard().toBuilder()
                .withFilter(CandidateFilter.of("same-commune", c -> c.isRemote()
                        || c.offer().location().inseeCode().equals(c.request().location().inseeCode())))
                .withScorer(StandardScorers.load(), 5)
                .build();
    }
}
