package io.github.entraide.matching;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Timing;
import java.util.Set;

/**
 * The standard filters of {@link MatchingPolicy#standard()}. Each is immutable and thread-safe.
 */
public final class StandardFilters {

    /** The offer is of the request's category. */
    public static final CandidateFilter CATEGORY = CandidateFilter.of("category",
            c -> c.offer().categoryId().equals(c.request().categoryId()));

    /**
     * In-person help is within the helper's radius (distance at most the offer's radius); remote
     * help ignores distance entirely. An index may stop searching beyond the largest radius of its
     * offers when a policy holds this very filter.
     */
    public static final CandidateFilter RADIUS = CandidateFilter.of("radius",
            c -> c.isRemote() || c.distanceKm() <= c.offer().radiusKm());

    /**
     * The helper is available when help is wanted: "as soon as possible" always passes; a window
     * passes when a weekly slot overlaps it, in the territory's time zone.
     */
    public static final CandidateFilter AVAILABILITY = CandidateFilter.of("availability", c -> {
        Timing t = c.request().timing();
        return t.isAsSoonAsPossible() || c.offer().availability().overlaps(t.start().get(), t.end().get(), c.zone());
    });

    /** The offer has room left (remaining capacity above zero). */
    public static final CandidateFilter CAPACITY = CandidateFilter.of("capacity",
            c -> c.offer().remainingCapacity() > 0);

    /** The helper speaks one of the request's languages. */
    public static final CandidateFilter LANGUAGE = CandidateFilter.of("language",
            c -> sharesOne(c.request().languages(), c.offer().languages()));

    /** The requester and the helper have not blocked each other. */
    public static final CandidateFilter BLOCKS = CandidateFilter.of("blocks", c -> !c.blocked());

    /** A member is never proposed their own offer. */
    public static final CandidateFilter NOT_OWN_OFFER = CandidateFilter.of("not-own-offer",
            c -> !c.offer().helperId().equals(c.request().requesterId()));

    /** Name of every safeguarding filter. */
    public static final String SAFEGUARDING = "safeguarding";

    private StandardFilters() {
    }

    /**
     * Safeguarding of minors: a request concerning a minor only matches a category that may involve
     * a minor and is remote, and optionally only a verified and/or adult helper (see
     * {@link HelperFacts#isCertainlyAdult}). Requests that do not concern a minor always pass.
     *
     * @param requireVerifiedHelper whether the helper must be verified by a moderator
     * @param requireAdultHelper whether the helper must be known to be an adult
     * @return the filter, named {@value #SAFEGUARDING}
     */
    public static CandidateFilter safeguarding(boolean requireVerifiedHelper, boolean requireAdultHelper) {
        return CandidateFilter.of(SAFEGUARDING, c -> {
            HelpRequest r = c.request();
            if (!r.concernsMinor()) {
                return true;
            }
            if (!c.category().mayInvolveMinor() || !c.category().isRemote()) {
                return false;
            }
            if (!requireVerifiedHelper && !requireAdultHelper) {
                return true;
            }
            return c.helper().map(h -> (!requireVerifiedHelper || h.verified())
                    && (!requireAdultHelper || h.isCertainlyAdult(c.environment().now(), c.zone()))).orElse(false);
        });
    }

    private static boolean sharesOne(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an offer is in the candidate universe of a request, before any filter: published, of
     * the same territory and of the same category. Sources and the batch assigner never look beyond
     * it, whatever the filters.
     *
     * @param request the request
     * @param offer the offer
     * @return true if the offer may be considered at all
     */
    static boolean inUniverse(HelpRequest request, HelpOffer offer) {
        return offer.isPublished() && offer.territoryId().equals(request.territoryId())
                && offer.categoryId().equals(request.categoryId());
    }
}
