package io.github.entraide.service;

import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.UpdateProfile;
import io.github.entraide.command.VerifyHelper;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.ConsentRecord;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.MemberEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Use cases about members: registration, profile, consents, verification. Thread-safe.
 *
 * <p>Registration is done by the portal's sign-up flow (as {@link Actor#system()}), by a municipal
 * agent (a moderator of the territory) or an administrator: the portal owns authentication and
 * keeps the returned {@link MemberId} with the person's account.
 */
public final class MemberService {
    private final Engine engine;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     */
    public MemberService(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Registers a member.
     *
     * @param actor the system, a moderator of the territory or an administrator
     * @param command the registration
     * @return the new member's profile
     */
    public MemberView register(Actor actor, RegisterMember command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.require(Access.isSystem(actor) || Access.moderates(actor, territoryId), "members.register");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            Instant now = engine.now();
            CoarseLocation location = location(territory, command.inseeCode(), command.point());
            List<ConsentRecord> consents = new ArrayList<>();
            consents.add(new ConsentRecord(ConsentPurpose.TERMS_OF_USE, command.consentTextVersion(), true, now));
            consents.add(new ConsentRecord(ConsentPurpose.CONTACT_SHARING, command.consentTextVersion(),
                    command.acceptsContactSharing(), now));
            Member member = Member.register(MemberId.of(engine.newId()), territoryId, command.displayName().strip(),
                    new ContactDetails(command.email().strip(), command.phone().map(String::strip)),
                    Locale.forLanguageTag(command.language()), location, command.roles(), consents,
                    command.yearOfBirth(), now);
            Member stored = tx.members().insert(member);
            engine.publish(tx, new MemberEvent("member.registered", territoryId, stored.id(), stored.status().name(),
                    now));
            return MemberView.of(stored);
        });
    }

    /**
     * Changes one's own profile.
     *
     * @param actor the member themself
     * @param command the new profile
     * @return the changed profile
     */
    public MemberView updateProfile(Actor actor, UpdateProfile command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId memberId = MemberId.of(command.memberId());
        Access.require(Access.isMember(actor, territoryId, memberId), "members.updateProfile");
        return engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            Member member = engine.member(tx, territoryId, memberId);
            requireActive(member);
            Instant now = engine.now();
            Member changed = member.withProfile(command.displayName().strip(),
                    new ContactDetails(command.email().strip(), command.phone().map(String::strip)),
                    Locale.forLanguageTag(command.language()), location(territory, command.inseeCode(), command.point()),
                    command.roles(), now);
            Member stored = tx.members().update(changed);
            engine.publish(tx, new MemberEvent("member.updated", territoryId, memberId, stored.status().name(), now));
            return MemberView.of(stored);
        });
    }

    /**
     * Records a consent given or withdrawn by the member themself.
     *
     * @param actor the member themself
     * @param command the consent
     * @return the changed profile
     */
    public MemberView recordConsent(Actor actor, RecordConsent command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId memberId = MemberId.of(command.memberId());
        Access.require(Access.isMember(actor, territoryId, memberId), "members.recordConsent");
        return engine.tx(tx -> {
            Member member = engine.member(tx, territoryId, memberId);
            Member stored = tx.members().update(member.withConsent(
                    new ConsentRecord(command.purpose(), command.textVersion(), command.granted(), engine.now())));
            return MemberView.of(stored);
        });
    }

    /**
     * A moderator marks a helper verified (required by some territories for help to minors).
     *
     * @param actor a moderator of the territory or an administrator
     * @param command the helper and the flag
     * @return the changed profile
     */
    public MemberView verifyHelper(Actor actor, VerifyHelper command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId memberId = MemberId.of(command.memberId());
        Access.require(Access.moderates(actor, territoryId), "members.verifyHelper");
        return engine.tx(tx -> {
            Member member = engine.member(tx, territoryId, memberId);
            Member stored = tx.members().update(member.withVerified(command.verified()));
            engine.publish(tx, new MemberEvent("member.updated", territoryId, memberId, stored.status().name(),
                    engine.now()));
            return MemberView.of(stored);
        });
    }

    /**
     * Reads a member's profile. A moderator's or administrator's read is audited.
     *
     * @param actor the member themself, or a moderator of the territory
     * @param command the member
     * @return the profile
     */
    public MemberView view(Actor actor, MemberRef command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        MemberId memberId = MemberId.of(command.memberId());
        Access.require(Access.isMember(actor, territoryId, memberId) || Access.moderates(actor, territoryId),
                "members.view");
        return engine.tx(tx -> {
            Member member = engine.member(tx, territoryId, memberId);
            engine.auditRead(tx, territoryId, actor, io.github.entraide.domain.ModerationSubject.member(memberId),
                    memberId);
            return MemberView.of(member);
        });
    }

    static CoarseLocation location(Territory territory, String inseeCode, java.util.Optional<io.github.entraide.domain.GeoPoint> point) {
        if (territory.commune(inseeCode).isEmpty()) {
            throw new RuleRefusedException("unknown-commune", inseeCode);
        }
        return new CoarseLocation(inseeCode, point);
    }

    static void requireActive(Member member) {
        if (!member.isActive()) {
            throw new RuleRefusedException("member-inactive");
        }
    }
}
