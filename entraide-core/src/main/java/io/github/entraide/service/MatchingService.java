package io.github.entraide.service;

import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.AssignOpenRequests;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.matching.Assignment;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.BatchResult;
import io.github.entraide.matching.Blocks;
import io.github.entraide.matching.BruteForceCandidateSource;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.CandidateView;
import io.github.entraide.matching.HelperFacts;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingMode;
import io.github.entraide.matching.MatchingPolicies;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.spi.StorageTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matching as a use case: the territory's {@link MatchingMode} turns the ranking of its
 * {@link MatchingPolicy} into what people see or what is proposed. Thread-safe.
 *
 * <ul>
 *   <li>{@link MatchingMode#BENEFICIARY_CHOOSES} (default): {@link #match} returns the best
 *       candidates, shown coarsely (first name, commune, distance band, languages — no contact);
 *       the beneficiary then proposes one with {@link IntroductionService#propose}.</li>
 *   <li>{@link MatchingMode#AUTOMATIC}: {@link #match} proposes the best candidate at once; if the
 *       helper declines or the proposal expires, the next call proposes the next one.</li>
 *   <li>{@link MatchingMode#NOTIFY_NEAREST}: {@link #match} proposes the request to the
 *       {@code limit} best helpers together; the first to accept wins and the other proposals are
 *       cancelled in the same transaction (two helpers accepting at once: one of them gets a
 *       {@link io.github.entraide.ConflictException} or a refusal, never both win).</li>
 *   <li>{@link MatchingMode#DISPATCHER}: only a moderator of the territory (a municipal agent)
 *       sees candidates and assigns by hand with {@link IntroductionService#propose}; members get
 *       nothing from {@link #match}.</li>
 * </ul>
 * {@link #assignOpenRequests} assigns every open request of a territory at once with
 * {@link BatchAssigner} (the most requests served, then the least total distance).
 */
public final class MatchingService {
    private final Engine engine;
    private final IntroductionService introductions;
    private final MatchingPolicies policies;
    private final Optional<CandidateSource> candidateSource;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions the introduction use cases
     * @param policies the policy of each territory
     * @param candidateSource a candidate source kept current with the storage (an index), or empty
     *     to rank the published offers read in the transaction
     */
    public MatchingService(Engine engine, IntroductionService introductions, MatchingPolicies policies,
            Optional<CandidateSource> candidateSource) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.candidateSource = Objects.requireNonNull(candidateSource, "candidateSource");
    }

    /**
     * Matches a request under the territory's mode.
     *
     * @param actor the member who filed the request, a moderator of the territory or the system
     * @param command the request and how many candidates (or helpers to notify)
     * @return the candidates shown, or the introductions proposed
     * @throws RuleRefusedException {@code request-not-open} if the request is not waiting for a
     *     helper (candidates may still be shown to a moderator), and the rules of
     *     {@link IntroductionService#propose}
     */
    public MatchOutcome match(Actor actor, MatchRequest command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "matching.match");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(command.requestId()));
            boolean owner = Access.isMember(actor, territoryId, request.requesterId());
            boolean dispatcher = Access.moderates(actor, territoryId);
            MatchingMode mode = territory.settings().matchingMode();
            Access.require(dispatcher || Access.isSystem(actor) || owner && mode != MatchingMode.DISPATCHER,
                    "matching.match");
            MatchingEnvironment environment = environment(tx, territory);
            boolean propose = mode == MatchingMode.AUTOMATIC || mode == MatchingMode.NOTIFY_NEAREST;
            if (!propose) {
                List<CandidateView> views = rank(tx, territory, request, environment, command.limit()).stream()
                        .map(c -> CandidateView.of(c, environment)).collect(Collectors.toList());
                return new MatchOutcome(mode, views, List.of());
            }
            if (request.status() != RequestStatus.OPEN) {
                throw new RuleRefusedException("request-not-open", request.status());
            }
            boolean direct = territory.settings().introductionMode() == IntroductionMode.DIRECT;
            int wanted = mode == MatchingMode.AUTOMATIC || direct ? 1 : command.limit();
            List<IntroductionView> proposed = new ArrayList<>();
            HelpRequest current = request;
            for (Candidate candidate : rank(tx, territory, request, environment, wanted)) {
                HelpOffer offer = engine.offer(tx, territoryId, candidate.offer().id());
                Introduction made = introductions.introduce(tx, territory, current, offer, !proposed.isEmpty());
                current = engine.request(tx, territoryId, request.id());
                proposed.add(introductions.viewOf(tx, actor, made));
            }
            return new MatchOutcome(mode, List.of(), proposed);
        });
    }

    /**
     * Assigns every open request of a territory to helpers in one batch and proposes the
     * introductions: first as many requests served as possible, then the least total distance (an
     * exact min-cost assignment, see {@link BatchAssigner}).
     *
     * @param actor a moderator of the territory or the system
     * @param command the territory
     * @return the batch's result (assignments, matched count, total distance)
     */
    public BatchResult assignOpenRequests(Actor actor, AssignOpenRequests command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.require(Access.moderates(actor, territoryId) || Access.isSystem(actor), "matching.assignOpenRequests");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            List<HelpRequest> open = tx.requests().byStatus(territoryId, RequestStatus.OPEN);
            List<HelpOffer> offers = tx.offers().all(territoryId).stream().filter(HelpOffer::isPublished)
                    .collect(Collectors.toList());
            MatchingEnvironment environment = environment(tx, territory);
            BatchResult result = BatchAssigner.of(policies.policyFor(territoryId)).assign(open, offers, environment);
            for (Assignment a : result.assignments()) {
                introductions.introduce(tx, territory, engine.request(tx, territoryId, a.requestId()),
                        engine.offer(tx, territoryId, a.offerId()));
            }
            return result;
        });
    }

    private List<Candidate> rank(StorageTransaction tx, Territory territory, HelpRequest request,
            MatchingEnvironment environment, int limit) {
        MatchingPolicy policy = policies.policyFor(territory.id());
        CandidateSource source = candidateSource.orElseGet(() ->
                BruteForceCandidateSource.over(tx.offers().published(territory.id(), request.categoryId())));
        // A helper already introduced for this request (declined, expired, in progress) is not
        // proposed again: ask for as many more candidates as there are such offers, then skip them.
        java.util.Set<io.github.entraide.domain.OfferId> tried = tx.introductions()
                .byRequest(territory.id(), request.id()).stream().map(Introduction::offerId)
                .collect(Collectors.toSet());
        return source.topCandidates(request, policy, environment, limit + tried.size()).stream()
                .filter(c -> !tried.contains(c.offer().id()))
                .limit(limit)
                .collect(Collectors.toList());
    }

    private MatchingEnvironment environment(StorageTransaction tx, Territory territory) {
        Map<MemberId, Optional<HelperFacts>> cache = new HashMap<>();
        return new MatchingEnvironment(territory,
                id -> cache.computeIfAbsent(id, key -> tx.members().find(territory.id(), key)
                        .filter(Member::isActive).map(HelperFacts::of)),
                Blocks.none(), engine.now());
    }
}
