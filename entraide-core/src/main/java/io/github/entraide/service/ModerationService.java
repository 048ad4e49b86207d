package io.github.entraide.service;

import io.github.entraide.ConflictException;
import io.github.entraide.RateLimitedException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.VolunteerOnlyRefusedException;
import io.github.entraide.command.AuditQuery;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.QueueQuery;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.ModerationDecision;
import io.github.entraide.domain.ModerationMode;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.MemberEvent;
import io.github.entraide.event.OfferEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.notification.ContentApprovedNotice;
import io.github.entraide.notification.MemberReinstatedNotice;
import io.github.entraide.notification.MemberSuspendedNotice;
import io.github.entraide.notification.OfferRemovedNotice;
import io.github.entraide.notification.RequestRemovedNotice;
import io.github.entraide.policy.AssessmentContext;
import io.github.entraide.policy.OffensiveContentAssessment;
import io.github.entraide.policy.VolunteerOnlyAssessment;
import io.github.entraide.policy.VolunteerOnlyReason;
import io.github.entraide.spi.StorageTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Moderation use cases: members report content or other members; moderators read their queue,
 * decide cases (approve, remove with a reason code, suspend or ban a member with a reason code,
 * reinstate), and read the audit trail. Every report and decision is written to the append-only
 * audit trail (who, when, what, why) in the same transaction, and every decision notifies the
 * author or member concerned (unless erased).
 *
 * <p>Offers and requests reach the queue by themselves: the volunteer-only policy holds a doubtful
 * text as {@code PENDING_REVIEW} with a case of origin {@link CaseOrigin#VOLUNTEER_POLICY}, and a
 * pre-moderated territory ({@link ModerationMode#PRE}) holds everything with a case of origin
 * {@link CaseOrigin#PRE_MODERATION}. Pending content is neither matched nor introduced until
 * approved.
 *
 * <p>Thread-safe.
 */
public final class ModerationService {
    private final Engine engine;
    private final IntroductionService introductions;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions to cancel the introductions of removed content
     */
    public ModerationService(Engine engine, IntroductionService introductions) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
    }

    /**
     * A member reports an offer, a request or another member. Limited to the territory's
     * {@code reportsPerDay}.
     *
     * @param actor the reporting member themself
     * @param command the report
     * @return the open case
     * @throws RateLimitedException if the member already sent as many reports in the last 24 hours
     */
    public ModerationCase report(Actor actor, ReportContent command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId reporterId = MemberId.of(command.reporterId());
        Access.require(Access.isMember(actor, territoryId, reporterId), "moderation.report");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            Member reporter = engine.member(tx, territoryId, reporterId);
            MemberService.requireActive(reporter);
            Instant now = engine.now();
            int limit = territory.settings().rateLimits().reportsPerDay();
            Instant since = now.minus(Duration.ofDays(1)).plusNanos(1);
            if (tx.moderationCases().reportsSince(territoryId, reporterId, since) >= limit) {
                throw new RateLimitedException("moderation.report", limit);
            }
            ModerationSubject subject = new ModerationSubject(command.subjectKind(), command.subjectId());
            MemberId concerned = concernedMember(tx, territoryId, subject);
            if (concerned.equals(reporterId)) {
                throw new RuleRefusedException("cannot-report-self");
            }
            ModerationCase stored = tx.moderationCases().insert(ModerationCase.report(
                    ModerationCaseId.of(engine.newId()), territoryId, subject, concerned, reporterId,
                    command.reason(), command.comment().strip(), now));
            engine.audit(tx, territoryId, actor, "moderation.report", subject, Optional.of(concerned),
                    Optional.of(command.reason().name()));
            return stored;
        });
    }

    /**
     * A moderator reads their queue: urgent first, then oldest first, filtered by status, kind
     * and origin.
     *
     * @param actor a moderator of the territory, or an administrator
     * @param query the filters
     * @return the cases
     */
    public List<ModerationCase> queue(Actor actor, QueueQuery query) {
        engine.validate(actor, query);
        TerritoryId territoryId = TerritoryId.of(query.territoryId());
        Access.require(Access.moderates(actor, territoryId), "moderation.queue");
        return engine.tx(tx -> tx.moderationCases().queue(territoryId, query.status(), query.kind(),
                query.origin()));
    }

    /**
     * A moderator decides a case.
     * <ul>
     *   <li>{@code APPROVE}: pending content becomes published (offer) or open (request) and its
     *       author is notified; for a report, the report is dismissed.</li>
     *   <li>{@code REMOVE}: the offer is {@code REMOVED} or the request {@code CANCELLED}, their
     *       introductions in progress are cancelled, the author is notified with the reason code.</li>
     *   <li>{@code SUSPEND}, {@code BAN}: the member concerned can no longer act nor be introduced;
     *       notified with the reason code.</li>
     *   <li>{@code REINSTATE}: a suspended or banned member concerned is active again; notified.</li>
     * </ul>
     *
     * @param actor a moderator of the territory, or an administrator
     * @param command the decision
     * @return the decided case
     * @throws RuleRefusedException {@code case-decided} if already decided,
     *     {@code moderation-action-not-applicable} if the action does not fit the subject
     */
    public ModerationCase decide(Actor actor, DecideCase command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.require(Access.moderates(actor, territoryId), "moderation.decide");
        return engine.tx(tx -> {
            ModerationCase c = tx.moderationCases().find(territoryId, ModerationCaseId.of(command.caseId()))
                    .orElseThrow(() -> new io.github.entraide.NotFoundException("moderation case", command.caseId()));
            if (c.status() == CaseStatus.DECIDED) {
                throw new RuleRefusedException("case-decided");
            }
            Territory territory = engine.territory(tx, territoryId);
            Instant now = engine.now();
            apply(tx, territory, actor, c.subject(), c.concernedMemberId(), command.action(), command.reasonCode(),
                    now);
            return tx.moderationCases().update(c.decide(new ModerationDecision(command.action(),
                    command.reasonCode(), actor.auditName(), now)));
        });
    }

    /**
     * A moderator suspends, bans or reinstates a member directly.
     *
     * @param actor a moderator of the territory, or an administrator
     * @param command the sanction
     * @return the member's view after the change
     */
    public MemberView sanction(Actor actor, SanctionMember command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.require(Access.moderates(actor, territoryId), "moderation.sanction");
        ModerationAction action = command.action();
        if (action == ModerationAction.APPROVE || action == ModerationAction.REMOVE) {
            throw new RuleRefusedException("moderation-action-not-applicable", action);
        }
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            MemberId memberId = MemberId.of(command.memberId());
            engine.member(tx, territoryId, memberId);
            apply(tx, territory, actor, ModerationSubject.member(memberId), memberId, action, command.reasonCode(),
                    engine.now());
            return MemberView.of(engine.member(tx, territoryId, memberId));
        });
    }

    /**
     * A period of the audit trail.
     *
     * @param actor a moderator of the territory, or an administrator
     * @param query the period
     * @return the entries, oldest first
     */
    public List<AuditEntry> auditTrail(Actor actor, AuditQuery query) {
        engine.validate(actor, query);
        TerritoryId territoryId = TerritoryId.of(query.territoryId());
        Access.require(Access.moderates(actor, territoryId), "moderation.auditTrail");
        return engine.tx(tx -> tx.audit().between(territoryId, query.from(), query.to()));
    }

    /**
     * The audit entries concerning a member (decisions about them, reads of their data, exports).
     *
     * @param actor a moderator of the territory, or an administrator
     * @param command the member
     * @return the entries, oldest first
     */
    public List<AuditEntry> auditConcerning(Actor actor, MemberRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.require(Access.moderates(actor, territoryId), "moderation.auditConcerning");
        return engine.tx(tx -> tx.audit().concerning(territoryId, MemberId.of(command.memberId())));
    }

    private void apply(StorageTransaction tx, Territory territory, Actor actor, ModerationSubject subject,
            MemberId concerned, ModerationAction action, String reasonCode, Instant now) {
        TerritoryId territoryId = territory.id();
        switch (action) {
            case APPROVE:
                approve(tx, territory, subject, now);
                break;
            case REMOVE:
                remove(tx, territory, subject, reasonCode, now);
                break;
            case SUSPEND:
            case BAN:
                sanction(tx, territoryId, concerned, action == ModerationAction.BAN ? MemberStatus.BANNED
                        : MemberStatus.SUSPENDED, reasonCode, now);
                break;
            case REINSTATE:
                reinstate(tx, territoryId, concerned, now);
                break;
            default:
                throw new IllegalStateException("unknown action " + action);
        }
        engine.audit(tx, territoryId, actor, "moderation." + action.name().toLowerCase(java.util.Locale.ROOT),
                subject, Optional.of(concerned), Optional.of(reasonCode));
    }

    private void approve(StorageTransaction tx, Territory territory, ModerationSubject subject, Instant now) {
        TerritoryId territoryId = territory.id();
        if (subject.kind() == ModerationSubject.Kind.OFFER) {
            HelpOffer offer = engine.offer(tx, territoryId, OfferId.of(subject.id()));
            if (offer.status() == OfferStatus.PENDING_REVIEW) {
                HelpOffer stored = tx.offers().update(offer.withStatus(OfferStatus.PUBLISHED, now));
                engine.publish(tx, new OfferEvent("offer.status-changed", territoryId, stored.id(),
                        stored.helperId(), stored.categoryId(), stored.status(), now));
                notifyApproved(tx, territoryId, stored.helperId(), subject);
            }
        } else if (subject.kind() == ModerationSubject.Kind.REQUEST) {
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(subject.id()));
            if (request.status() == RequestStatus.PENDING_REVIEW) {
                HelpRequest stored = tx.requests().update(request.withStatus(RequestStatus.OPEN, now));
                engine.publish(tx, new io.github.entraide.event.RequestEvent("request.status-changed", territoryId,
                        stored.id(), stored.requesterId(), stored.categoryId(), stored.status(), now));
                notifyApproved(tx, territoryId, stored.requesterId(), subject);
            }
        }
    }

    private void notifyApproved(StorageTransaction tx, TerritoryId territoryId, MemberId authorId,
            ModerationSubject subject) {
        Member author = engine.member(tx, territoryId, authorId);
        if (author.status() != MemberStatus.ERASED) {
            engine.notify(tx, new ContentApprovedNotice(territoryId, IntroductionService.recipient(author), subject));
        }
    }

    private void remove(StorageTransaction tx, Territory territory, ModerationSubject subject, String reasonCode,
            Instant now) {
        TerritoryId territoryId = territory.id();
        if (subject.kind() == ModerationSubject.Kind.OFFER) {
            HelpOffer offer = engine.offer(tx, territoryId, OfferId.of(subject.id()));
            if (offer.status().isFinal()) {
                throw new RuleRefusedException("offer-final");
            }
            for (Introduction intro : tx.introductions().byMember(territoryId, offer.helperId())) {
                if (intro.offerId().equals(offer.id()) && intro.status().isActive()) {
                    introductions.close(tx, intro.cancel(now), false, now);
                }
            }
            // Read again for the version the closings left; at READ COMMITTED this may also show a
            // concurrent transaction's commit (the offer withdrawn or removed meanwhile): that one won.
            HelpOffer current = engine.offer(tx, territoryId, offer.id());
            if (current.status().isFinal()) {
                throw new ConflictException("offer", offer.id());
            }
            HelpOffer stored = tx.offers().update(current.withStatus(OfferStatus.REMOVED, now));
            engine.publish(tx, new OfferEvent("offer.status-changed", territoryId, stored.id(), stored.helperId(),
                    stored.categoryId(), stored.status(), now));
            Member helper = engine.member(tx, territoryId, stored.helperId());
            if (helper.status() != MemberStatus.ERASED) {
                engine.notify(tx, new OfferRemovedNotice(territoryId, IntroductionService.recipient(helper),
                        stored.id(), engine.category(territory, stored.categoryId()).name(helper.locale()),
                        reasonCode));
            }
        } else if (subject.kind() == ModerationSubject.Kind.REQUEST) {
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(subject.id()));
            if (request.status().isFinal()) {
                throw new RuleRefusedException("request-final");
            }
            for (Introduction intro : tx.introductions().byRequest(territoryId, request.id())) {
                if (intro.status().isActive()) {
                    introductions.close(tx, intro.cancel(now), false, now);
                }
            }
            // As for offers: a concurrent cancellation committed meanwhile won.
            HelpRequest current = engine.request(tx, territoryId, request.id());
            if (current.status().isFinal()) {
                throw new ConflictException("request", request.id());
            }
            HelpRequest stored = tx.requests().update(current.withStatus(RequestStatus.CANCELLED, now));
            engine.publish(tx, new io.github.entraide.event.RequestEvent("request.status-changed", territoryId,
                    stored.id(), stored.requesterId(), stored.categoryId(), stored.status(), now));
            Member requester = engine.member(tx, territoryId, stored.requesterId());
            if (requester.status() != MemberStatus.ERASED) {
                engine.notify(tx, new RequestRemovedNotice(territoryId, IntroductionService.recipient(requester),
                        stored.id(), engine.category(territory, stored.categoryId()).name(requester.locale()),
                        reasonCode));
            }
        } else {
            throw new RuleRefusedException("moderation-action-not-applicable", ModerationAction.REMOVE);
        }
    }

    private void sanction(StorageTransaction tx, TerritoryId territoryId, MemberId memberId, MemberStatus status,
            String reasonCode, Instant now) {
        Member member = engine.member(tx, territoryId, memberId);
        if (member.status() == MemberStatus.ERASED) {
            throw new RuleRefusedException("member-erased");
        }
        Member stored = tx.members().update(member.withStatus(status));
        engine.publish(tx, new MemberEvent("member.status-changed", territoryId, memberId, stored.status().name(),
                now));
        engine.notify(tx, new MemberSuspendedNotice(territoryId, IntroductionService.recipient(stored), status,
                reasonCode));
    }

    private void reinstate(StorageTransaction tx, TerritoryId territoryId, MemberId memberId, Instant now) {
        Member member = engine.member(tx, territoryId, memberId);
        if (member.status() != MemberStatus.SUSPENDED && member.status() != MemberStatus.BANNED) {
            throw new RuleRefusedException("member-not-sanctioned");
        }
        Member stored = tx.members().update(member.withStatus(MemberStatus.ACTIVE));
        engine.publish(tx, new MemberEvent("member.status-changed", territoryId, memberId, stored.status().name(),
                now));
        engine.notify(tx, new MemberReinstatedNotice(territoryId, IntroductionService.recipient(stored)));
    }

    private MemberId concernedMember(StorageTransaction tx, TerritoryId territoryId, ModerationSubject subject) {
        switch (subject.kind()) {
            case OFFER:
                return engine.offer(tx, territoryId, OfferId.of(subject.id())).helperId();
            case REQUEST:
                return engine.request(tx, territoryId, RequestId.of(subject.id())).requesterId();
            default:
                return engine.member(tx, territoryId, MemberId.of(subject.id())).id();
        }
    }

    /** What the screening of a free text decided. */
    enum Screening {
        /** Published (offer) or open (request) at once. */
        PUBLISH,
        /** Held for the volunteer-only policy's doubt. */
        HOLD_FOR_POLICY,
        /** Held because the territory pre-moderates. */
        HOLD_FOR_PRE_MODERATION;

        boolean holds() {
            return this != PUBLISH;
        }
    }

    /**
     * Screens a free text: rejected texts throw; doubtful ones, and everything in a pre-moderated
     * territory, are held.
     */
    static final class Screen {
        final Screening screening;
        final VolunteerOnlyAssessment assessment;
        final OffensiveContentAssessment offensive;

        private Screen(Screening screening, VolunteerOnlyAssessment assessment, OffensiveContentAssessment offensive) {
            this.screening = screening;
            this.assessment = assessment;
            this.offensive = offensive;
        }
    }

    Screen screen(Territory territory, CategoryId categoryId, String text) {
        VolunteerOnlyAssessment assessment = engine.volunteerPolicy(territory).assess(text,
                assessmentContext(territory, categoryId));
        if (assessment.isRejected()) {
            throw new VolunteerOnlyRefusedException(assessment);
        }
        // Offensive content is never refused: it is held for a moderator, with the reasons.
        OffensiveContentAssessment offensive = engine.offensivePolicy(territory).assess(text);
        if (assessment.requiresReview() || offensive.requiresReview()) {
            return new Screen(Screening.HOLD_FOR_POLICY, assessment, offensive);
        }
        if (territory.settings().moderationMode() == ModerationMode.PRE) {
            return new Screen(Screening.HOLD_FOR_PRE_MODERATION, assessment, offensive);
        }
        return new Screen(Screening.PUBLISH, assessment, offensive);
    }

    /**
     * The kind of help of a category, for the volunteer-only policy: the default catalogue's categories by id,
     * a territory's own sub-type by its parent (a sub-type of homework is homework), anything else OTHER.
     * A category no longer in the catalogue (an edit after the catalogue changed) is UNKNOWN: the text is
     * then judged on its words alone.
     */
    static AssessmentContext assessmentContext(Territory territory,
            CategoryId categoryId) {
        java.util.Optional<HelpCategory> category = territory.catalogue().find(categoryId);
        if (category.isEmpty()) {
            return AssessmentContext.unknown();
        }
        AssessmentContext.Kind kind = kindOf(category.get().id());
        if (kind == AssessmentContext.Kind.OTHER && category.get().parent().isPresent()) {
            kind = kindOf(category.get().parent().get());
        }
        return AssessmentContext.of(kind);
    }

    private static AssessmentContext.Kind kindOf(CategoryId id) {
        if (id.equals(CategoryCatalogue.HOMEWORK)) {
            return AssessmentContext.Kind.HOMEWORK;
        } else if (id.equals(CategoryCatalogue.ADMINISTRATIVE_HELP)) {
            return AssessmentContext.Kind.ADMINISTRATIVE_HELP;
        } else if (id.equals(CategoryCatalogue.IT_HELP)) {
            return AssessmentContext.Kind.IT_HELP;
        } else if (id.equals(CategoryCatalogue.GROCERIES)) {
            return AssessmentContext.Kind.GROCERIES;
        } else if (id.equals(CategoryCatalogue.CONVERSATION)) {
            return AssessmentContext.Kind.CONVERSATION;
        }
        return AssessmentContext.Kind.OTHER;
    }

    void openCase(StorageTransaction tx, Screen screen, TerritoryId territoryId, ModerationSubject subject,
            MemberId authorId) {
        if (!screen.screening.holds()) {
            return;
        }
        boolean policy = screen.screening == Screening.HOLD_FOR_POLICY;
        for (ModerationCase open : tx.moderationCases().bySubject(territoryId, subject)) {
            if (open.status() == CaseStatus.OPEN && open.origin() != CaseOrigin.MEMBER_REPORT) {
                return;
            }
        }
        List<String> codes = java.util.stream.Stream.concat(
                screen.assessment.reasons().stream().map(VolunteerOnlyReason::code).map(Enum::name),
                screen.offensive.reasons().stream().map(r -> "OFFENSIVE_" + r.code().name()))
                .distinct().collect(Collectors.toList());
        tx.moderationCases().insert(ModerationCase.flag(ModerationCaseId.of(engine.newId()), territoryId, subject,
                authorId, policy ? CaseOrigin.VOLUNTEER_POLICY : CaseOrigin.PRE_MODERATION,
                policy ? codes : List.of(), engine.now()));
    }
}
