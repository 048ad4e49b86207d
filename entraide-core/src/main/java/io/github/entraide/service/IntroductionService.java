package io.github.entraide.service;

import io.github.entraide.RuleRefusedException;
import io.github.entraide.VolunteerOnlyRefusedException;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.IntroductionEvent;
import io.github.entraide.event.RequestEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.ProposalExpiredNotice;
import io.github.entraide.notification.Recipient;
import io.github.entraide.policy.OffensiveContentAssessment;
import io.github.entraide.policy.VolunteerOnlyAssessment;
import io.github.entraide.spi.StorageTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases about introductions (mises en relation): propose, accept, decline, cancel, confirm
 * completion, read. Thread-safe.
 *
 * <p>Consent first by default: the helper receives the request without the beneficiary's contact
 * details and accepts or declines; contact details are exchanged by e-mail (and shown in
 * {@link IntroductionView#contact()}) only once accepted. A territory in
 * {@link IntroductionMode#DIRECT} mode exchanges them at once. An unanswered proposal expires
 * after the territory's delay ({@link MaintenanceService#expireProposals(Actor)}) and the request
 * is open again. The offer's load is reserved by a versioned update, so a helper's capacity is
 * never exceeded, even with concurrent proposals.
 */
public final class IntroductionService {
    private final Engine engine;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     */
    public IntroductionService(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Proposes an introduction between a request and an offer (or makes it at once in direct
     * mode). The territory's safeguarding policy is checked: the helper must meet the minimum age,
     * and for a request for a minor the minimum age for minors (an unknown year of birth does not)
     * and, when the territory requires it, be verified by a moderator. A member proposing for their
     * own request is limited to the territory's {@code introductionsPerDay}.
     *
     * @param actor the member who filed the request, a moderator of the territory (dispatcher) or the system
     * @param command the request and the offer
     * @return the introduction as the actor sees it
     * @throws io.github.entraide.RateLimitedException if the member reached the daily limit
     * @throws RuleRefusedException {@code helper-too-young}, {@code helper-too-young-for-minor},
     *     {@code helper-not-verified}, and the other rules
     */
    public IntroductionView propose(Actor actor, ProposeIntroduction command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "introductions.propose");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(command.requestId()));
            Access.require(Access.isMember(actor, territoryId, request.requesterId())
                    || Access.moderates(actor, territoryId) || Access.isSystem(actor), "introductions.propose");
            HelpOffer offer = engine.offer(tx, territoryId, OfferId.of(command.offerId()));
            if (actor instanceof Actor.Member) {
                int limit = territory.settings().rateLimits().introductionsPerDay();
                Instant since = engine.now().minus(java.time.Duration.ofDays(1));
                long proposed = tx.introductions().byMember(territoryId, request.requesterId()).stream()
                        .filter(i -> i.beneficiaryId().equals(request.requesterId())
                                && i.proposedAt().isAfter(since))
                        .count();
                if (proposed >= limit) {
                    throw new io.github.entraide.RateLimitedException("introductions.propose", limit);
                }
            }
            Introduction stored = introduce(tx, territory, request, offer);
            return view(tx, actor, stored);
        });
    }

    /**
     * Creates the introduction inside a transaction: checks the rules, reserves a place of the
     * offer's capacity, marks the request introduced, and queues the e-mails and events.
     */
    Introduction introduce(StorageTransaction tx, Territory territory, HelpRequest request, HelpOffer offer) {
        return introduce(tx, territory, request, offer, false);
    }

    /**
     * As {@link #introduce(StorageTransaction, Territory, HelpRequest, HelpOffer)}; with
     * {@code alongside}, the request may already be introduced to other helpers (the
     * notify-nearest mode proposes one request to several helpers, and the first to accept wins).
     */
    Introduction introduce(StorageTransaction tx, Territory territory, HelpRequest request, HelpOffer offer,
            boolean alongside) {
        boolean reopenable = request.status() == RequestStatus.OPEN
                || alongside && request.status() == RequestStatus.INTRODUCED;
        if (!reopenable) {
            throw new RuleRefusedException("request-not-open", request.status());
        }
        if (tx.introductions().byRequest(territory.id(), request.id()).stream()
                .anyMatch(i -> i.status().isActive() && i.offerId().equals(offer.id()))) {
            throw new RuleRefusedException("duplicate-introduction");
        }
        if (!offer.isPublished()) {
            throw new RuleRefusedException("offer-not-published");
        }
        if (!offer.categoryId().equals(request.categoryId())) {
            throw new RuleRefusedException("category-mismatch");
        }
        if (offer.helperId().equals(request.requesterId())) {
            throw new RuleRefusedException("own-request");
        }
        if (offer.remainingCapacity() <= 0) {
            throw new RuleRefusedException("capacity-reached");
        }
        TerritoryId territoryId = territory.id();
        HelpCategory category = engine.category(territory, request.categoryId());
        if (!category.isRemote() && offer.point().distanceKm(request.point()) > offer.radiusKm()) {
            throw new RuleRefusedException("outside-radius");
        }
        Member helper = engine.member(tx, territoryId, offer.helperId());
        Member beneficiary = engine.member(tx, territoryId, request.requesterId());
        MemberService.requireActive(helper);
        MemberService.requireActive(beneficiary);
        territory.settings().safeguarding().assessHelper(request.concernsMinor(), helper.yearOfBirth(),
                helper.verified(), engine.currentYear(territory)).reasonCode().ifPresent(code -> {
                    throw new RuleRefusedException(code);
                });
        if (!helper.hasConsented(ConsentPurpose.CONTACT_SHARING) || !beneficiary.hasConsented(ConsentPurpose.CONTACT_SHARING)) {
            throw new RuleRefusedException("consent-missing", ConsentPurpose.CONTACT_SHARING);
        }
        Instant now = engine.now();
        boolean direct = territory.settings().introductionMode() == IntroductionMode.DIRECT;
        tx.offers().update(offer.reserve(now));
        HelpRequest introduced = request.status() == RequestStatus.INTRODUCED ? request
                : tx.requests().update(request.withStatus(RequestStatus.INTRODUCED, now));
        Introduction intro = Introduction.propose(IntroductionId.of(engine.newId()), territoryId, request.id(),
                offer.id(), offer.helperId(), request.requesterId(), now,
                now.plus(territory.settings().proposalExpiry()), direct);
        Introduction stored = tx.introductions().insert(intro);
        if (introduced != request) {
            publishRequest(tx, "request.status-changed", introduced, now);
        }
        publish(tx, "introduction.proposed", stored, now);
        if (direct) {
            publish(tx, "introduction.accepted", stored, now);
            shareContacts(tx, territory, category, stored, request, helper, beneficiary);
        } else {
            engine.notify(tx, new IntroductionProposedNotice(territoryId, recipient(helper), stored.id(),
                    category.id(), category.name(helper.locale()), communeName(territory, request),
                    request.timing(), request.urgency(), request.freeText(), request.onBehalfOf().isPresent(),
                    request.concernsMinor(), stored.expiresAt()));
        }
        return stored;
    }

    /**
     * The helper accepts: both sides receive each other's contact details.
     *
     * @param actor the helper themself
     * @param command the introduction
     * @return the introduction as the helper sees it, with the beneficiary's contact details
     */
    public IntroductionView accept(Actor actor, IntroductionRef command) {
        return helperAnswer(actor, command, true);
    }

    /**
     * The helper declines: the place is freed and the request is open again.
     *
     * @param actor the helper themself
     * @param command the introduction
     * @return the introduction as the helper sees it
     */
    public IntroductionView decline(Actor actor, IntroductionRef command) {
        return helperAnswer(actor, command, false);
    }

    private IntroductionView helperAnswer(Actor actor, IntroductionRef command, boolean accept) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        String operation = accept ? "introductions.accept" : "introductions.decline";
        Access.requireSameTerritory(actor, territoryId, operation);
        return engine.tx(tx -> {
            Introduction intro = engine.introduction(tx, territoryId, IntroductionId.of(command.introductionId()));
            Access.require(Access.isMember(actor, territoryId, intro.helperId()), operation);
            if (intro.status() != IntroductionStatus.PROPOSED) {
                throw new RuleRefusedException("introduction-not-proposed", intro.status());
            }
            engine.touch(tx, territoryId, intro.helperId());
            Instant now = engine.now();
            Introduction stored;
            if (accept) {
                stored = tx.introductions().update(intro.accept(now));
                publish(tx, "introduction.accepted", stored, now);
                // Notify-nearest: the first helper to accept wins; the other proposals of the
                // request are cancelled in this same transaction. Two helpers accepting at once
                // both update the sibling rows, so one of them fails with a conflict.
                for (Introduction sibling : tx.introductions().byRequest(territoryId, intro.requestId())) {
                    if (!sibling.id().equals(intro.id()) && sibling.status() == IntroductionStatus.PROPOSED) {
                        close(tx, sibling.cancel(now), false, now);
                    }
                }
                Territory territory = engine.territory(tx, territoryId);
                HelpRequest request = engine.request(tx, territoryId, intro.requestId());
                shareContacts(tx, territory, engine.category(territory, request.categoryId()), stored, request,
                        engine.member(tx, territoryId, intro.helperId()),
                        engine.member(tx, territoryId, intro.beneficiaryId()));
            } else {
                stored = close(tx, intro.decline(now), false, now);
            }
            return view(tx, actor, stored);
        });
    }

    /**
     * Cancels an introduction in progress: the place is freed and the request is open again.
     *
     * @param actor either side, or a moderator of the territory
     * @param command the introduction
     * @return the introduction as the actor sees it
     */
    public IntroductionView cancel(Actor actor, IntroductionRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "introductions.cancel");
        return engine.tx(tx -> {
            Introduction intro = engine.introduction(tx, territoryId, IntroductionId.of(command.introductionId()));
            Access.require(isSide(actor, intro) || Access.moderates(actor, territoryId), "introductions.cancel");
            if (!intro.status().isActive()) {
                throw new RuleRefusedException("introduction-not-active", intro.status());
            }
            Instant now = engine.now();
            return view(tx, actor, close(tx, intro.cancel(now), false, now));
        });
    }

    /**
     * One side confirms that help was given. Once both have, the introduction is completed, the
     * request fulfilled and the helper's place freed; for a weekly request that both sides agree
     * to renew, next week's occurrence is created with the same helper, already accepted.
     *
     * <p>This side's optional feedback is screened like every free text: a clear payment is
     * refused and nothing changes; a doubtful or offensive text is kept and a moderation case is
     * opened about its author, with the reason codes and the text. The feedback is kept for the platform (the
     * author's data export, the territory's moderators) and never shown or sent to the other side;
     * it goes when its author is erased.
     *
     * @param actor either side
     * @param command the introduction, whether this side renews, and its feedback
     * @return the introduction as the actor sees it
     * @throws io.github.entraide.VolunteerOnlyRefusedException if the feedback asks for or offers payment
     * @throws RuleRefusedException {@code introduction-not-accepted}
     */
    public IntroductionView confirmCompletion(Actor actor, ConfirmCompletion command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "introductions.confirmCompletion");
        return engine.tx(tx -> {
            Introduction intro = engine.introduction(tx, territoryId, IntroductionId.of(command.introductionId()));
            Access.require(isSide(actor, intro), "introductions.confirmCompletion");
            if (intro.status() != IntroductionStatus.ACCEPTED) {
                throw new RuleRefusedException("introduction-not-accepted", intro.status());
            }
            boolean byHelper = Access.isMember(actor, territoryId, intro.helperId());
            MemberId author = ((Actor.Member) actor).memberId();
            Optional<String> feedback = Optional.of(command.feedback().strip()).filter(f -> !f.isEmpty());
            if (feedback.isPresent()) {
                screenFeedback(tx, engine.territory(tx, territoryId), author, feedback.get());
            }
            engine.touch(tx, territoryId, author);
            Instant now = engine.now();
            Introduction confirmed = intro.confirm(byHelper, command.renew(), feedback, now);
            if (confirmed.status() != IntroductionStatus.COMPLETED) {
                Introduction stored = tx.introductions().update(confirmed);
                publish(tx, "introduction.confirmed", stored, now);
                return view(tx, actor, stored);
            }
            Introduction completed = close(tx, confirmed, true, now);
            renewIfAgreed(tx, completed, now);
            return view(tx, actor, completed);
        });
    }

    /**
     * The volunteer-only and offensive-content policies on a feedback: a clear payment is refused;
     * a doubt or a finding opens a case about the author with the text (the feedback is no offer or
     * request a moderator could hold).
     */
    private void screenFeedback(StorageTransaction tx, Territory territory, MemberId author, String text) {
        VolunteerOnlyAssessment payment = engine.volunteerPolicy(territory).assess(text);
        if (payment.isRejected()) {
            throw new VolunteerOnlyRefusedException(payment);
        }
        OffensiveContentAssessment offensive = engine.offensivePolicy(territory).assess(text);
        if (!payment.requiresReview() && !offensive.requiresReview()) {
            return;
        }
        List<String> codes = java.util.stream.Stream.concat(
                payment.reasons().stream().map(r -> r.code().name()),
                offensive.reasons().stream().map(r -> "OFFENSIVE_" + r.code().name()))
                .distinct().collect(Collectors.toList());
        tx.moderationCases().insert(ModerationCase.flagText(ModerationCaseId.of(engine.newId()), territory.id(),
                author, codes, text, engine.now()));
    }

    private void renewIfAgreed(StorageTransaction tx, Introduction completed, Instant now) {
        HelpRequest request = engine.request(tx, completed.territoryId(), completed.requestId());
        if (request.recurrence().isEmpty() || !completed.helperRenews() || !completed.beneficiaryRenews()) {
            return;
        }
        Territory territory = engine.territory(tx, completed.territoryId());
        HelpOffer offer = engine.offer(tx, completed.territoryId(), completed.offerId());
        if (!offer.isPublished() || offer.remainingCapacity() <= 0) {
            return;
        }
        RequestId nextId = RequestId.of(engine.newId());
        io.github.entraide.domain.Timing timing = request.timing().plusWeeks(1);
        HelpRequest next = tx.requests().insert(HelpRequest.file(nextId, request.territoryId(),
                request.requesterId(), request.onBehalfOf(), request.categoryId(), request.freeText(),
                request.location(), request.point(), timing, request.urgency(), request.languages(),
                request.recurrence().map(r -> r.next()), RequestStatus.INTRODUCED, now,
                RequestService.expiry(territory, timing, now)));
        tx.offers().update(offer.reserve(now));
        Introduction renewed = tx.introductions().insert(Introduction.propose(IntroductionId.of(engine.newId()),
                completed.territoryId(), nextId, offer.id(), offer.helperId(), request.requesterId(), now,
                now.plus(territory.settings().proposalExpiry()), true));
        publishRequest(tx, "request.filed", next, now);
        publish(tx, "introduction.accepted", renewed, now);
    }

    /**
     * Reads an introduction.
     *
     * @param actor either side, or a moderator of the territory
     * @param command the introduction
     * @return the introduction as the actor sees it
     */
    public IntroductionView view(Actor actor, IntroductionRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "introductions.view");
        return engine.tx(tx -> {
            Introduction intro = engine.introduction(tx, territoryId, IntroductionId.of(command.introductionId()));
            Access.require(isSide(actor, intro) || Access.moderates(actor, territoryId), "introductions.view");
            engine.auditRead(tx, territoryId, actor,
                    io.github.entraide.domain.ModerationSubject.request(intro.requestId()), intro.beneficiaryId());
            return view(tx, actor, intro);
        });
    }

    /**
     * The introductions the actor is a side of.
     *
     * @param actor a member
     * @return their introductions as they see them, ordered by id
     */
    public List<IntroductionView> mine(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Access.require(actor instanceof Actor.Member, "introductions.mine");
        Actor.Member m = (Actor.Member) actor;
        return engine.tx(tx -> tx.introductions().byMember(m.territoryId(), m.memberId()).stream()
                .map(i -> view(tx, actor, i)).collect(Collectors.toList()));
    }

    /**
     * Stores an introduction that just left the active statuses (declined, expired, cancelled,
     * completed): frees the helper's place and reopens the request unless it is over.
     */
    Introduction close(StorageTransaction tx, Introduction closed, boolean helped, Instant now) {
        Introduction stored = tx.introductions().update(closed);
        TerritoryId territoryId = closed.territoryId();
        HelpOffer offer = engine.offer(tx, territoryId, closed.offerId());
        tx.offers().update(offer.release(now, helped));
        HelpRequest request = engine.request(tx, territoryId, closed.requestId());
        if (!request.status().isFinal()) {
            boolean othersActive = tx.introductions().byRequest(territoryId, closed.requestId()).stream()
                    .anyMatch(i -> !i.id().equals(closed.id()) && i.status().isActive());
            RequestStatus next = helped ? RequestStatus.FULFILLED
                    : request.status() == RequestStatus.INTRODUCED && !othersActive ? RequestStatus.OPEN
                    : request.status();
            if (next != request.status()) {
                HelpRequest updated = tx.requests().update(request.withStatus(next, now));
                publishRequest(tx, "request.status-changed", updated, now);
            }
        }
        publish(tx, "introduction." + closed.status().name().toLowerCase(java.util.Locale.ROOT), stored, now);
        return stored;
    }

    /**
     * Expires an unanswered proposal inside a transaction, and tells both sides.
     */
    void expire(StorageTransaction tx, Introduction intro, Instant now) {
        Introduction stored = close(tx, intro.expire(now), false, now);
        Territory territory = engine.territory(tx, stored.territoryId());
        HelpRequest request = engine.request(tx, stored.territoryId(), stored.requestId());
        HelpCategory category = engine.category(territory, request.categoryId());
        for (Member m : List.of(engine.member(tx, stored.territoryId(), stored.helperId()),
                engine.member(tx, stored.territoryId(), stored.beneficiaryId()))) {
            if (m.isActive()) {
                MemberRole role = m.id().equals(stored.helperId()) ? MemberRole.HELPER : MemberRole.BENEFICIARY;
                engine.notify(tx, new ProposalExpiredNotice(stored.territoryId(), recipient(m), stored.id(), role,
                        category.name(m.locale())));
            }
        }
    }

    private void shareContacts(StorageTransaction tx, Territory territory, HelpCategory category, Introduction intro,
            HelpRequest request, Member helper, Member beneficiary) {
        boolean inPerson = !category.isRemote();
        Optional<String> onBehalf = request.onBehalfOf().map(OnBehalfOf::firstName);
        engine.notify(tx, new ContactsSharedNotice(territory.id(), recipient(helper), intro.id(), category.id(),
                category.name(helper.locale()), inPerson, request.concernsMinor(), MemberRole.BENEFICIARY,
                beneficiary.displayName(), beneficiary.contact().email(), beneficiary.contact().phone(), onBehalf));
        engine.notify(tx, new ContactsSharedNotice(territory.id(), recipient(beneficiary), intro.id(), category.id(),
                category.name(beneficiary.locale()), inPerson, request.concernsMinor(), MemberRole.HELPER,
                helper.displayName(), helper.contact().email(), helper.contact().phone(), Optional.empty()));
    }

    /** The view of an introduction for an actor, inside a transaction (for the matching use cases). */
    IntroductionView viewOf(StorageTransaction tx, Actor actor, Introduction intro) {
        return view(tx, actor, intro);
    }

    private IntroductionView view(StorageTransaction tx, Actor actor, Introduction intro) {
        TerritoryId territoryId = intro.territoryId();
        Territory territory = engine.territory(tx, territoryId);
        HelpRequest request = engine.request(tx, territoryId, intro.requestId());
        Optional<MemberRole> role = Access.isMember(actor, territoryId, intro.helperId()) ? Optional.of(MemberRole.HELPER)
                : Access.isMember(actor, territoryId, intro.beneficiaryId()) ? Optional.of(MemberRole.BENEFICIARY)
                : Optional.empty();
        String counterpartName = "";
        Optional<ContactCard> contact = Optional.empty();
        if (role.isPresent()) {
            Member counterpart = engine.member(tx, territoryId,
                    role.get() == MemberRole.HELPER ? intro.beneficiaryId() : intro.helperId());
            counterpartName = counterpart.displayName();
            if (intro.status().disclosesContacts() && counterpart.status() != io.github.entraide.domain.MemberStatus.ERASED) {
                contact = Optional.of(new ContactCard(counterpart.displayName(), counterpart.contact().email(),
                        counterpart.contact().phone(), role.get() == MemberRole.HELPER
                                ? request.onBehalfOf().map(OnBehalfOf::firstName) : Optional.empty()));
            }
        }
        return new IntroductionView(intro.id(), territoryId, intro.requestId(), intro.offerId(),
                request.categoryId(), intro.status(), role, counterpartName, communeName(territory, request),
                request.freeText(), intro.proposedAt(), intro.expiresAt(), contact);
    }

    private static boolean isSide(Actor actor, Introduction intro) {
        return Access.isMember(actor, intro.territoryId(), intro.helperId())
                || Access.isMember(actor, intro.territoryId(), intro.beneficiaryId());
    }

    private static String communeName(Territory territory, HelpRequest request) {
        return territory.commune(request.location().inseeCode()).map(c -> c.name()).orElse(request.location().inseeCode());
    }

    static Recipient recipient(Member m) {
        return new Recipient(m.displayName(), m.contact().email(), m.locale());
    }

    private void publish(StorageTransaction tx, String type, Introduction i, Instant now) {
        engine.publish(tx, new IntroductionEvent(type, i.territoryId(), i.id(), i.requestId(), i.offerId(),
                i.helperId(), i.beneficiaryId(), i.status(), now));
    }

    private void publishRequest(StorageTransaction tx, String type, HelpRequest r, Instant now) {
        engine.publish(tx, new RequestEvent(type, r.territoryId(), r.id(), r.requesterId(), r.categoryId(),
                r.status(), now));
    }
}
