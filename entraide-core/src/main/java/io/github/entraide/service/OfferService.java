package io.github.entraide.service;

import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.UpdateOffer;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.OfferEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.spi.StorageTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Use cases about help offers: publish, edit, pause, resume, withdraw, read. A helper acts on
 * their own offers; moderators of the territory may read them. Thread-safe.
 */
public final class OfferService {
    private final Engine engine;
    private final ModerationService moderation;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     */
    public OfferService(Engine engine) {
        this(engine, new ModerationService(engine, new IntroductionService(engine)));
    }

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param moderation the moderation use cases, to screen free texts and open cases
     */
    public OfferService(Engine engine, ModerationService moderation) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.moderation = Objects.requireNonNull(moderation, "moderation");
    }

    /**
     * A helper publishes an offer. Its free text is assessed by the territory's volunteer-only policy:
     * a clear payment is refused and nothing is stored; a doubtful text is stored
     * {@link OfferStatus#PENDING_REVIEW} with a moderation case, as is every offer of a pre-moderated
     * territory; otherwise the offer is published. The territory's safeguarding policy applies:
     * a helper below the minimum age is refused, and in a category that may involve a minor an
     * unverified helper is refused when the territory requires verified helpers for minors.
     *
     * @param actor the helper themself
     * @param command the offer
     * @return the stored offer (published or pending review)
     * @throws io.github.entraide.VolunteerOnlyRefusedException if the text asks for or offers payment
     * @throws RuleRefusedException {@code helper-too-young}, {@code helper-not-verified}, and the
     *     other rules
     */
    public HelpOffer publish(Actor actor, PublishOffer command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId helperId = MemberId.of(command.helperId());
        Access.require(Access.isMember(actor, territoryId, helperId), "offers.publish");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            Member helper = engine.member(tx, territoryId, helperId);
            MemberService.requireActive(helper);
            if (!helper.hasRole(MemberRole.HELPER)) {
                throw new RuleRefusedException("role-missing", MemberRole.HELPER);
            }
            CategoryId categoryId = CategoryId.of(command.categoryId());
            HelpCategory category = engine.category(territory, categoryId);
            territory.settings().safeguarding().assessOffer(category.mayInvolveMinor(), helper.yearOfBirth(),
                    helper.verified(), engine.currentYear(territory)).reasonCode().ifPresent(code -> {
                        throw new RuleRefusedException(code);
                    });
            String text = command.freeText().strip();
            ModerationService.Screen screen = moderation.screen(territory, categoryId, text);
            Instant now = engine.now();
            HelpOffer offer = HelpOffer.create(OfferId.of(engine.newId()), territoryId, helperId, categoryId,
                    helper.location(), helper.location().resolve(territory), command.radiusKm(),
                    command.availability(), command.languages(), command.capacity(), text,
                    screen.screening.holds() ? OfferStatus.PENDING_REVIEW : OfferStatus.PUBLISHED, now);
            HelpOffer stored = tx.offers().insert(offer);
            moderation.openCase(tx, screen, territoryId, ModerationSubject.offer(stored.id()), helperId);
            engine.touch(tx, territoryId, helperId);
            publish(tx, "offer.published", stored, now);
            return stored;
        });
    }

    /**
     * A helper edits their offer. The new text is assessed like a new offer's: a clear payment is
     * refused and nothing changes; a doubtful text (or any edit in a pre-moderated territory) puts the
     * offer back to {@link OfferStatus#PENDING_REVIEW} with a moderation case, until a moderator
     * approves it (a paused offer then comes back published). An offer already pending stays pending
     * until a moderator decides.
     *
     * @param actor the helper themself
     * @param command the new terms
     * @return the stored offer
     * @throws io.github.entraide.VolunteerOnlyRefusedException if the text asks for or offers payment
     */
    public HelpOffer update(Actor actor, UpdateOffer command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        return engine.tx(tx -> {
            HelpOffer offer = owned(tx, actor, territoryId, OfferId.of(command.offerId()), "offers.update");
            if (offer.status().isFinal()) {
                throw new RuleRefusedException("offer-final");
            }
            if (command.capacity() < offer.load()) {
                throw new RuleRefusedException("capacity-below-load", offer.load());
            }
            Territory territory = engine.territory(tx, territoryId);
            String text = command.freeText().strip();
            ModerationService.Screen screen = moderation.screen(territory, offer.categoryId(), text);
            Instant now = engine.now();
            OfferStatus status = screen.screening.holds() ? OfferStatus.PENDING_REVIEW : offer.status();
            HelpOffer stored = tx.offers().update(offer.edited(command.radiusKm(), command.availability(),
                    command.languages(), command.capacity(), text, status, now));
            moderation.openCase(tx, screen, territoryId, ModerationSubject.offer(stored.id()), stored.helperId());
            publish(tx, "offer.updated", stored, now);
            return stored;
        });
    }

    /**
     * A helper pauses their offer: it is no longer matched, introductions in progress go on.
     *
     * @param actor the helper themself
     * @param command the offer
     * @return the stored offer
     */
    public HelpOffer pause(Actor actor, OfferRef command) {
        return changeStatus(actor, command, OfferStatus.PUBLISHED, OfferStatus.SUSPENDED, "offers.pause");
    }

    /**
     * A helper resumes a paused offer.
     *
     * @param actor the helper themself
     * @param command the offer
     * @return the stored offer
     */
    public HelpOffer resume(Actor actor, OfferRef command) {
        return changeStatus(actor, command, OfferStatus.SUSPENDED, OfferStatus.PUBLISHED, "offers.resume");
    }

    /**
     * A helper withdraws their offer for good; introductions in progress go on.
     *
     * @param actor the helper themself
     * @param command the offer
     * @return the stored offer
     */
    public HelpOffer withdraw(Actor actor, OfferRef command) {
        return changeStatus(actor, command, null, OfferStatus.WITHDRAWN, "offers.withdraw");
    }

    /**
     * Reads an offer. A moderator's or administrator's read is audited.
     *
     * @param actor its helper, or a moderator of the territory
     * @param command the offer
     * @return the offer
     */
    public HelpOffer find(Actor actor, OfferRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.requireSameTerritory(actor, territoryId, "offers.find");
        return engine.tx(tx -> {
            HelpOffer offer = engine.offer(tx, territoryId, OfferId.of(command.offerId()));
            Access.require(Access.isMember(actor, territoryId, offer.helperId()) || Access.moderates(actor, territoryId),
                    "offers.find");
            engine.auditRead(tx, territoryId, actor, ModerationSubject.offer(offer.id()), offer.helperId());
            return offer;
        });
    }

    /**
     * The actor's own offers.
     *
     * @param actor a member
     * @return their offers, ordered by id
     */
    public List<HelpOffer> mine(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Access.require(actor instanceof Actor.Member, "offers.mine");
        Actor.Member m = (Actor.Member) actor;
        return engine.tx(tx -> tx.offers().byHelper(m.territoryId(), m.memberId()));
    }

    private HelpOffer changeStatus(Actor actor, OfferRef command, OfferStatus from, OfferStatus to, String operation) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        return engine.tx(tx -> {
            HelpOffer offer = owned(tx, actor, territoryId, OfferId.of(command.offerId()), operation);
            if (offer.status().isFinal()) {
                throw new RuleRefusedException("offer-final");
            }
            if (from != null && offer.status() != from) {
                throw new RuleRefusedException("offer-not-published");
            }
            Instant now = engine.now();
            HelpOffer stored = tx.offers().update(offer.withStatus(to, now));
            publish(tx, "offer.status-changed", stored, now);
            return stored;
        });
    }

    private HelpOffer owned(StorageTransaction tx, Actor actor, TerritoryId territoryId, OfferId id,
            String operation) {
        Access.requireSameTerritory(actor, territoryId, operation);
        HelpOffer offer = engine.offer(tx, territoryId, id);
        Access.require(Access.isMember(actor, territoryId, offer.helperId()), operation);
        return offer;
    }

    private void publish(StorageTransaction tx, String type, HelpOffer offer, Instant now) {
        engine.publish(tx, new OfferEvent(type, offer.territoryId(), offer.id(), offer.helperId(), offer.categoryId(),
                offer.status(), now));
    }
}
