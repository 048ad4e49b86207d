package io.github.entraide.examples.portal;

import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.Territory;
import io.github.entraide.matching.Blocks;
import io.github.entraide.matching.BruteForceCandidateSource;
import io.github.entraide.matching.CandidateView;
import io.github.entraide.matching.HelperDirectory;
import io.github.entraide.matching.HelperFacts;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicies;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.spi.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Candidates for a request from the core's matching engine: the territory's standard policy over
 * the published offers of the request's category, read from storage, shown as coarse
 * {@link CandidateView}s. Helpers' facts are cached for a few seconds, so that ranking a category
 * does not read every helper from the database each time. Thread-safe.
 */
final class MatchingCandidates {
    private static final Duration FACTS_TTL = Duration.ofSeconds(10);

    private final Storage storage;
    private final Clock clock;
    private final CandidateSource source;
    private final MatchingPolicies policies = MatchingPolicies.standard();
    private final Map<MemberId, Cached> facts = new ConcurrentHashMap<>();

    MatchingCandidates(Storage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
        this.source = BruteForceCandidateSource.over(storage);
    }

    List<CandidateView> find(HelpRequest request, int limit) {
        Territory territory = storage.inTransaction(tx -> tx.territories().find(request.territoryId())).orElseThrow();
        Instant now = clock.instant();
        HelperDirectory helpers = id -> {
            Cached c = facts.get(id);
            if (c == null || c.at().plus(FACTS_TTL).isBefore(now)) {
                Optional<HelperFacts> found = storage.inTransaction(tx -> tx.members().find(request.territoryId(), id))
                        .map(HelperFacts::of);
                c = new Cached(found, now);
                facts.put(id, c);
            }
            return c.facts();
        };
        MatchingEnvironment environment = new MatchingEnvironment(territory, helpers, Blocks.none(), now);
        return source.topCandidates(request, policies.policyFor(territory.id()), environment, limit).stream()
                .map(candidate -> CandidateView.of(candidate, environment))
                .toList();
    }

    private record Cached(Optional<HelperFacts> facts, Instant at) {
    }
}
