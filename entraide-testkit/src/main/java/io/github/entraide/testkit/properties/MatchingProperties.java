package io.github.entraide.testkit.properties;

import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.Assignment;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.BatchResult;
import io.github.entraide.matching.BruteForceCandidateSource;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.CandidateFilter;
import io.github.entraide.matching.InMemoryCandidateIndex;
import io.github.entraide.matching.MatchingContext;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.testkit.generators.EntraideGens;
import io.github.entraide.testkit.generators.MatchingScenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Properties every matching setup should have, ready to run on a policy (yours or the standard
 * one). Each returns a {@link MatchingCheck}: call {@code .check()} in a test, optionally with
 * {@code .tries(n)}, {@code .seed(s)} or {@code .over(yourScenarios)}.
 *
 * <p>A policy's filters and scorers must honour their contracts (pure, thread-safe, costs
 * non-negative, {@code minimumCost} a true lower bound): these properties are how you find out.
 */
public final class MatchingProperties {
    private static final int[] LIMITS = {1, 3, 10};

    private MatchingProperties() {
    }

    /**
     * The in-memory index returns exactly what a brute-force scan returns: same candidates, same
     * order, same costs, for limits 1, 3 and 10 and every request.
     *
     * @param policy the policy
     * @return the check
     */
    public static MatchingCheck onlineEqualsBruteForce(MatchingPolicy policy) {
        return candidateSourceEqualsBruteForce("online index equals brute force", policy, offers -> {
            InMemoryCandidateIndex index = new InMemoryCandidateIndex();
            index.load(offers);
            return index;
        });
    }

