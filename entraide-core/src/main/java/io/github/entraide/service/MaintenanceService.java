package io.github.entraide.service;

import io.github.entraide.domain.Actor;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.InactivityWarningNotice;
import io.github.entraide.notification.NotificationKind;
import io.github.entraide.policy.RetentionPolicy;
import io.github.entraide.spi.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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
    private final PrivacyService privacy;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions the introduction use cases
     * @param requests the request use cases
     */
    public MaintenanceService(Engine engine, IntroductionService introductions, RequestService requests) {
        this(engine, introductions, requests, new PrivacyService(engine, introductions));
    }

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions the introduction use cases
     * @param requests the request use cases
     * @param privacy the privacy use cases, to erase inactive members
     */
    public MaintenanceService(Engine engine, IntroductionService introductions, RequestService requests,
            PrivacyService privacy) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.privacy = Objects.requireNonNull(privacy, "privacy");
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

    /**
     * Applies every territory's {@link io.github.entraide.policy.RetentionPolicy}, on the injected
     * clock. The portal schedules it (daily is enough); it is idempotent, and each record is handled
     * in its own transaction.
     * <ol>
     *   <li>Closed requests (fulfilled, cancelled, expired) last changed more than
     *       {@code closedRequests} ago (default 90 days) lose their free text and the first name of
     *       the person helped on someone's behalf; counts are kept.</li>
     *   <li>Sent notifications created more than {@code closedRequests} ago are deleted from the outbox
     *       (they carry contact details and request texts), and sent erasure confirmations at once.</li>
     *   <li>Members inactive since {@code inactiveMembers - warningLead} (default 24 months less 30
     *       days) and not yet warned get an {@link io.github.entraide.notification.InactivityWarningNotice};
     *       the warning is recorded in the audit trail ({@code retention.inactivity-warning}).</li>
     *   <li>Members inactive for {@code inactiveMembers} and warned at least {@code warningLead} ago are
     *       erased as by {@link PrivacyService#erase}.</li>
     * </ol>
     *
     * @param actor the system
     * @return what was purged
     */
    public PurgeReport purgeExpired(Actor actor) {
        requireSystem(actor, "maintenance.purgeExpired");
        Instant now = engine.now();
        int requestsPurged = 0;
        int notificationsPurged = 0;
        int warned = 0;
        int erased = 0;
        List<Territory> territories = engine.tx(tx -> tx.territories().all());
        for (Territory territory : territories) {
            RetentionPolicy retention = territory.settings().retention();
            Instant closedBefore = retention.closedRequestsPurgedBefore(now);
            List<HelpRequest> closed = engine.tx(tx -> {
                List<HelpRequest> due = new ArrayList<>();
                for (RequestStatus status : List.of(RequestStatus.FULFILLED, RequestStatus.CANCELLED,
                        RequestStatus.EXPIRED)) {
                    for (HelpRequest r : tx.requests().byStatus(territory.id(), status)) {
                        if (r.updatedAt().isBefore(closedBefore) && !PrivacyService.isAnonymised(r)) {
                            due.add(r);
                        }
                    }
                }
                return due;
            });
            for (HelpRequest candidate : closed) {
                requestsPurged += engine.tx(tx -> {
                    HelpRequest r = engine.request(tx, candidate.territoryId(), candidate.id());
                    if (!r.status().isFinal() || PrivacyService.isAnonymised(r)) {
                        return 0;
                    }
                    tx.requests().update(PrivacyService.anonymised(r, r.updatedAt()));
                    engine.audit(tx, r.territoryId(), actor, "retention.request-purged",
                            ModerationSubject.request(r.id()), Optional.of(r.requesterId()), Optional.empty());
                    return 1;
                });
            }
            warned += warnInactive(actor, territory, now);
            erased += eraseInactive(actor, territory, now);
        }
        Instant oldest = territories.stream().map(t -> t.settings().retention().closedRequestsPurgedBefore(now))
                .min(Instant::compareTo).orElse(now);
        notificationsPurged += engine.tx(tx -> {
            int n = 0;
            for (NotificationKind kind : NotificationKind.values()) {
                Instant before = kind == NotificationKind.ERASURE_CONFIRMED ? now.plusNanos(1) : oldest;
                for (OutboxMessage m : tx.outbox().sent(Json.notificationType(kind), before)) {
                    Instant cutoff = kind == NotificationKind.ERASURE_CONFIRMED ? before
                            : territories.stream().filter(t -> t.id().equals(m.territoryId())).findFirst()
                                    .map(t -> t.settings().retention().closedRequestsPurgedBefore(now))
                                    .orElse(oldest);
                    if (m.createdAt().isBefore(cutoff)) {
                        tx.outbox().delete(m.id());
                        n++;
                    }
                }
            }
            return n;
        });
        return new PurgeReport(requestsPurged, notificationsPurged, warned, erased);
    }

    private int warnInactive(Actor actor, Territory territory, Instant now) {
        RetentionPolicy retention = territory.settings().retention();
        Instant warnBefore = retention.warnInactiveBefore(now);
        List<Member> candidates = engine.tx(tx -> tx.members().inactiveSince(warnBefore).stream()
                .filter(m -> m.territoryId().equals(territory.id())).collect(Collectors.toList()));
        int warned = 0;
        for (Member candidate : candidates) {
            warned += engine.tx(tx -> {
                Member m = engine.member(tx, territory.id(), candidate.id());
                if (m.status() == MemberStatus.ERASED || !m.lastActiveAt().isBefore(warnBefore)
                        || lastWarning(tx, m).isPresent()) {
                    return 0;
                }
                Instant erasureAt = later(m.lastActiveAt().plus(retention.inactiveMembers()),
                        now.plus(retention.warningLead()));
                engine.notify(tx, new InactivityWarningNotice(territory.id(), IntroductionService.recipient(m),
                        erasureAt));
                engine.audit(tx, territory.id(), actor, "retention.inactivity-warning",
                        ModerationSubject.member(m.id()), Optional.of(m.id()), Optional.empty());
                return 1;
            });
        }
        return warned;
    }

    private int eraseInactive(Actor actor, Territory territory, Instant now) {
        RetentionPolicy retention = territory.settings().retention();
        Instant eraseBefore = retention.eraseInactiveBefore(now);
        Instant warnedBefore = now.minus(retention.warningLead()).plusNanos(1);
        List<Member> candidates = engine.tx(tx -> tx.members().inactiveSince(eraseBefore).stream()
                .filter(m -> m.territoryId().equals(territory.id())).collect(Collectors.toList()));
        int erased = 0;
        for (Member candidate : candidates) {
            erased += engine.tx(tx -> {
                Member m = engine.member(tx, territory.id(), candidate.id());
                if (m.status() == MemberStatus.ERASED || !m.lastActiveAt().isBefore(eraseBefore)) {
                    return 0;
                }
                Optional<Instant> warning = lastWarning(tx, m);
                if (warning.isEmpty() || !warning.get().isBefore(warnedBefore)) {
                    return 0;
                }
                privacy.erase(tx, actor, territory.id(), m.id(), "inactivity");
                return 1;
            });
        }
        return erased;
    }

    /** The last inactivity warning sent since the member was last active. */
    private static Optional<Instant> lastWarning(io.github.entraide.spi.StorageTransaction tx, Member m) {
        return tx.audit().concerning(m.territoryId(), m.id()).stream()
                .filter(e -> e.action().equals("retention.inactivity-warning") && !e.at().isBefore(m.lastActiveAt()))
                .map(AuditEntry::at).max(Instant::compareTo);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void requireSystem(Actor actor, String operation) {
        Objects.requireNonNull(actor, "actor");
        Access.require(Access.isSystem(actor), operation);
    }
}
