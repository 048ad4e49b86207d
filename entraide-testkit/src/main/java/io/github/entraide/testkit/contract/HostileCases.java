package io.github.entraide.testkit.contract;

import io.github.entraide.command.AssignOpenRequests;
import io.github.entraide.command.AuditQuery;
import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.EditRequest;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.QueueQuery;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.RequestRef;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.command.UpdateOffer;
import io.github.entraide.command.UpdateProfile;
import io.github.entraide.command.VerifyHelper;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One case per command record: a valid command (fresh for each try, registering a new member where
 * a use case limits how often one member acts), the use cases that take it with an actor who may
 * run them, and the text fields a successful call stores, with the normalisation the library
 * documents for each. Stateless.
 */
final class HostileCases {
    private static final String G = HostileWorld.GRENOBLE;

    private HostileCases() {
    }

    /** What the library does to a text before storing it. */
    enum Normalisation {
        /** Stored as given. */
        VERBATIM,
        /** Leading and trailing white space removed ({@link String#strip()}). */
        STRIP;

        String apply(String text) {
            return this == STRIP ? text.strip() : text;
        }
    }

    /** A use case taking the command. */
    record Call<C>(String name, BiConsumer<HostileWorld, C> run) {
    }

    /** One command: a valid one, the use cases taking it, and the fields a success stores. */
    record Case<C extends Record>(Class<C> type, Function<HostileWorld, C> base, List<Call<C>> calls,
            Map<String, Normalisation> stored) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    private static <C> Call<C> call(String name, BiConsumer<HostileWorld, C> run) {
        return new Call<>(name, run);
    }

    private static MemberView fresh(HostileWorld w, MemberRole role) {
        return w.register("Fresh", role);
    }

