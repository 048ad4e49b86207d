package io.github.entraide.matching;

import io.github.entraide.domain.TerritoryId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The matching policy of each territory, with a default for the others. Immutable and thread-safe.
 */
public final class MatchingPolicies {
    private final MatchingPolicy defaultPolicy;
    private final Map<TerritoryId, MatchingPolicy> byTerritory;

    private MatchingPolicies(MatchingPolicy defaultPolicy, Map<TerritoryId, MatchingPolicy> byTerritory) {
        this.defaultPolicy = defaultPolicy;
        this.byTerritory = Map.copyOf(byTerritory);
    }

    /**
     * The standard policy everywhere.
     *
     * @return the registry
     */
    public static MatchingPolicies standard() {
        return withDefault(MatchingPolicy.standard());
    }

    /**
     * One policy everywhere, until territories are given their own.
     *
     * @param defaultPolicy the policy of every territory without its own
     * @return the registry
     */
    public static MatchingPolicies withDefault(MatchingPolicy defaultPolicy) {
        return new MatchingPolicies(Objects.requireNonNull(defaultPolicy, "defaultPolicy"), Map.of());
    }

    /**
     * This registry with a territory's own policy.
     *
     * @param territoryId the territory
     * @param policy its policy
     * @return the new registry
     */
    public MatchingPolicies with(TerritoryId territoryId, MatchingPolicy policy) {
        Map<TerritoryId, MatchingPolicy> map = new HashMap<>(byTerritory);
        map.put(Objects.requireNonNull(territoryId, "territoryId"), Objects.requireNonNull(policy, "policy"));
        return new MatchingPolicies(defaultPolicy, map);
    }

    /**
     * The policy of a territory.
     *
     * @param territoryId the territory
     * @return its own policy, or the default
     */
    public MatchingPolicy policyFor(TerritoryId territoryId) {
        return byTerritory.getOrDefault(Objects.requireNonNull(territoryId, "territoryId"), defaultPolicy);
    }

    /** @return the policy of territories without their own */
    public MatchingPolicy defaultPolicy() {
        return defaultPolicy;
    }
}
