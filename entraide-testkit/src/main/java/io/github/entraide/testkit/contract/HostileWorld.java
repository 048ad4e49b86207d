package io.github.entraide.testkit.contract;

import io.github.entraide.Entraide;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.memory.SequentialIdGenerator;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.GrenobleFixture;
import io.github.entraide.testkit.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records hostile commands aim at, on the storage under test: Grenoble with a helper (an offer and
 * a paused one), a beneficiary (an open request, a proposed introduction, an accepted one), another
 * member who reported the offer (an open moderation case), and Lyon with a member of its own. Fresh
 * members can be registered for use cases that limit how often one member acts. Not thread-safe.
 */
final class HostileWorld {
    static final Instant START = Instant.parse("2026-03-23T08:00:00Z");
    static final Actor ADMIN = Actor.administrator("admin-1");
    static final Actor SYSTEM = Actor.system();
    static final String GRENOBLE = GrenobleFixture.TERRITORY_ID.value();
    static final Actor MODERATOR = Actor.moderator(GrenobleFixture.TERRITORY_ID, "mod-grenoble");
    static final String CONSENT_VERSION = "2026-03";

    final MutableClock clock = new MutableClock(START);
    final Entraide entraide;
    final MemberView helper;
    final MemberView beneficiary;
    final MemberView other;
    final HelpOffer offer;
    final HelpOffer paused;
    final HelpRequest open;
    final IntroductionView proposed;
    final IntroductionView accepted;
    final ModerationCase reported;
    private int counter;

    HostileWorld(Storage storage) {
        entraide = Entraide.builder().storage(storage).clock(clock).idGenerator(new SequentialIdGenerator("h"))
                .build();
        // Appeals are limited per territory and day: lifted, so that hostile appeals are stored, not rate-limited.
        entraide.territories().create(ADMIN, GrenobleFixture.createCommand(TerritorySettings.defaults()
                .withAppealsPerDay(1_000_000)));
        entraide.territories().create(ADMIN, new CreateTerritory("lyon-villeurbanne", "Lyon et Villeurbanne",
                List.of(new Commune("69123", "Lyon", GeoPoint.of(45.7578, 4.8320), 522_250)),
                CategoryCatalogue.defaults(), TerritorySettings.defaults()));
        helper = register("Camille", MemberRole.HELPER);
        beneficiary = register("Jeanne", MemberRole.BENEFICIARY);
        other = register("Nadia", MemberRole.HELPER, MemberRole.BENEFICIARY);
        offer = publish(helper);
        paused = entraide.offers().pause(actor(helper), new OfferRef(GRENOBLE, publish(helper).id().value()));
        open = file(beneficiary);
        proposed = entraide.introductions().propose(actor(beneficiary),
                new ProposeIntroduction(GRENOBLE, file(beneficiary).id().value(), offer.id().value()));
        IntroductionView toAccept = entraide.introductions().propose(actor(beneficiary),
                new ProposeIntroduction(GRENOBLE, file(beneficiary).id().value(), offer.id().value()));
        accepted = entraide.introductions().accept(actor(helper), new IntroductionRef(GRENOBLE, toAccept.id().value()));
        reported = entraide.moderation().report(actor(other), new ReportContent(GRENOBLE, other.id().value(),
                ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.SPAM, "Le même message partout."));
    }

    /** A number never returned before, for unique e-mail addresses and territory ids. */
    int next() {
        return ++counter;
    }

    MemberView register(String name, MemberRole... roles) {
        return entraide.members().register(SYSTEM, new RegisterMember(GRENOBLE, name, "m" + next() + "@example.org",
                Optional.of("04 76 00 00 00"), "fr", GrenobleFixture.GRENOBLE, Optional.empty(), Set.of(roles),
                Optional.of(1980), true, true, CONSENT_VERSION));
    }

    HelpOffer publish(MemberView member) {
        return entraide.offers().publish(actor(member), new PublishOffer(GRENOBLE, member.id().value(),
                "conversation", 5, WeeklyAvailability.always(), Set.of("fr"), 5, "Disponible le soir."));
    }

    HelpRequest file(MemberView member) {
        return entraide.requests().file(actor(member), new FileRequest(GRENOBLE, member.id().value(), "conversation",
                "Un coup de main serait bienvenu.", GrenobleFixture.GRENOBLE, Optional.empty(),
                Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), Optional.empty(), false));
    }

    static Actor actor(MemberView member) {
        return Actor.member(member.territoryId(), member.id());
    }

    static TerritoryId grenoble() {
        return GrenobleFixture.TERRITORY_ID;
    }
}
