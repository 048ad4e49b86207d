package io.github.entraide.matching;

import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One request facing one offer, as filters and scorers see it. Immutable.
 *
 * @param request the request
 * @param category the request's category (remote or in person, may involve a minor)
 * @param offer the offer
 * @param distanceKm the great-circle distance between the request's and the offer's points, in
 *     kilometres (computed even for remote help; remote filters and scorers ignore it)
 * @param environment the territory, helper facts, blocks and current instant
 */
public record MatchingContext(HelpRequest request, HelpCategory category, HelpOffer offer, double distanceKm,
        MatchingEnvironment environment) {

    /**
     * Checks the context.
     *
     * @throws NullPointerException if a parameter is null
     */
    public MatchingContext {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(environment, "environment");
    }

    /** @return whether the help is given remotely, so that distance does not matter */
    public boolean isRemote() {
        return category.isRemote();
    }

    /** @return the territory's time zone, in which weekly availabilities are read */
    public ZoneId zone() {
        return environment.territory().settings().zone();
    }

    /** @return the facts of the offer's helper, if the directory knows them */
    public Optional<HelperFacts> helper() {
        return environment.helpers().find(offer.helperId());
    }

    /** @return whether the requester and the helper blocked each other */
    public boolean blocked() {
        return environment.blocks().between(request.requesterId(), offer.helperId());
    }
}
