package io.github.entraide.matching;

import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A matching pipeline: filters that every candidate must pass, in order, then a total cost that is
 * the weighted sum of the scorers' costs. <b>Lower cost is better</b>; equal costs are ordered by
 * offer id ({@link Candidate#RANKING}), so rankings are deterministic.
 *
 * <p>Only published offers of the request's territory and category are ever considered (the
 * candidate universe); filters narrow it. {@link #standard()} holds the standard filters and scorers;
 * {@link #toBuilder()} changes a policy, for example:
 *
 * <pre>{@code
 * MatchingPolicy policy = MatchingPolicy.standard().toBuilder()
 *         .safeguarding(true, true)                  // verified adults only for minors
 *         .withoutScorer("recency")
 *         .withScorer(StandardScorers.load(), 5)     // spread requests harder
 *         .withFilter(CandidateFilter.of("same-commune",
 *                 c -> c.offer().location().inseeCode().equals(c.request().location().inseeCode())))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe if its filters and scorers are (see their contracts).
 */
public final class MatchingPolicy {
    private final List<CandidateFilter> filters;
    private final List<WeightedScorer> scorers;
    private final CandidateFilter[] filterArray;
    private final CandidateScorer[] scorerArray;
    private final double[] weights;

    private MatchingPolicy(List<CandidateFilter> filters, List<WeightedScorer> scorers) {
        this.filters = List.copyOf(filters);
        this.scorers = List.copyOf(scorers);
        this.filterArray = this.filters.toArray(new CandidateFilter[0]);
        this.scorerArray = new CandidateScorer[this.scorers.size()];
        this.weights = new double[this.scorers.size()];
        for (int i = 0; i < scorerArray.length; i++) {
            scorerArray[i] = this.scorers.get(i).scorer();
            weights[i] = this.scorers.get(i).weight();
        }
    }

    /**
     * The standard policy. Filters, cheapest first: category, capacity, radius, language, not own
     * offer, blocks, safeguarding (adult helper required for minors, verification not), availability.
     * Scorers: distance (weight 1 per km), load (weight 2: a full helper costs as much as 2 km more),
     * recency over 14 days (weight 1).
     *
     * @return the standard policy
     */
    public static MatchingPolicy standard() {
        return builder()
                .withFilter(StandardFilters.CATEGORY)
                .withFilter(StandardFilters.CAPACITY)
                .withFilter(StandardFilters.RADIUS)
                .withFilter(StandardFilters.LANGUAGE)
                .withFilter(StandardFilters.NOT_OWN_OFFER)
                .withFilter(StandardFilters.BLOCKS)
                .withFilter(StandardFilters.safeguarding(false, true))
                .withFilter(StandardFilters.AVAILABILITY)
                .withScorer(StandardScorers.distance(), 1)
                .withScorer(StandardScorers.load(), 2)
                .withScorer(StandardScorers.recency(), 1)
                .build();
    }

    /**
     * Starts an empty policy (no filter, no scorer: every offer of the universe, by id).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(List.of(), List.of());
    }

    /**
     * Starts a policy from this one.
     *
     * @return a builder holding this policy's filters and scorers
     */
    public Builder toBuilder() {
        return new Builder(filters, scorers);
    }

    /** @return the filters, in the order they run */
    public List<CandidateFilter> filters() {
        return filters;
    }

    /** @return the weighted scorers */
    public List<WeightedScorer> scorers() {
        return scorers;
    }

    /**
     * Whether this policy holds {@link StandardFilters#RADIUS} itself, so that no in-person candidate
     * lies beyond its offer's radius (indexes use it to stop searching).
     *
     * @return true if the standard radius filter is part of this policy
     */
    public boolean limitsDistanceToOfferRadius() {
        for (CandidateFilter f : filterArray) {
            if (f == StandardFilters.RADIUS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every filter accepts the context.
     *
     * @param context the request facing an offer
     * @return true if the offer is a candidate
     */
    public boolean accepts(MatchingContext context) {
        for (CandidateFilter f : filterArray) {
            if (!f.accepts(context)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The total cost: the sum, in scorer order, of weight × cost.
     *
     * @param context the request facing an accepted offer
     * @return the cost; lower is better
     */
    public double cost(MatchingContext context) {
        double total = 0;
        for (int i = 0; i < scorerArray.length; i++) {
            total += weights[i] * scorerArray[i].cost(context);
        }
        return total;
    }

    /**
     * A lower bound of {@link #cost} for any in-person candidate at least {@code minDistanceKm}
     * away, from the scorers' {@link CandidateScorer#minimumCost} (summed in the same order).
     *
     * @param minDistanceKm a distance in kilometres
     * @return the bound
     */
    public double minimumCost(double minDistanceKm) {
        double total = 0;
        for (int i = 0; i < scorerArray.length; i++) {
            total += weights[i] * scorerArray[i].minimumCost(minDistanceKm);
        }
        return total;
    }

    /**
     * Evaluates one offer for one request: universe (published, same territory and category),
     * filters, cost.
     *
     * @param request the request
     * @param offer the offer
     * @param environment the environment (the request's territory)
     * @return the candidate, or empty if the offer is outside the universe or refused by a filter
     * @throws IllegalArgumentException if the request's category is not in the territory's catalogue
     */
    public Optional<Candidate> evaluate(HelpRequest request, HelpOffer offer, MatchingEnvironment environment) {
        return Optional.ofNullable(evaluate(request, categoryOf(request, environment), offer,
                request.point().distanceKm(offer.point()), environment));
    }

    /**
     * Every candidate among some offers, best first, at most {@code limit}: the brute-force ranking.
     *
     * @param request the request
     * @param offers the offers to consider (others than the universe are skipped)
     * @param environment the environment
     * @param limit the most candidates to return, positive
     * @return the candidates in {@link Candidate#RANKING} order
     */
    public List<Candidate> rank(HelpRequest request, Collection<HelpOffer> offers, MatchingEnvironment environment,
            int limit) {
        Objects.requireNonNull(offers, "offers");
        requirePositive(limit);
        HelpCategory category = categoryOf(request, environment);
        TopCandidates top = new TopCandidates(limit);
        for (HelpOffer offer : offers) {
            Candidate c = evaluate(request, category, offer, request.point().distanceKm(offer.point()), environment);
            if (c != null) {
                top.offer(c);
            }
        }
        return top.sorted();
    }

    // The one place a candidate is made, so that every source computes the very same cost.
    Candidate evaluate(HelpRequest request, HelpCategory category, HelpOffer offer, double distanceKm,
            MatchingEnvironment environment) {
        if (!StandardFilters.inUniverse(request, offer)) {
            return null;
        }
        MatchingContext context = new MatchingContext(request, category, offer, distanceKm, environment);
        if (!accepts(context)) {
            return null;
        }
        return new Candidate(offer, distanceKm, cost(context));
    }

    // Whether evaluate would return a candidate, without computing its cost.
    boolean allows(HelpRequest request, HelpCategory category, HelpOffer offer, double distanceKm,
            MatchingEnvironment environment) {
        return StandardFilters.inUniverse(request, offer)
                && accepts(new MatchingContext(request, category, offer, distanceKm, environment));
    }

    static HelpCategory categoryOf(HelpRequest request, MatchingEnvironment environment) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(environment, "environment");
        if (!request.territoryId().equals(environment.territory().id())) {
            throw new IllegalArgumentException("request " + request.id() + " is not of territory "
                    + environment.territory().id());
        }
        return environment.territory().catalogue().find(request.categoryId()).orElseThrow(
                () -> new IllegalArgumentException("category " + request.categoryId() + " is not in the catalogue of "
                        + environment.territory().id()));
    }

    static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MatchingPolicy[filters=");
        for (CandidateFilter f : filterArray) {
            sb.append(f.name()).append(' ');
        }
        sb.append("scorers=");
        for (WeightedScorer s : scorers) {
            sb.append(s.scorer().name()).append('×').append(s.weight()).append(' ');
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link MatchingPolicy}. Not thread-safe. */
    public static final class Builder {
        private final List<CandidateFilter> filters;
        private final List<WeightedScorer> scorers;

        private Builder(List<CandidateFilter> filters, List<WeightedScorer> scorers) {
            this.filters = new ArrayList<>(filters);
            this.scorers = new ArrayList<>(scorers);
        }

        /**
         * Adds a filter after the others, or replaces in place the filter of the same name.
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder withFilter(CandidateFilter filter) {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(filter.name(), "filter.name()");
            for (int i = 0; i < filters.size(); i++) {
                if (filters.get(i).name().equals(filter.name())) {
                    filters.set(i, filter);
                    return this;
                }
            }
            filters.add(filter);
            return this;
        }

        /**
         * Removes the filter of that name, if any.
         *
         * @param name the filter's name
         * @return this builder
         */
        public Builder withoutFilter(String name) {
            Objects.requireNonNull(name, "name");
            filters.removeIf(f -> f.name().equals(name));
            return this;
        }

        /**
         * Adds a scorer with a weight, or replaces in place the scorer of the same name.
         *
         * @param scorer the scorer
         * @param weight its weight, finite and non-negative
         * @return this builder
         */
        public Builder withScorer(CandidateScorer scorer, double weight) {
            WeightedScorer ws = new WeightedScorer(scorer, weight);
            Objects.requireNonNull(scorer.name(), "scorer.name()");
            for (int i = 0; i < scorers.size(); i++) {
                if (scorers.get(i).scorer().name().equals(scorer.name())) {
                    scorers.set(i, ws);
                    return this;
                }
            }
            scorers.add(ws);
            return this;
        }

        /**
         * Removes the scorer of that name, if any.
         *
         * @param name the scorer's name
         * @return this builder
         */
        public Builder withoutScorer(String name) {
            Objects.requireNonNull(name, "name");
            scorers.removeIf(s -> s.scorer().name().equals(name));
            return this;
        }

        /**
         * Sets the safeguarding option: replaces the {@value StandardFilters#SAFEGUARDING} filter.
         *
         * @param requireVerifiedHelper whether help to a minor needs a moderator-verified helper
         * @param requireAdultHelper whether help to a minor needs a helper known to be an adult
         * @return this builder
         */
        public Builder safeguarding(boolean requireVerifiedHelper, boolean requireAdultHelper) {
            return withFilter(StandardFilters.safeguarding(requireVerifiedHelper, requireAdultHelper));
        }

        /**
         * The policy.
         *
         * @return an immutable policy
         */
        public MatchingPolicy build() {
            return new MatchingPolicy(filters, scorers);
        }
    }
}
