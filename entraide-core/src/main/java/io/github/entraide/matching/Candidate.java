package io.github.entraide.matching;

import io.github.entraide.domain.HelpOffer;
import java.util.Comparator;
import java.util.Objects;

/**
 * An offer that passed a policy's filters for a request, with its cost. Internal to the
 * application: show people a {@link CandidateView} instead. Immutable.
 *
 * @param offer the offer
 * @param distanceKm the distance between request and offer, in kilometres (meaningless for remote
 *     help, which ignores it)
 * @param cost the policy's total weighted cost; lower is better
 */
public record Candidate(HelpOffer offer, double distanceKm, double cost) {

    /** The ranking order: lower cost first, then offer id (the stable tie-break). */
    public static final Comparator<Candidate> RANKING = (a, b) -> {
        int c = Double.compare(a.cost, b.cost);
        return c != 0 ? c : a.offer.id().compareTo(b.offer.id());
    };

    /**
     * Checks the candidate.
     *
     * @throws NullPointerException if {@code offer} is null
     */
    public Candidate {
        Objects.requireNonNull(offer, "offer");
    }
}
