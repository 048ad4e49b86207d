package io.github.entraide.service;

import io.github.entraide.command.MemberRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.MemberEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.Recipient;
import io.github.entraide.privacy.MemberExport;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.StorageTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal data rights: export (access, portability) and erasure (right to be forgotten), both
 * self-service. Every export and erasure is written to the audit trail.
 *
 * <h2>What erasure does, in one transaction</h2>
 * <ul>
 *   <li>The member's profile is anonymised ({@link Member#erased(Instant)}): name {@code —}, e-mail
 *       {@code erased-<id>@invalid}, no phone, no year of birth, no consents, location reduced to the
 *       commune; status {@code ERASED}. Roles, commune and dates are kept so that statistics keep
 *       their counts.</li>
 *   <li>Introductions in progress are cancelled; the other side keeps the record but sees an erased
 *       member (name {@code —}, no contact card).</li>
 *   <li>Their offers are withdrawn and their requests cancelled; the free texts are emptied and the
 *       first name of a person helped on their behalf becomes {@code —} (relationship and "minor" are
 *       kept for statistics).</li>
 *   <li>The comments of reports they sent or that concern them are cleared, and so is the feedback
 *       they left on completed introductions.</li>
 *   <li>Every notification in the outbox, pending or sent, that mentions them (their e-mail or phone,
 *       their ids, the ids of their offers, requests and introductions, or their name or a free text
 *       of four characters or more) is deleted: a pending message to the other side of an
 *       introduction is therefore not sent.</li>
 *   <li>Their crisis-appeal opt-out token is deleted: the link of an old appeal e-mail then leads
 *       nowhere (not found).</li>
 *   <li>An {@link ErasureConfirmedNotice} is queued to the old address (and name {@code —}). It is the
 *       one place their e-mail remains; {@link MaintenanceService#purgeExpired(Actor)} deletes it once
 *       the relay marked it sent.</li>
 *   <li>The audit trail keeps ids and codes only, never personal fields, and is not changed.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class PrivacyService {
    /** Shortest name or text looked for, as such, in outbox payloads (shorter ones match too much). */
    static final int MIN_SEARCHED_TEXT = 4;
    private static final String ERASED_NAME = "—";

    private final Engine engine;
    private final IntroductionService introductions;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     * @param introductions to cancel introductions in progress on erasure
     */
    public PrivacyService(Engine engine, IntroductionService introductions) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
    }

    /**
     * Exports everything about a member. Audited ({@code privacy.export}) whoever asks.
     *
     * @param actor the member themself, a moderator of the territory or an administrator
     * @param command the member
     * @return the export; {@link MemberExport#toJson()} gives the documented JSON
     */
    public MemberExport export(Actor actor, MemberRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId memberId = MemberId.of(command.memberId());
        Access.require(Access.isMember(actor, territoryId, memberId) || Access.moderates(actor, territoryId),
                "privacy.export");
        return engine.tx(tx -> {
            Member m = engine.member(tx, territoryId, memberId);
            engine.audit(tx, territoryId, actor, "privacy.export", ModerationSubject.member(memberId),
                    Optional.of(memberId), Optional.empty());
            return export(tx, m);
        });
    }

    private MemberExport export(StorageTransaction tx, Member m) {
        TerritoryId t = m.territoryId();
        MemberExport.Profile profile = new MemberExport.Profile(m.id().value(), m.displayName(), m.contact().email(),
                m.contact().phone(), m.locale().getLanguage(), m.location().inseeCode(),
                m.roles().stream().map(Enum::name).sorted().collect(Collectors.toList()), m.yearOfBirth(),
                m.verified(), m.status().name(), m.registeredAt(), m.lastActiveAt(),
                m.consents().stream().map(c -> new MemberExport.Consent(c.purpose().name(), c.textVersion(),
                        c.granted(), c.recordedAt())).collect(Collectors.toList()));
        List<MemberExport.Offer> offers = tx.offers().byHelper(t, m.id()).stream()
                .map(o -> new MemberExport.Offer(o.id().value(), o.categoryId().value(), o.radiusKm(),
                        o.languages().stream().sorted().collect(Collectors.toList()), o.capacity(), o.freeText(),
                        o.status().name(), o.createdAt(), o.updatedAt()))
                .collect(Collectors.toList());
        List<MemberExport.Request> requests = tx.requests().byRequester(t, m.id()).stream()
                .map(r -> new MemberExport.Request(r.id().value(), r.categoryId().value(), r.freeText(),
                        r.onBehalfOf().map(OnBehalfOf::firstName), r.onBehalfOf().map(o -> o.relationship().name()),
                        r.concernsMinor(), r.location().inseeCode(), r.urgency().name(), r.status().name(),
                        r.createdAt(), r.updatedAt()))
                .collect(Collectors.toList());
        List<MemberExport.Introduction> intros = tx.introductions().byMember(t, m.id()).stream()
                .map(i -> new MemberExport.Introduction(i.id().value(), i.requestId().value(), i.offerId().value(),
                        i.helperId().equals(m.id()) ? "HELPER" : "BENEFICIARY", i.status().name(), i.proposedAt(),
                        i.answeredAt(), i.closedAt(), i.feedbackOf(m.id())))
                .collect(Collectors.toList());
        List<MemberExport.ModerationCase> cases = tx.moderationCases().involving(t, m.id()).stream()
                .map(c -> new MemberExport.ModerationCase(c.id().value(),
                        c.concernedMemberId().equals(m.id()) ? "CONCERNED" : "REPORTER", c.subject().kind().name(),
                        c.subject().id(), c.origin().name(), c.reasonCodes(), c.status().name(), c.openedAt(),
                        c.decision().map(d -> d.action().name()), c.decision().map(d -> d.reasonCode()),
                        c.decision().map(d -> d.decidedAt())))
                .collect(Collectors.toList());
        return new MemberExport(MemberExport.FORMAT_VERSION, t.value(), engine.now(), profile, offers, requests,
                intros, cases);
    }

    /**
     * Erases a member (see the class comment for exactly what changes). Idempotent: erasing an
     * erased member does nothing more.
     *
     * @param actor the member themself, or an administrator
     * @param command the member
     * @return the erased member's view
     */
    public MemberView erase(Actor actor, MemberRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId memberId = MemberId.of(command.memberId());
        Access.require(Access.isMember(actor, territoryId, memberId) || actor instanceof Actor.Administrator,
                "privacy.erase");
        return engine.tx(tx -> MemberView.of(erase(tx, actor, territoryId, memberId, "self-service")));
    }

    Member erase(StorageTransaction tx, Actor actor, TerritoryId territoryId, MemberId memberId, String reason) {
        Member member = engine.member(tx, territoryId, memberId);
        if (member.status() == MemberStatus.ERASED) {
            return member;
        }
        Instant now = engine.now();
        Set<String> idNeedles = new LinkedHashSet<>();
        Set<String> textNeedles = new LinkedHashSet<>();
        idNeedles.add(Json.write(member.contact().email()));
        member.contact().phone().ifPresent(p -> idNeedles.add(Json.write(p)));
        idNeedles.add(Json.write(member.id()));
        textNeedles.add(member.displayName());

        for (Introduction intro : tx.introductions().byMember(territoryId, memberId)) {
            idNeedles.add(Json.write(intro.id()));
            if (intro.status().isActive()) {
                introductions.close(tx, engine.introduction(tx, territoryId, intro.id()).cancel(now), false, now);
            }
        }
        for (Introduction intro : tx.introductions().byMember(territoryId, memberId)) {
            Optional<String> feedback = intro.feedbackOf(memberId);
            if (feedback.isPresent()) {
                textNeedles.add(feedback.get());
                tx.introductions().update(intro.withoutFeedbackOf(memberId));
            }
        }
        for (HelpOffer offer : tx.offers().byHelper(territoryId, memberId)) {
            idNeedles.add(Json.write(offer.id()));
            textNeedles.add(offer.freeText());
            HelpOffer changed = offer.status().isFinal() ? offer : offer.withStatus(OfferStatus.WITHDRAWN, now);
            tx.offers().update(changed.withFreeText("", now));
        }
        for (HelpRequest request : tx.requests().byRequester(territoryId, memberId)) {
            idNeedles.add(Json.write(request.id()));
            textNeedles.add(request.freeText());
            request.onBehalfOf().ifPresent(o -> textNeedles.add(o.firstName()));
            HelpRequest changed = request.status().isFinal() ? request
                    : request.withStatus(RequestStatus.CANCELLED, now);
            tx.requests().update(anonymised(changed, now));
        }
        for (ModerationCase c : tx.moderationCases().involving(territoryId, memberId)) {
            if (!c.comment().isEmpty()) {
                textNeedles.add(c.comment());
                tx.moderationCases().update(c.withoutComment());
            }
        }
        deleteNotificationsMentioning(tx, territoryId, idNeedles, textNeedles);
        deleteAppealOptOutToken(tx, territoryId, memberId);

        Member erased = tx.members().update(member.erased(now));
        engine.publish(tx, new MemberEvent("member.erased", territoryId, memberId, erased.status().name(), now));
        engine.notify(tx, new ErasureConfirmedNotice(territoryId,
                new Recipient(ERASED_NAME, member.contact().email(), member.locale())));
        engine.audit(tx, territoryId, actor, "privacy.erase", ModerationSubject.member(memberId),
                Optional.of(memberId), Optional.of(reason));
        return erased;
    }

    /**
     * Deletes the member's crisis-appeal opt-out token. A storage adapter written before crisis
     * appeals (the default {@link StorageTransaction#appeals()}) never stored one: nothing to do.
     */
    private static void deleteAppealOptOutToken(StorageTransaction tx, TerritoryId territoryId, MemberId memberId) {
        io.github.entraide.spi.AppealRepository appeals;
        try {
            appeals = tx.appeals();
        } catch (UnsupportedOperationException adapterWithoutAppeals) {
            return;
        }
        appeals.deleteOptOutToken(territoryId, memberId);
    }

    static HelpRequest anonymised(HelpRequest request, Instant now) {
        return request.withFreeText("", now).withOnBehalfOf(request.onBehalfOf()
                .map(o -> new OnBehalfOf(ERASED_NAME, o.relationship(), o.minor())), now);
    }

    static boolean isAnonymised(HelpRequest request) {
        return request.freeText().isEmpty()
                && request.onBehalfOf().map(o -> o.firstName().equals(ERASED_NAME)).orElse(true);
    }

    /**
     * Deletes the notifications whose payload holds one of the ids or addresses (as serialised JSON:
     * an id object or a quoted string, so a short id cannot match inside another value) or one of
     * the texts (as an escaped substring, four characters or more).
     */
    private void deleteNotificationsMentioning(StorageTransaction tx, TerritoryId territoryId, Set<String> ids,
            Set<String> texts) {
        List<String> needles = new ArrayList<>(ids);
        for (String text : texts) {
            if (text.strip().length() >= MIN_SEARCHED_TEXT) {
                needles.add(asInJson(text));
            }
        }
        Set<String> deleted = new LinkedHashSet<>();
        for (String needle : needles) {
            for (OutboxMessage m : tx.outbox().notificationsMentioning(territoryId, needle)) {
                if (deleted.add(m.id())) {
                    tx.outbox().delete(m.id());
                }
            }
        }
    }

    /** The text as it appears inside a JSON string (escaped, without the quotes). */
    static String asInJson(String text) {
        String quoted = Json.write(text);
        return quoted.substring(1, quoted.length() - 1);
    }
}