    /**
     * Any candidate source (a SQL one, a custom index) returns exactly what a brute-force scan
     * returns.
     *
     * @param name the check's name
     * @param policy the policy
     * @param sourceOver makes the source under test, knowing exactly these offers
     * @return the check
     */
    public static MatchingCheck candidateSourceEqualsBruteForce(String name, MatchingPolicy policy,
            Function<List<HelpOffer>, CandidateSource> sourceOver) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(sourceOver, "sourceOver");
        return MatchingCheck.of(name, EntraideGens.scenarios(40, 6), s -> {
            MatchingEnvironment env = s.environment();
            CandidateSource source = sourceOver.apply(s.offers());
            CandidateSource brute = BruteForceCandidateSource.over(s.offers());
            for (HelpRequest r : s.requests()) {
                for (int k : LIMITS) {
                    List<Candidate> expected = brute.topCandidates(r, policy, env, k);
                    List<Candidate> actual = source.topCandidates(r, policy, env, k);
                    if (!actual.equals(expected)) {
                        throw new AssertionError("request " + r.id() + ", limit " + k + ": expected "
                                + describe(expected) + " but was " + describe(actual));
                    }
                }
            }
        });
    }

    /**
     * No offer is assigned more requests than its remaining capacity, no request is assigned twice,
     * and the result's counts add up.
     *
     * @param assigner the assigner
     * @return the check
     */
    public static MatchingCheck noHelperOverCapacity(BatchAssigner assigner) {
        Objects.requireNonNull(assigner, "assigner");
        return MatchingCheck.of("no helper over capacity", EntraideGens.scenarios(12, 16), s -> {
            BatchResult result = assigner.assign(s.requests(), s.offers(), s.environment());
            Map<String, Integer> used = new HashMap<>();
            Set<String> served = new HashSet<>();
            long distance = 0;
            for (Assignment a : result.assignments()) {
                used.merge(a.offerId().value(), 1, Integer::sum);
                if (!served.add(a.requestId().value())) {
                    throw new AssertionError("request " + a.requestId() + " assigned twice");
                }
                distance += a.distanceMetres();
            }
            for (HelpOffer o : s.offers()) {
                int n = used.getOrDefault(o.id().value(), 0);
                if (n > Math.max(0, o.remainingCapacity())) {
                    throw new AssertionError("offer " + o.id() + " got " + n + " requests for "
                            + o.remainingCapacity() + " places left");
                }
            }
            if (result.matchedCount() != served.size() || result.totalDistanceMetres() != distance) {
                throw new AssertionError("counts do not add up: " + result);
            }
        });
    }

    /**
     * Every batch assignment and every online candidate is in the request's universe (published,
     * same territory and category) and passes every filter of the policy, each checked on its own.
     *
     * @param assigner the assigner (its policy is used online too)
     * @return the check
     */
    public static MatchingCheck everyAssignmentSatisfiesEveryFilter(BatchAssigner assigner) {
        Objects.requireNonNull(assigner, "assigner");
        MatchingPolicy policy = assigner.policy();
        return MatchingCheck.of("every assignment satisfies every filter", EntraideGens.scenarios(12, 16), s -> {
            MatchingEnvironment env = s.environment();
            Map<String, HelpOffer> offers = new HashMap<>();
            s.offers().forEach(o -> offers.put(o.id().value(), o));
            Map<String, HelpRequest> requests = new HashMap<>();
            s.requests().forEach(r -> requests.put(r.id().value(), r));
            for (Assignment a : assigner.assign(s.requests(), s.offers(), env).assignments()) {
                requireAllowed(policy, requests.get(a.requestId().value()), offers.get(a.offerId().value()), env);
            }
            InMemoryCandidateIndex index = new InMemoryCandidateIndex();
            index.load(s.offers());
            for (HelpRequest r : s.requests()) {
                for (Candidate c : index.topCandidates(r, policy, env, 10)) {
                    requireAllowed(policy, r, c.offer(), env);
                }
            }
        });
    }

    private static void requireAllowed(MatchingPolicy policy, HelpRequest r, HelpOffer o, MatchingEnvironment env) {
        if (r == null || o == null) {
            throw new AssertionError("an assignment names an unknown request or offer");
        }
        if (!o.isPublished() || !o.territoryId().equals(r.territoryId()) || !o.categoryId().equals(r.categoryId())) {
            throw new AssertionError("offer " + o.id() + " is outside the universe of request " + r.id());
        }
        HelpCategory category = env.territory().catalogue().find(r.categoryId()).orElseThrow();
        MatchingContext context = new MatchingContext(r, category, o, r.point().distanceKm(o.point()), env);
        for (CandidateFilter f : policy.filters()) {
            if (!f.accepts(context)) {
                throw new AssertionError("offer " + o.id() + " for request " + r.id() + " fails filter " + f.name());
            }
        }
    }

    /**
     * The batch serves as many requests as any assignment could (checked by exhaustive search on
     * small scenarios).
     *
     * @param assigner the assigner
     * @return the check
     */
    public static MatchingCheck batchMatchedCountIsMaximum(BatchAssigner assigner) {
        return batchMatchedCountIsMaximum(assigner, g -> g.exhaustiveOptimum()[0]);
    }

    /**
     * The batch serves as many requests as an independent oracle says is possible.
     *
     * @param assigner the assigner
     * @param maximumCardinality the oracle: the largest number of requests that can be served
     * @return the check
     */
    public static MatchingCheck batchMatchedCountIsMaximum(BatchAssigner assigner,
            ToLongFunction<CandidateGraph> maximumCardinality) {
        Objects.requireNonNull(assigner, "assigner");
        Objects.requireNonNull(maximumCardinality, "maximumCardinality");
        return MatchingCheck.of("batch matched count is maximum", EntraideGens.smallScenarios(), s -> {
            BatchResult result = assigner.assign(s.requests(), s.offers(), s.environment());
            long maximum = maximumCardinality.applyAsLong(CandidateGraph.of(assigner, s));
            if (result.matchedCount() != maximum) {
                throw new AssertionError("served " + result.matchedCount() + " requests, the maximum is " + maximum);
            }
        });
    }

    /**
     * Among assignments serving the most requests, the batch has the least cost (distance plus
     * fairness penalties), checked by exhaustive search on small scenarios.
     *
     * @param assigner the assigner
     * @return the check
     */
    public static MatchingCheck batchCostIsOptimalOnSmallInstances(BatchAssigner assigner) {
        return batchCostIsOptimalOnSmallInstances(assigner, g -> g.exhaustiveOptimum()[1]);
    }

    /**
     * Among assignments serving the most requests, the batch has the least cost, as an independent
     * oracle computes it.
     *
     * @param assigner the assigner
     * @param optimalCost the oracle: the least cost of a maximum assignment
     * @return the check
     */
    public static MatchingCheck batchCostIsOptimalOnSmallInstances(BatchAssigner assigner,
            ToLongFunction<CandidateGraph> optimalCost) {
        Objects.requireNonNull(assigner, "assigner");
        Objects.requireNonNull(optimalCost, "optimalCost");
        return MatchingCheck.of("batch cost is optimal on small instances", EntraideGens.smallScenarios(), s -> {
            BatchResult result = assigner.assign(s.requests(), s.offers(), s.environment());
            long optimum = optimalCost.applyAsLong(CandidateGraph.of(assigner, s));
            if (result.totalCost() != optimum) {
                throw new AssertionError("cost " + result.totalCost() + ", the optimum is " + optimum);
            }
        });
    }

    /**
     * Matching is deterministic: the same offers and requests, given in another order or twice,
     * give the same candidates and the same batch.
     *
     * @param policy the policy
     * @return the check
     */
    public static MatchingCheck sameInputsSameOutput(MatchingPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        BatchAssigner assigner = BatchAssigner.of(policy).withFairnessPenalty(500);
        return MatchingCheck.of("same inputs, same output", EntraideGens.scenarios(20, 10), s -> {
            MatchingEnvironment env = s.environment();
            List<HelpOffer> reversedOffers = new ArrayList<>(s.offers());
            Collections.reverse(reversedOffers);
            List<HelpRequest> reversedRequests = new ArrayList<>(s.requests());
            Collections.reverse(reversedRequests);
            InMemoryCandidateIndex forward = new InMemoryCandidateIndex();
            forward.load(s.offers());
            InMemoryCandidateIndex backward = new InMemoryCandidateIndex();
            backward.load(reversedOffers);
            for (HelpRequest r : s.requests()) {
                List<Candidate> first = forward.topCandidates(r, policy, env, 10);
                if (!first.equals(forward.topCandidates(r, policy, env, 10))
                        || !first.equals(backward.topCandidates(r, policy, env, 10))) {
                    throw new AssertionError("candidates of request " + r.id() + " differ between runs");
                }
            }
            BatchResult batch = assigner.assign(s.requests(), s.offers(), env);
            if (!batch.equals(assigner.assign(reversedRequests, reversedOffers, env))) {
                throw new AssertionError("batch differs when inputs are reordered");
            }
        });
    }

    /**
     * For remote categories, where the offer is does not matter: moving every offer elsewhere on
     * Earth changes neither the candidates nor their costs.
     *
     * @param policy the policy
     * @return the check
     */
    public static MatchingCheck remoteCategoriesIgnoreDistance(MatchingPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return MatchingCheck.of("remote categories ignore distance", EntraideGens.scenarios(20, 10), s -> {
            MatchingEnvironment env = s.environment();
            List<HelpOffer> moved = new ArrayList<>();
            for (HelpOffer o : s.offers()) {
                moved.add(movedFar(o));
            }
            for (HelpRequest r : s.requests()) {
                boolean remote = env.territory().catalogue().find(r.categoryId()).map(HelpCategory::isRemote)
                        .orElse(false);
                if (!remote) {
                    continue;
                }
                List<String> before = summary(policy.rank(r, s.offers(), env, 10));
                List<String> after = summary(policy.rank(r, moved, env, 10));
                if (!before.equals(after)) {
                    throw new AssertionError("remote request " + r.id() + ": " + before + " became " + after
                            + " when offers moved");
                }
            }
        });
    }

    private static HelpOffer movedFar(HelpOffer o) {
        GeoPoint p = o.point();
        double lon = p.longitude() + 120;
        GeoPoint far = GeoPoint.of(-p.latitude() / 2, lon > 180 ? lon - 360 : lon);
        return HelpOffer.reconstitute(o.id(), o.territoryId(), o.helperId(), o.categoryId(), o.location(), far,
                o.radiusKm(), o.availability(), o.languages(), o.capacity(), o.load(), o.freeText(), o.status(),
                o.createdAt(), o.updatedAt(), o.lastHelpedAt(), o.version());
    }

    private static List<String> summary(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.offer().id() + "@" + c.cost()).toList();
    }

    private static String describe(List<Candidate> candidates) {
        return summary(candidates).toString();
    }
}