    static List<Case<?>> all() {
        List<Case<?>> all = new ArrayList<>();
        Normalisation strip = Normalisation.STRIP;
        Normalisation verbatim = Normalisation.VERBATIM;
        all.add(new Case<>(RegisterMember.class, w -> new RegisterMember(G, "Zoé", "r" + w.next() + "@example.org",
                Optional.of("+33 4 76 00 00 00"), "fr", GrenobleFixture.GRENOBLE, Optional.empty(),
                Set.of(MemberRole.HELPER), Optional.of(1980), true, true, HostileWorld.CONSENT_VERSION),
                List.of(call("members.register", (w, c) -> w.entraide.members().register(HostileWorld.SYSTEM, c)),
                        call("members.register by a moderator",
                                (w, c) -> w.entraide.members().register(HostileWorld.MODERATOR, c))),
                Map.of("displayName", strip, "email", strip, "phone", strip, "consentTextVersion", verbatim)));
        all.add(new Case<>(UpdateProfile.class, w -> new UpdateProfile(G, w.beneficiary.id().value(), "Jeanne",
                w.beneficiary.email(), Optional.of("04 76 11 11 11"), "en", GrenobleFixture.MEYLAN, Optional.empty(),
                Set.of(MemberRole.BENEFICIARY)),
                List.of(call("members.updateProfile",
                        (w, c) -> w.entraide.members().updateProfile(HostileWorld.actor(w.beneficiary), c))),
                Map.of("displayName", strip, "email", strip, "phone", strip)));
        all.add(new Case<>(RecordConsent.class, w -> new RecordConsent(G, w.beneficiary.id().value(),
                ConsentPurpose.values()[0], "v2", true),
                List.of(call("members.recordConsent",
                        (w, c) -> w.entraide.members().recordConsent(HostileWorld.actor(w.beneficiary), c))),
                Map.of("textVersion", verbatim)));
        all.add(new Case<>(MemberRef.class, w -> new MemberRef(G, w.beneficiary.id().value()),
                List.of(call("members.view", (w, c) -> w.entraide.members().view(HostileWorld.actor(w.beneficiary), c)),
                        call("privacy.export",
                                (w, c) -> w.entraide.privacy().export(HostileWorld.actor(w.beneficiary), c)),
                        call("privacy.erase", (w, c) -> w.entraide.privacy().erase(HostileWorld.actor(w.beneficiary), c)),
                        call("moderation.auditConcerning",
                                (w, c) -> w.entraide.moderation().auditConcerning(HostileWorld.MODERATOR, c))),
                Map.of()));
        all.add(new Case<>(VerifyHelper.class, w -> new VerifyHelper(G, w.helper.id().value(), true),
                List.of(call("members.verifyHelper",
                        (w, c) -> w.entraide.members().verifyHelper(HostileWorld.MODERATOR, c))),
                Map.of()));
        all.add(new Case<>(PublishOffer.class, w -> new PublishOffer(G, w.helper.id().value(), "groceries", 2.5,
                WeeklyAvailability.always(), Set.of("fr"), 2, "Courses le mardi."),
                List.of(call("offers.publish", (w, c) -> w.entraide.offers().publish(HostileWorld.actor(w.helper), c))),
                Map.of("freeText", strip)));
        all.add(new Case<>(UpdateOffer.class, w -> new UpdateOffer(G, w.offer.id().value(), 6,
                WeeklyAvailability.always(), Set.of("fr"), 5, "Disponible le soir."),
                List.of(call("offers.update", (w, c) -> w.entraide.offers().update(HostileWorld.actor(w.helper), c))),
                Map.of("freeText", strip)));
        all.add(new Case<>(OfferRef.class, w -> new OfferRef(G, w.paused.id().value()),
                List.of(call("offers.find", (w, c) -> w.entraide.offers().find(HostileWorld.actor(w.helper), c)),
                        call("offers.pause", (w, c) -> w.entraide.offers().pause(HostileWorld.actor(w.helper), c)),
                        call("offers.resume", (w, c) -> w.entraide.offers().resume(HostileWorld.actor(w.helper), c)),
                        call("offers.withdraw",
                                (w, c) -> w.entraide.offers().withdraw(HostileWorld.actor(w.helper), c))),
                Map.of()));
        all.add(new Case<>(FileRequest.class, w -> {
            MemberView requester = fresh(w, MemberRole.BENEFICIARY);
            return new FileRequest(G, requester.id().value(), "groceries", "Pain et lait, merci.",
                    GrenobleFixture.GRENOBLE, Optional.empty(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(),
                    Optional.of(new OnBehalfOf("Madeleine", ProxyRelationship.RELATIVE, false)), false);
        }, List.of(call("requests.file", (w, c) -> w.entraide.requests().file(
                io.github.entraide.domain.Actor.member(HostileWorld.grenoble(),
                        io.github.entraide.domain.MemberId.of(idOrSelf(c.requesterId()))), c))),
                Map.of("freeText", strip, "onBehalfOf.firstName", strip)));
        all.add(new Case<>(RequestRef.class, w -> new RequestRef(G, w.open.id().value()),
                List.of(call("requests.find", (w, c) -> w.entraide.requests().find(HostileWorld.actor(w.beneficiary), c)),
                        call("requests.cancel",
                                (w, c) -> w.entraide.requests().cancel(HostileWorld.actor(w.beneficiary), c))),
                Map.of()));
        all.add(new Case<>(MatchRequest.class, w -> new MatchRequest(G, w.open.id().value(), 10),
                List.of(call("matching.match",
                        (w, c) -> w.entraide.matching().match(HostileWorld.actor(w.beneficiary), c))),
                Map.of()));
        all.add(new Case<>(AssignOpenRequests.class, w -> new AssignOpenRequests(G),
                List.of(call("matching.assignOpenRequests",
                        (w, c) -> w.entraide.matching().assignOpenRequests(HostileWorld.SYSTEM, c))),
                Map.of()));
        all.add(new Case<>(EditRequest.class, w -> new EditRequest(G, w.open.id().value(), "Du pain, merci."),
                List.of(call("requests.edit",
                        (w, c) -> w.entraide.requests().edit(HostileWorld.actor(w.beneficiary), c))),
                Map.of("freeText", strip)));
        all.add(new Case<>(ProposeIntroduction.class, w -> new ProposeIntroduction(G, w.open.id().value(),
                w.offer.id().value()),
                List.of(call("introductions.propose",
                        (w, c) -> w.entraide.introductions().propose(HostileWorld.actor(w.beneficiary), c))),
                Map.of()));
        all.add(new Case<>(IntroductionRef.class, w -> new IntroductionRef(G, w.proposed.id().value()),
                List.of(call("introductions.view",
                                (w, c) -> w.entraide.introductions().view(HostileWorld.actor(w.beneficiary), c)),
                        call("introductions.accept",
                                (w, c) -> w.entraide.introductions().accept(HostileWorld.actor(w.helper), c)),
                        call("introductions.decline",
                                (w, c) -> w.entraide.introductions().decline(HostileWorld.actor(w.helper), c)),
                        call("introductions.cancel",
                                (w, c) -> w.entraide.introductions().cancel(HostileWorld.actor(w.beneficiary), c))),
                Map.of()));
        all.add(new Case<>(ConfirmCompletion.class, w -> new ConfirmCompletion(G, w.accepted.id().value(), false),
                List.of(call("introductions.confirmCompletion", (w, c) ->
                        w.entraide.introductions().confirmCompletion(HostileWorld.actor(w.beneficiary), c))),
                Map.of("feedback", strip)));
        all.add(new Case<>(CreateTerritory.class, w -> new CreateTerritory("t" + w.next(), "Pays voironnais",
                List.of(new Commune("38563", "Voiron", GeoPoint.of(45.3642, 5.5898), 20_000)),
                CategoryCatalogue.defaults(), TerritorySettings.defaults()),
                List.of(call("territories.create",
                        (w, c) -> w.entraide.territories().create(HostileWorld.ADMIN, c))),
                Map.of("name", verbatim, "communes[0].name", verbatim)));
        all.add(new Case<>(ConfigureTerritory.class, w -> new ConfigureTerritory(G,
                TerritorySettings.defaults().withProposalExpiry(Duration.ofHours(48))),
                List.of(call("territories.configure",
                        (w, c) -> w.entraide.territories().configure(HostileWorld.ADMIN, c))),
                Map.of()));
        all.add(new Case<>(ReportContent.class, w -> {
            MemberView reporter = fresh(w, MemberRole.BENEFICIARY);
            return new ReportContent(G, reporter.id().value(), ModerationSubject.Kind.OFFER, w.offer.id().value(),
                    ReportReason.SPAM, "Annonce en double.");
        }, List.of(call("moderation.report", (w, c) -> w.entraide.moderation().report(
                io.github.entraide.domain.Actor.member(HostileWorld.grenoble(),
                        io.github.entraide.domain.MemberId.of(idOrSelf(c.reporterId()))), c))),
                Map.of("comment", strip)));
        all.add(new Case<>(QueueQuery.class, w -> new QueueQuery(G, Optional.empty(), Optional.empty(),
                Optional.empty()),
                List.of(call("moderation.queue", (w, c) -> w.entraide.moderation().queue(HostileWorld.MODERATOR, c))),
                Map.of()));
        all.add(new Case<>(DecideCase.class, w -> new DecideCase(G, w.reported.id().value(),
                ModerationAction.values()[0], "no-breach"),
                List.of(call("moderation.decide", (w, c) -> w.entraide.moderation().decide(HostileWorld.MODERATOR, c))),
                Map.of("reasonCode", verbatim)));
        all.add(new Case<>(SanctionMember.class, w -> new SanctionMember(G, w.other.id().value(),
                ModerationAction.REINSTATE, "harassment"),
                List.of(call("moderation.sanction",
                        (w, c) -> w.entraide.moderation().sanction(HostileWorld.MODERATOR, c))),
                Map.of("reasonCode", verbatim)));
        all.add(new Case<>(AuditQuery.class, w -> new AuditQuery(G, HostileWorld.START.minus(Duration.ofDays(1)),
                HostileWorld.START.plus(Duration.ofDays(1))),
                List.of(call("moderation.auditTrail",
                        (w, c) -> w.entraide.moderation().auditTrail(HostileWorld.MODERATOR, c))),
                Map.of()));
        all.add(new Case<>(StatisticsQuery.class, w -> new StatisticsQuery(G, HostileWorld.START,
                HostileWorld.START.plus(Duration.ofDays(30))),
                List.of(call("statistics.compute",
                        (w, c) -> w.entraide.statistics().compute(HostileWorld.MODERATOR, c))),
                Map.of()));
        all.add(new Case<>(SendAppeal.class, w -> SendAppeal.builder(G).textFr("Besoin de bras pour les courses.")
                .textEn("Hands needed for groceries.").categoryId("groceries").build(),
                List.of(call("appeals.send", (w, c) -> w.entraide.appeals().send(HostileWorld.MODERATOR, c))),
                Map.of("textFr", strip, "textEn", strip)));
        return List.copyOf(all);
    }

    /**
     * The actor of a use case where the actor is the member named in the command: when the hostile
     * text is in that very field, the actor is a member who does not exist, so that the call is about
     * the text and not about who runs it.
     */
    private static String idOrSelf(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,64}") ? id : "no-such-member";
    }
}
