package io.github.entraide.service;

import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.statistics.TerritoryStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Statistics of a territory for a period, from counts only: no personal field is read. Thread-safe.
 */
public final class StatisticsService {
    private final Engine engine;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     */
    public StatisticsService(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Computes the statistics of a period; see {@link TerritoryStatistics} for the definitions and
     * {@link TerritoryStatistics#toOpenDataCsv()} for the publishable export.
     *
     * @param actor a moderator of the territory, an administrator or the system
     * @param query the territory and the period
     * @return the statistics (exact counts)
     */
    public TerritoryStatistics compute(Actor actor, StatisticsQuery query) {
        engine.validate(actor, query);
        TerritoryId territoryId = TerritoryId.of(query.territoryId());
        Access.require(Access.moderates(actor, territoryId) || Access.isSystem(actor), "statistics.compute");
        Instant from = query.from();
        Instant to = query.to();
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return engine.tx(tx -> {
            engine.territory(tx, territoryId);
            Map<String, Set<String>> helpers = new TreeMap<>();
            Map<String, Integer> offers = new TreeMap<>();
            for (HelpOffer o : tx.offers().all(territoryId)) {
                if (in(o.createdAt(), from, to)) {
                    offers.merge(o.categoryId().value(), 1, Integer::sum);
                    helpers.computeIfAbsent(o.categoryId().value(), k -> new HashSet<>()).add(o.helperId().value());
                }
            }
            Map<String, Integer> helperCounts = new TreeMap<>();
            helpers.forEach((k, v) -> helperCounts.put(k, v.size()));

            Map<RequestId, HelpRequest> requests = new HashMap<>();
            Map<String, Integer> requestCounts = new TreeMap<>();
            for (HelpRequest r : tx.requests().all(territoryId)) {
                requests.put(r.id(), r);
                if (in(r.createdAt(), from, to)) {
                    requestCounts.merge(r.categoryId().value(), 1, Integer::sum);
                }
            }
            int proposed = 0;
            int accepted = 0;
            int completed = 0;
            List<Duration> times = new ArrayList<>();
            Set<RequestId> matched = new HashSet<>();
            for (Introduction i : tx.introductions().all(territoryId)) {
                if (in(i.proposedAt(), from, to)) {
                    proposed++;
                }
                // answeredAt is set by acceptance or by a decline; a declined one was never accepted
                boolean wasAccepted = i.answeredAt().isPresent() && i.status() != IntroductionStatus.DECLINED;
                if (wasAccepted) {
                    matched.add(i.requestId());
                    if (in(i.answeredAt().get(), from, to)) {
                        accepted++;
                        HelpRequest r = requests.get(i.requestId());
                        if (r != null) {
                            times.add(Duration.between(r.createdAt(), i.answeredAt().get()));
                        }
                    }
                }
                if (i.status() == IntroductionStatus.COMPLETED && i.closedAt().map(c -> in(c, from, to)).orElse(false)) {
                    completed++;
                }
            }
            Map<String, Integer> unmatched = new TreeMap<>();
            for (HelpRequest r : requests.values()) {
                if (in(r.createdAt(), from, to) && !matched.contains(r.id())) {
                    unmatched.merge(r.location().inseeCode(), 1, Integer::sum);
                }
            }
            return new TerritoryStatistics(territoryId.value(), from, to, new TreeMap<>(helperCounts),
                    new TreeMap<>(offers), new TreeMap<>(requestCounts), proposed, accepted, completed,
                    median(times), times.size(), new TreeMap<>(unmatched));
        });
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    static Optional<Duration> median(List<Duration> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }
}
