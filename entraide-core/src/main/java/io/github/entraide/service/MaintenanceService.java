package io.github.entraide.service;

import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Scheduled work the portal runs periodically (every few minutes), as {@link Actor#system()}:
 * expiry of unanswered proposals and of stale requests. Driven by the injected clock. Each
 * record is handled in a transaction of its own, so a concurrent change of one record does not
 * stop the sweep; a record changed concurrently is picked up at the next run. Thread-safe.
 */
public final class MaintenanceService {
    private final Engine engine;
    private final IntroductionService introductions;
    private final RequestService requests;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions the introduction use cases
     * @param requests the request use cases
     */
    public MaintenanceService(Engine engine, IntroductionService introductions, RequestService requests) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * Expires the proposals left unanswered past their delay: the helper's place is freed, the
     * request is open again and both sides are told.
     *
     * @param actor the system
     * @return how many proposals expired
     */
    public int expireProposals(Actor actor) {
        requireSystem(actor, "maintenance.expireProposals");
        Instant now = engine.now();
        List<Introduction> due = engine.tx(tx -> tx.introductions().proposedExpiringBy(now));
        int expired = 0;
        for (Introduction candidate : due) {
            expired += engine.tx(tx -> {
                Introduction intro = engine.introduction(tx, candidate.territoryId(), candidate.id());
                if (intro.status() != io.github.entraide.domain.IntroductionStatus.PROPOSED
                        || intro.expiresAt().isAfter(now)) {
                    return 0;
                }
                introductions.expire(tx, intro, now);
                return 1;
            });
        }
        return expired;
    }

    /**
     * Expires the requests still open (or waiting for review) past their expiry.
     *
     * @param actor the system
     * @return how many requests expired
     */
    public int expireStaleRequests(Actor actor) {
        requireSystem(actor, "maintenance.expireStaleRequests");
        Instant now = engine.now();
        List<HelpRequest> due = engine.tx(tx -> tx.requests().openExpiringBy(now));
        int expired = 0;
        for (HelpRequest candidate : due) {
            expired += engine.tx(tx -> {
                HelpRequest request = engine.request(tx, candidate.territoryId(), candidate.id());
                if ((request.status() != RequestStatus.OPEN && request.status() != RequestStatus.PENDING_REVIEW)
                        || request.expiresAt().isAfter(now)) {
                    return 0;
                }
                HelpRequest stored = tx.requests().update(request.withStatus(RequestStatus.EXPIRED, now));
                requests.publish(tx, "request.status-changed", stored, now);
                return 1;
            });
        }
        return expired;
    }

    /**
     * Runs every sweep: proposals first (their requests reopen), then stale requests.
     *
     * @param actor the system
     * @return how many records changed
     */
    public int runScheduledWork(Actor actor) {
        return expireProposals(actor) + expireStaleRequests(actor);
    }

    private static void requireSystem(Actor actor, String operation) {
        Objects.requireNonNull(actor, "actor");
        Access.require(Access.isSystem(actor), operation);
    }
}
