package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.Entraide;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import java.util.Optional;
import java.util.Set;

/**
 * A small world, fresh for each test that changes it: Grenoble, where a helper has an offer (and a paused one), a
 * beneficiary has an open request, a proposed introduction and an accepted one, and another
 * member has records of their own and reported the helper's offer (an open moderation case); Lyon, where a member has their own offer and request.
 */
final class Neighbourhood {
    final World world = new World();
    final MemberView helper;
    final MemberView beneficiary;
    final MemberView other;
    final MemberView foreign;
    final HelpOffer offer;
    final HelpOffer paused;
    final HelpRequest open;
    final IntroductionView proposed;
    final IntroductionView accepted;
    final ModerationCase reported;

    Neighbourhood() {
        world.createGrenoble(TerritorySettings.defaults());
        world.createLyon();
        helper = world.register(World.GRENOBLE, "Camille", MemberRole.HELPER);
        beneficiary = world.register(World.GRENOBLE, "Jeanne", MemberRole.BENEFICIARY);
        other = world.register(World.GRENOBLE, "Nadia", MemberRole.HELPER, MemberRole.BENEFICIARY);
        foreign = world.register(World.LYON, "Louis", MemberRole.HELPER, MemberRole.BENEFICIARY);
        offer = world.publish(helper, "conversation", 5, 5, Set.of("fr"));
        HelpOffer toPause = world.publish(helper, "groceries", 5, 2, Set.of("fr"));
        paused = entraide().offers().pause(World.actor(helper), new OfferRef(World.GRENOBLE, toPause.id().value()));
        open = world.file(beneficiary, "conversation", Optional.empty(), false);
        HelpRequest forProposal = world.file(beneficiary, "conversation", Optional.empty(), false);
        proposed = entraide().introductions().propose(World.actor(beneficiary),
                new ProposeIntroduction(World.GRENOBLE, forProposal.id().value(), offer.id().value()));
        HelpRequest forAcceptance = world.file(beneficiary, "conversation", Optional.empty(), false);
        IntroductionView toAccept = entraide().introductions().propose(World.actor(beneficiary),
                new ProposeIntroduction(World.GRENOBLE, forAcceptance.id().value(), offer.id().value()));
        accepted = entraide().introductions().accept(World.actor(helper),
                new IntroductionRef(World.GRENOBLE, toAccept.id().value()));
        // The other members have records of their own, so that "mine" has something to leak.
        HelpOffer othersOffer = world.publish(other, "homework", 1, 1, Set.of("fr"));
        world.file(other, "groceries", Optional.empty(), false);
        HelpRequest othersConversation = world.file(other, "conversation", Optional.empty(), false);
        entraide().introductions().propose(World.actor(other),
                new ProposeIntroduction(World.GRENOBLE, othersConversation.id().value(), offer.id().value()));
        HelpOffer foreignOffer = world.publish(foreign, "conversation", 5, 2, Set.of("fr"));
        world.file(foreign, "groceries", Optional.empty(), false);
        MemberView lyonBeneficiary = world.register(World.LYON, "Rose", MemberRole.BENEFICIARY);
        HelpRequest lyonRequest = world.file(lyonBeneficiary, "conversation", Optional.empty(), false);
        entraide().introductions().propose(World.actor(lyonBeneficiary),
                new ProposeIntroduction(World.LYON, lyonRequest.id().value(), foreignOffer.id().value()));
        reported = entraide().moderation().report(World.actor(other), new ReportContent(World.GRENOBLE,
                other.id().value(), ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.SPAM,
                "Le même message sur plusieurs annonces."));
        assertThat(othersOffer.helperId()).isEqualTo(other.id());
    }

    Entraide entraide() {
        return world.entraide;
    }

    /**
     * The helper opts in to crisis appeals, a moderator sends one, and the helper's opt-out token is
     * read from the e-mail in the outbox.
     */
    String optOutTokenOfTheHelper() {
        entraide().members().recordConsent(World.actor(helper), io.github.entraide.command.RecordConsent.grant(
                World.GRENOBLE, helper.id().value(), io.github.entraide.domain.ConsentPurpose.CRISIS_APPEALS,
                World.CONSENT_VERSION));
        entraide().appeals().send(Actor.moderator(World.GRENOBLE_ID, "mod-grenoble"),
                io.github.entraide.command.SendAppeal.builder(World.GRENOBLE).textFr("Besoin de bras ce soir.")
                        .textEn("Hands needed tonight.").build());
        return world.storage.snapshot().stream().filter(io.github.entraide.spi.OutboxMessage.class::isInstance)
                .map(io.github.entraide.spi.OutboxMessage.class::cast)
                .filter(m -> m.type().equals("notification.crisis_appeal"))
                .map(m -> (io.github.entraide.notification.CrisisAppealNotice) io.github.entraide.internal.Json
                        .readNotification(m.type(), m.payload()))
                .map(io.github.entraide.notification.CrisisAppealNotice::optOutToken).findFirst().orElseThrow();
    }

    OfferRef offerRef() {
        return new OfferRef(World.GRENOBLE, offer.id().value());
    }

    RequestRef openRef() {
        return new RequestRef(World.GRENOBLE, open.id().value());
    }

    IntroductionRef proposedRef() {
        return new IntroductionRef(World.GRENOBLE, proposed.id().value());
    }

    Actor actor(AuthorizationMatrixTest.ActorKind kind, MemberView owner) {
        return switch (kind) {
            case OWNER -> World.actor(owner);
            case OTHER_MEMBER -> World.actor(other);
            case COUNTERPART -> World.actor(owner.id().equals(helper.id()) ? beneficiary : helper);
            case FOREIGN_MEMBER -> World.actor(foreign);
            case MODERATOR -> Actor.moderator(World.GRENOBLE_ID, "mod-grenoble");
            case FOREIGN_MODERATOR -> Actor.moderator(World.LYON_ID, "mod-lyon");
            case ADMINISTRATOR -> World.ADMIN;
            case SYSTEM -> World.SYSTEM;
        };
    }
}
