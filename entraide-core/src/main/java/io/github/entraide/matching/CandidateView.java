package io.github.entraide.matching;

import io.github.entraide.domain.Commune;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.OfferId;
import java.util.Objects;
import java.util.Set;

/**
 * A candidate as a beneficiary (or a portal) sees it before any introduction: coarse facts only,
 * no contact detail, no exact location or distance. Immutable.
 *
 * @param offerId the offer, to choose it
 * @param helperFirstName the helper's first name ("?" when the directory does not know them)
 * @param communeName the name of the helper's commune (its INSEE code when not in the territory)
 * @param distance the distance band ({@link DistanceBand#REMOTE} for remote help)
 * @param languages the languages the helper speaks
 */
public record CandidateView(OfferId offerId, String helperFirstName, String communeName, DistanceBand distance,
        Set<String> languages) {

    /**
     * Checks the view.
     *
     * @throws NullPointerException if a parameter is null
     */
    public CandidateView {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(helperFirstName, "helperFirstName");
        Objects.requireNonNull(communeName, "communeName");
        Objects.requireNonNull(distance, "distance");
        languages = Set.copyOf(languages);
    }

    /**
     * The view of a candidate.
     *
     * @param candidate the candidate
     * @param environment the environment it was found in (territory, helper directory)
     * @return the view
     */
    public static CandidateView of(Candidate candidate, MatchingEnvironment environment) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(environment, "environment");
        var offer = candidate.offer();
        boolean remote = environment.territory().catalogue().find(offer.categoryId())
                .map(HelpCategory::isRemote).orElse(false);
        String insee = offer.location().inseeCode();
        String commune = environment.territory().commune(insee).map(Commune::name).orElse(insee);
        String firstName = environment.helpers().find(offer.helperId()).map(HelperFacts::firstName).orElse("?");
        return new CandidateView(offer.id(), firstName, commune, DistanceBand.of(remote, candidate.distanceKm()),
                offer.languages());
    }
}
