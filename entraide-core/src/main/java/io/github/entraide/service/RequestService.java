package io.github.entraide.service;

import io.github.entraide.ConflictException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.Recurrence;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.RequestEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.spi.StorageTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases about help requests: file (for oneself or on someone's behalf), edit, cancel, read. A
 * beneficiary acts on their own requests; moderators of the territory may read and cancel them.
 * Thread-safe.
 */
public final class RequestService {
    private final Engine engine;
    private final IntroductionService introductions;
    private final ModerationService moderation;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions the introduction use cases, to close introductions of a cancelled request
     */
    public RequestService(Engine engine, IntroductionService introductions) {
        this(engine, introductions, new ModerationService(engine, introductions));
    }

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions the introduction use cases, to close introductions of a cancelled request
     * @param moderation the moderation use cases, to screen free texts and open cases
     */
    public RequestService(Engine engine, IntroductionService introductions, ModerationService moderation) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.moderation = Objects.requireNonNull(moderation, "moderation");
    }

    /**
     * Files a request. In order: the territory's safeguarding policy (help to a minor is requested
     * by a parent or guardian, in a remote category that may involve a minor), the daily rate limit
     * ({@code requestsPerDay}), then the volunteer-only policy on the free text: a clear payment is
     * refused and nothing is stored; a doubtful text is stored {@link RequestStatus#PENDING_REVIEW}
     * with a moderation case, as is every request of a pre-moderated territory; otherwise the
     * request is open. A pending request is not matched until a moderator approves it.
     *
     * @param actor the beneficiary or proxy themself
     * @param command the request
     * @return the stored request (open or pending review)
     * @throws io.github.entraide.VolunteerOnlyRefusedException if the text asks for or offers payment
     * @throws io.github.entraide.RateLimitedException if the member filed as many requests in the
     *     last 24 hours as the territory allows
     * @throws RuleRefusedException {@code minor-needs-guardian}, {@code minor-needs-remote}, and the
     *     other rules
     */
    public HelpRequest file(Actor actor, FileRequest command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId requesterId = MemberId.of(command.requesterId());
        Access.require(Access.isMember(actor, territoryId, requesterId), "requests.file");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            Member requester = engine.member(tx, territoryId, requesterId);
            MemberService.requireActive(requester);
            if (!requester.hasRole(MemberRole.BENEFICIARY)) {
                throw new RuleRefusedException("role-missing", MemberRole.BENEFICIARY);
            }
            CategoryId categoryId = CategoryId.of(command.categoryId());
            HelpCategory category = engine.category(territory, categoryId);
            boolean forMinor = command.onBehalfOf().map(o -> o.minor()).orElse(false);
            boolean byGuardian = command.onBehalfOf()
                    .map(o -> o.relationship() == ProxyRelationship.PARENT_OR_GUARDIAN).orElse(false);
            territory.settings().safeguarding().assessRequest(forMinor, byGuardian, category.isRemote(),
                    category.mayInvolveMinor()).reasonCode().ifPresent(code -> {
                        throw new RuleRefusedException(code);
                    });
            Instant since = engine.now().minus(java.time.Duration.ofDays(1));
            int limit = territory.settings().rateLimits().requestsPerDay();
            long filed = tx.requests().byRequester(territoryId, requesterId).stream()
                    .filter(r -> r.createdAt().isAfter(since)).count();
            if (filed >= limit) {
                throw new io.github.entraide.RateLimitedException("requests.file", limit);
            }
            String text = command.freeText().strip();
            ModerationService.Screen screen = moderation.screen(territory, categoryId, text);
            CoarseLocation location = MemberService.location(territory, command.inseeCode(), command.point());
            Set<String> languages = command.languages().isEmpty()
                    ? Set.of(requester.locale().getLanguage()) : command.languages();
            Instant now = engine.now();
            RequestId id = RequestId.of(engine.newId());
            Optional<Recurrence> recurrence = command.weekly() ? Optional.of(new Recurrence(id, 1)) : Optional.empty();
            HelpRequest request = HelpRequest.file(id, territoryId, requesterId,
                    command.onBehalfOf().map(o -> new io.github.entraide.domain.OnBehalfOf(o.firstName().strip(),
                            o.relationship(), o.minor())),
                    categoryId, text, location, location.resolve(territory), command.timing(),
                    command.urgency(), languages, recurrence,
                    screen.screening.holds() ? RequestStatus.PENDING_REVIEW : RequestStatus.OPEN, now,
                    expiry(territory, command.timing(), now));
            HelpRequest stored = tx.requests().insert(request);
            moderation.openCase(tx, screen, territoryId, ModerationSubject.request(stored.id()), requesterId);
            engine.touch(tx, territoryId, requesterId);
            publish(tx, "request.filed", stored, now);
            return stored;
        });
    }

    /**
     * Rewrites the free text of a request that waits for a helper (open or pending review). The new
     * text is assessed like a new request's: a clear payment is refused and nothing changes; a
     * doubtful text (or any edit in a pre-moderated territory) puts the request back to
     * {@link RequestStatus#PENDING_REVIEW} with a moderation case. A request already introduced
     * cannot be edited: the helper answered the text they were shown.
     *
     * @param actor the member who filed it
     * @param command the request and its new text
     * @return the stored request
     * @throws io.github.entraide.VolunteerOnlyRefusedException if the text asks for or offers payment
     * @throws RuleRefusedException {@code request-not-open} if the request is not waiting
     */
    public HelpRequest edit(Actor actor, io.github.entraide.command.EditRequest command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "requests.edit");
        return engine.tx(tx -> {
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(command.requestId()));
            Access.require(Access.isMember(actor, territoryId, request.requesterId()), "requests.edit");
            if (request.status() != RequestStatus.OPEN && request.status() != RequestStatus.PENDING_REVIEW) {
                throw new RuleRefusedException("request-not-open", request.status());
            }
            Territory territory = engine.territory(tx, territoryId);
            String text = command.freeText().strip();
            ModerationService.Screen screen = moderation.screen(territory, request.categoryId(), text);
            Instant now = engine.now();
            HelpRequest changed = request.withFreeText(text, now);
            if (screen.screening.holds() && changed.status() != RequestStatus.PENDING_REVIEW) {
                changed = changed.withStatus(RequestStatus.PENDING_REVIEW, now);
            }
            HelpRequest stored = tx.requests().update(changed);
            moderation.openCase(tx, screen, territoryId, ModerationSubject.request(stored.id()),
                    stored.requesterId());
            publish(tx, "request.updated", stored, now);
            return stored;
        });
    }

    /**
     * Cancels a request; an introduction in progress is cancelled too.
     *
     * @param actor the member who filed it, or a moderator of the territory
     * @param command the request
     * @return the cancelled request
     */
    public HelpRequest cancel(Actor actor, RequestRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "requests.cancel");
        return engine.tx(tx -> {
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(command.requestId()));
            Access.require(Access.isMember(actor, territoryId, request.requesterId())
                    || Access.moderates(actor, territoryId), "requests.cancel");
            if (request.status().isFinal()) {
                throw new RuleRefusedException("request-final");
            }
            Instant now = engine.now();
            for (Introduction intro : tx.introductions().byRequest(territoryId, request.id())) {
                if (intro.status().isActive()) {
                    introductions.close(tx, intro.cancel(now), false, now);
                }
            }
            // Read again for the version the closings left; at READ COMMITTED this may also show a
            // concurrent transaction's commit, such as another cancellation: that one won.
            HelpRequest current = engine.request(tx, territoryId, request.id());
            if (current.status().isFinal()) {
                throw new ConflictException("request", request.id());
            }
            HelpRequest stored = tx.requests().update(current.withStatus(RequestStatus.CANCELLED, now));
            publish(tx, "request.status-changed", stored, now);
            return stored;
        });
    }

    /**
     * Reads a request. A moderator's or administrator's read is audited.
     *
     * @param actor the member who filed it, or a moderator of the territory
     * @param command the request
     * @return the request
     */
    public HelpRequest find(Actor actor, RequestRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "requests.find");
        return engine.tx(tx -> {
            HelpRequest request = engine.request(tx, territoryId, RequestId.of(command.requestId()));
            Access.require(Access.isMember(actor, territoryId, request.requesterId())
                    || Access.moderates(actor, territoryId), "requests.find");
            engine.auditRead(tx, territoryId, actor, ModerationSubject.request(request.id()), request.requesterId());
            return request;
        });
    }

    /**
     * The actor's own requests.
     *
     * @param actor a member
     * @return their requests, ordered by id
     */
    public List<HelpRequest> mine(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Access.require(actor instanceof Actor.Member, "requests.mine");
        Actor.Member m = (Actor.Member) actor;
        return engine.tx(tx -> tx.requests().byRequester(m.territoryId(), m.memberId()));
    }

    static Instant expiry(Territory territory, io.github.entraide.domain.Timing timing, Instant now) {
        Instant byDelay = now.plus(territory.settings().requestExpiry());
        return timing.end().filter(end -> end.isBefore(byDelay) && end.isAfter(now)).orElse(byDelay);
    }

    void publish(StorageTransaction tx, String type, HelpRequest request, Instant now) {
        engine.publish(tx, new RequestEvent(type, request.territoryId(), request.id(), request.requesterId(),
                request.categoryId(), request.status(), now));
    }
}
