package io.github.entraide.matching;

import io.github.entraide.domain.Territory;
import java.time.Instant;
import java.util.Objects;

/**
 * What a matching run knows besides the request and the offers: the territory (its catalogue,
 * communes and time zone), the helpers' facts, the blocks between members and the current instant.
 * Immutable when its lookups are.
 *
 * @param territory the territory of the requests
 * @param helpers the helpers' facts
 * @param blocks the blocks between members
 * @param now the current instant (availability, recency, age)
 */
public record MatchingEnvironment(Territory territory, HelperDirectory helpers, Blocks blocks, Instant now) {

    /**
     * Checks the environment.
     *
     * @throws NullPointerException if a parameter is null
     */
    public MatchingEnvironment {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(helpers, "helpers");
        Objects.requireNonNull(blocks, "blocks");
        Objects.requireNonNull(now, "now");
    }
}
