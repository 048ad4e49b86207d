package io.github.entraide.examples.portal;

import io.github.entraide.domain.OfferId;
import java.util.List;
import java.util.Set;

/**
 * Candidates for one request, as the portal shows them to the person asking: coarse, never a
 * contact detail.
 *
 * @param items the candidates, best first
 */
record CandidateList(List<Item> items) {

    /**
     * One candidate.
     *
     * @param offerId the offer to propose
     * @param firstName the helper's first name
     * @param communeName the helper's commune
     * @param distanceKm the distance between communes' points, for the band shown
     * @param remote whether the help is given remotely (no distance shown)
     * @param languages the languages the helper speaks
     */
    record Item(OfferId offerId, String firstName, String communeName, double distanceKm, boolean remote,
            Set<String> languages) {
    }
}
