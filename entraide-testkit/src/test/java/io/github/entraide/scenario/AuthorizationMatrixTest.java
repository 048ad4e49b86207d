package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.entraide.ErrorCode;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.Entraide;
import io.github.entraide.command.AuditQuery;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.EditRequest;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.AssignOpenRequests;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.QueueQuery;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.command.UpdateOffer;
import io.github.entraide.command.UpdateProfile;
import io.github.entraide.command.VerifyHelper;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.service.PurgeReport;
import io.github.entraide.testkit.GrenobleFixture;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every use case × every kind of actor, as a table read from the services' Javadoc: who may do
 * what. The members' lists ("mine") are checked to hold only the actor's own records. A refused call throws {@link NotAuthorizedException} and changes nothing (same records,
 * same outbox); an allowed call succeeds. Two territories, so that members and moderators of one
 * try their luck in the other, and a second member of the same territory tries the owner's
 * records (IDOR).
 */
class AuthorizationMatrixTest {

    /** Who calls. */
    enum ActorKind {
        /** The member whose record it is (for use cases without one: a member of the territory). */
        OWNER,
        /** Another member of the same territory, naming the owner's records. */
        OTHER_MEMBER,
        /** The other side of the owner's introductions: the helper for a beneficiary, and back. */
        COUNTERPART,
        /** A member of the other territory, naming the owner's records. */
        FOREIGN_MEMBER,
        /** A moderator of the territory. */
        MODERATOR,
        /** A moderator of the other territory. */
        FOREIGN_MODERATOR,
        /** An administrator. */
        ADMINISTRATOR,
        /** The portal's scheduled work. */
        SYSTEM
    }

    enum Expected {
        ALLOWED, DENIED
    }

    /** One row of the table: a use case, whose record it acts on, the call, and who may make it. */
    private record UseCase(String name, Function<Neighbourhood, MemberView> owner, BiFunction<Neighbourhood, Actor, Object> call,
            Set<ActorKind> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static UseCase useCase(String name, Function<Neighbourhood, MemberView> owner,
            BiFunction<Neighbourhood, Actor, Object> call, ActorKind... allowed) {
        return new UseCase(name, owner, call,
                allowed.length == 0 ? EnumSet.noneOf(ActorKind.class) : EnumSet.copyOf(Arrays.asList(allowed)));
    }

    private static final ActorKind OWNER = ActorKind.OWNER;
    private static final ActorKind OTHER = ActorKind.OTHER_MEMBER;
    private static final ActorKind SIDE = ActorKind.COUNTERPART;
    private static final ActorKind FOREIGN = ActorKind.FOREIGN_MEMBER;
    private static final ActorKind MOD = ActorKind.MODERATOR;
    private static final ActorKind ADMIN = ActorKind.ADMINISTRATOR;
    private static final ActorKind SYSTEM = ActorKind.SYSTEM;
    private static final String G = World.GRENOBLE;

    private static final List<UseCase> TABLE = List.of(
            // TerritoryService
            useCase("territories.create", s -> s.beneficiary, (s, a) -> s.entraide().territories().create(a,
                    new CreateTerritory("meylan", "Meylan", List.of(meylan()), CategoryCatalogue.defaults(),
                            TerritorySettings.defaults())), ADMIN),
            useCase("territories.configure", s -> s.beneficiary, (s, a) -> s.entraide().territories().configure(a,
                    new ConfigureTerritory(G, TerritorySettings.defaults().withIntroductionMode(IntroductionMode.DIRECT))),
                    ADMIN),
            useCase("territories.find", s -> s.beneficiary,
                    (s, a) -> s.entraide().territories().find(a, World.GRENOBLE_ID), OWNER, OTHER, SIDE, MOD, ADMIN, SYSTEM),
            // MemberService
            useCase("members.register", s -> s.beneficiary, (s, a) -> s.entraide().members().register(a,
                    new RegisterMember(G, "Paul", "paul@example.org", Optional.empty(), "fr", GrenobleFixture.MEYLAN,
                            Optional.empty(), Set.of(MemberRole.HELPER), Optional.of(1960), true, true,
                            World.CONSENT_VERSION)), MOD, ADMIN, SYSTEM),
            useCase("members.updateProfile", s -> s.beneficiary, (s, a) -> s.entraide().members().updateProfile(a,
                    new UpdateProfile(G, s.beneficiary.id().value(), "Jeanne B.", s.beneficiary.email(),
                            Optional.empty(), "en", GrenobleFixture.ECHIROLLES, Optional.empty(),
                            Set.of(MemberRole.BENEFICIARY))), OWNER),
            useCase("members.recordConsent", s -> s.beneficiary, (s, a) -> s.entraide().members().recordConsent(a,
                    new RecordConsent(G, s.beneficiary.id().value(), ConsentPurpose.NEWS, World.CONSENT_VERSION,
                            true)), OWNER),
            useCase("members.verifyHelper", s -> s.helper, (s, a) -> s.entraide().members().verifyHelper(a,
                    new VerifyHelper(G, s.helper.id().value(), true)), MOD, ADMIN),
            useCase("members.view", s -> s.beneficiary, (s, a) -> s.entraide().members().view(a,
                    new MemberRef(G, s.beneficiary.id().value())), OWNER, MOD, ADMIN),
            // OfferService
            useCase("offers.publish", s -> s.helper, (s, a) -> s.entraide().offers().publish(a,
                    new PublishOffer(G, s.helper.id().value(), "other.it-help", 1, WeeklyAvailability.always(),
                            Set.of("fr"), 1, "Installation d'une visio.")), OWNER),
            useCase("offers.update", s -> s.helper, (s, a) -> s.entraide().offers().update(a,
                    new UpdateOffer(G, s.offer.id().value(), 8, WeeklyAvailability.always(), Set.of("fr", "en"), 4,
                            "Le soir aussi.")), OWNER),
            useCase("offers.pause", s -> s.helper, (s, a) -> s.entraide().offers().pause(a, s.offerRef()), OWNER),
            useCase("offers.resume", s -> s.helper, (s, a) -> s.entraide().offers().resume(a,
                    new OfferRef(G, s.paused.id().value())), OWNER),
            useCase("offers.withdraw", s -> s.helper, (s, a) -> s.entraide().offers().withdraw(a, s.offerRef()),
                    OWNER),
            useCase("offers.find", s -> s.helper, (s, a) -> s.entraide().offers().find(a, s.offerRef()),
                    OWNER, MOD, ADMIN),
            useCase("offers.mine", s -> s.helper, (s, a) -> {
                List<HelpOffer> mine = s.entraide().offers().mine(a);
                assertThat(mine).as("only the actor's own offers")
                        .allSatisfy(o -> assertThat(Actor.member(o.territoryId(), o.helperId())).isEqualTo(a));
                return mine;
            }, OWNER, OTHER, SIDE, FOREIGN),
            // RequestService
            useCase("requests.file", s -> s.beneficiary, (s, a) -> s.entraide().requests().file(a,
                    new FileRequest(G, s.beneficiary.id().value(), "groceries", "Du pain et du lait, merci.",
                            GrenobleFixture.GRENOBLE, Optional.empty(), Timing.asSoonAsPossible(), Urgency.HIGH,
                            Set.of(), Optional.empty(), false)), OWNER),
            useCase("requests.edit", s -> s.beneficiary, (s, a) -> s.entraide().requests().edit(a,
                    new EditRequest(G, s.open.id().value(), "Du pain, du lait et des pommes, merci.")), OWNER),
            useCase("requests.cancel", s -> s.beneficiary, (s, a) -> s.entraide().requests().cancel(a,
                    s.openRef()), OWNER, MOD, ADMIN),
            useCase("requests.find", s -> s.beneficiary, (s, a) -> s.entraide().requests().find(a, s.openRef()),
                    OWNER, MOD, ADMIN),
            useCase("requests.mine", s -> s.beneficiary, (s, a) -> {
                List<HelpRequest> mine = s.entraide().requests().mine(a);
                assertThat(mine).as("only the actor's own requests")
                        .allSatisfy(r -> assertThat(Actor.member(r.territoryId(), r.requesterId())).isEqualTo(a));
                return mine;
            }, OWNER, OTHER, SIDE, FOREIGN),
            // IntroductionService
            useCase("introductions.propose", s -> s.beneficiary, (s, a) -> s.entraide().introductions().propose(a,
                    new ProposeIntroduction(G, s.open.id().value(), s.offer.id().value())), OWNER, MOD, ADMIN, SYSTEM),
            useCase("introductions.accept", s -> s.helper, (s, a) -> s.entraide().introductions().accept(a,
                    s.proposedRef()), OWNER),
            useCase("introductions.decline", s -> s.helper, (s, a) -> s.entraide().introductions().decline(a,
                    s.proposedRef()), OWNER),
            useCase("introductions.cancel", s -> s.beneficiary, (s, a) -> s.entraide().introductions().cancel(a,
                    s.proposedRef()), OWNER, SIDE, MOD, ADMIN),
            useCase("introductions.confirmCompletion", s -> s.beneficiary,
                    (s, a) -> s.entraide().introductions().confirmCompletion(a,
                            new ConfirmCompletion(G, s.accepted.id().value(), false)), OWNER, SIDE),
            useCase("introductions.view", s -> s.beneficiary, (s, a) -> s.entraide().introductions().view(a,
                    new IntroductionRef(G, s.accepted.id().value())), OWNER, SIDE, MOD, ADMIN),
            useCase("introductions.mine", s -> s.beneficiary, (s, a) -> {
                List<IntroductionView> mine = s.entraide().introductions().mine(a);
                assertThat(mine).as("only introductions the actor is a side of")
                        .allSatisfy(v -> assertThat(v.viewerRole()).isPresent());
                return mine;
            }, OWNER, OTHER, SIDE, FOREIGN),
            // MaintenanceService: something is due, so that an allowed sweep has work to do
            useCase("maintenance.expireProposals", s -> s.beneficiary, (s, a) -> {
                s.world.clock.advance(Duration.ofHours(49));
                return s.entraide().maintenance().expireProposals(a);
            }, SYSTEM),
            useCase("maintenance.expireStaleRequests", s -> s.beneficiary, (s, a) -> {
                s.world.clock.advance(Duration.ofDays(15));
                return s.entraide().maintenance().expireStaleRequests(a);
            }, SYSTEM),
            useCase("maintenance.runScheduledWork", s -> s.beneficiary, (s, a) -> {
                s.world.clock.advance(Duration.ofDays(15));
                return s.entraide().maintenance().runScheduledWork(a);
            }, SYSTEM),
            useCase("maintenance.purgeExpired", s -> s.beneficiary, (s, a) -> {
                s.world.clock.advance(Duration.ofDays(720)); // every member is inactive: warnings are due
                return s.entraide().maintenance().purgeExpired(a);
            }, SYSTEM),
            // ModerationService
            useCase("moderation.report", s -> s.beneficiary, (s, a) -> s.entraide().moderation().report(a,
                    new ReportContent(G, s.beneficiary.id().value(), ModerationSubject.Kind.OFFER,
                            s.offer.id().value(), ReportReason.INAPPROPRIATE, "Propos déplacés au téléphone.")),
                    OWNER),
            useCase("moderation.queue", s -> s.beneficiary, (s, a) -> {
                var queue = s.entraide().moderation().queue(a, QueueQuery.open(G));
                assertThat(queue).as("the open cases of the territory").isNotEmpty()
                        .allSatisfy(c -> assertThat(c.territoryId()).isEqualTo(World.GRENOBLE_ID));
                return queue;
            }, MOD, ADMIN),
            useCase("moderation.decide", s -> s.helper, (s, a) -> s.entraide().moderation().decide(a,
                    new DecideCase(G, s.reported.id().value(), ModerationAction.APPROVE, "no-breach")), MOD, ADMIN),
            useCase("moderation.sanction", s -> s.other, (s, a) -> s.entraide().moderation().sanction(a,
                    new SanctionMember(G, s.other.id().value(), ModerationAction.SUSPEND, "harassment")), MOD, ADMIN),
            useCase("moderation.auditTrail", s -> s.beneficiary, (s, a) -> s.entraide().moderation().auditTrail(a,
                    new AuditQuery(G, World.START, s.world.clock.instant().plusSeconds(1))), MOD, ADMIN),
            useCase("moderation.auditConcerning", s -> s.helper, (s, a) -> s.entraide().moderation()
                    .auditConcerning(a, new MemberRef(G, s.helper.id().value())), MOD, ADMIN),
            // PrivacyService
            useCase("privacy.export", s -> s.beneficiary, (s, a) -> s.entraide().privacy().export(a,
                    new MemberRef(G, s.beneficiary.id().value())), OWNER, MOD, ADMIN),
            useCase("privacy.erase", s -> s.beneficiary, (s, a) -> s.entraide().privacy().erase(a,
                    new MemberRef(G, s.beneficiary.id().value())), OWNER, ADMIN),
            // MatchingService (the territory lets the beneficiary choose: candidates are shown)
            useCase("matching.match", s -> s.beneficiary, (s, a) -> s.entraide().matching().match(a,
                    new MatchRequest(G, s.open.id().value(), 5)), OWNER, MOD, ADMIN, SYSTEM),
            useCase("matching.assignOpenRequests", s -> s.beneficiary, (s, a) -> s.entraide().matching()
                    .assignOpenRequests(a, new AssignOpenRequests(G)), MOD, ADMIN, SYSTEM),
            // AppealService: any moderator of the territory; opting out needs only the link's token
            useCase("appeals.send", s -> s.helper, (s, a) -> s.entraide().appeals().send(a, SendAppeal.builder(G)
                    .textFr("Confinement : besoin de bras pour les courses.")
                    .textEn("Lockdown: hands needed for groceries.").categoryId("groceries").build()), MOD, ADMIN),
            useCase("appeals.list", s -> s.helper, (s, a) -> s.entraide().appeals().list(a, World.GRENOBLE_ID),
                    MOD, ADMIN),
            useCase("appeals.resume", s -> {
                s.entraide().appeals().send(Actor.moderator(World.GRENOBLE_ID, "mod-grenoble"), SendAppeal.builder(G)
                        .textFr("Crue : besoin de bras pour vider les caves.")
                        .textEn("Flood: hands needed to empty cellars.").build());
                return s.helper;
            }, (s, a) -> s.entraide().appeals().resume(a, World.GRENOBLE_ID, s.world.storage.inTransaction(tx ->
                    tx.appeals().all(World.GRENOBLE_ID)).get(0).id()), MOD, ADMIN),
            useCase("appeals.checkOptOut", s -> s.helper, (s, a) -> {
                s.entraide().appeals().checkOptOut(s.optOutTokenOfTheHelper());
                return null;
            }, ActorKind.values()),
            useCase("appeals.optOut", s -> s.helper, (s, a) -> {
                String token = s.optOutTokenOfTheHelper();
                s.entraide().appeals().optOut(token);
                return s.entraide().members().view(World.actor(s.helper), new MemberRef(G, s.helper.id().value()));
            }, ActorKind.values()),
            // StatisticsService
            useCase("statistics.compute", s -> s.beneficiary, (s, a) -> s.entraide().statistics().compute(a,
                    new StatisticsQuery(G, World.START, s.world.clock.instant().plusSeconds(1))), MOD, ADMIN, SYSTEM));

    private static io.github.entraide.domain.Commune meylan() {
        return GrenobleFixture.communes().stream().filter(c -> c.inseeCode().equals(GrenobleFixture.MEYLAN))
                .findFirst().orElseThrow();
    }

    static Stream<Arguments> matrix() {
        return TABLE.stream().flatMap(useCase -> Arrays.stream(ActorKind.values()).map(kind -> Arguments.of(
                useCase, kind, useCase.allowed().contains(kind) ? Expected.ALLOWED : Expected.DENIED)));
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("matrix")
    void everyUseCaseRefusesWhomItMust(UseCase useCase, ActorKind kind, Expected expected) {
        Neighbourhood stage = new Neighbourhood();
        Actor actor = stage.actor(kind, useCase.owner().apply(stage));
        List<Object> before = stage.world.snapshot();
        long pendingBefore = stage.world.storage.outbox().pendingCount();

        Throwable thrown = catchThrowable(() -> {
            Object result = useCase.call().apply(stage, actor);
            if (result instanceof Integer swept) {
                assertThat(swept).as("records the sweep changed").isPositive();
            } else if (result instanceof PurgeReport purged) {
                assertThat(purged.membersWarned()).as("inactive members warned").isPositive();
            }
        });

        if (expected == Expected.ALLOWED) {
            assertThat(thrown).as("%s by %s", useCase, kind).isNull();
        } else {
            assertThat(thrown).as("%s by %s", useCase, kind).isInstanceOf(NotAuthorizedException.class);
            assertThat(((NotAuthorizedException) thrown).code()).isEqualTo(ErrorCode.NOT_AUTHORIZED);
            Snapshots.assertUnchanged(before, stage.world.snapshot());
            assertThat(stage.world.storage.outbox().pendingCount()).isEqualTo(pendingBefore);
        }
    }

    @Test
    void theTableListsEveryPublicUseCaseOfEveryService() {
        // The services are what Entraide hands out: a service added there joins the table.
        List<Method> services = Arrays.stream(Entraide.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType().getName().startsWith(
                        "io.github.entraide.service.") && m.getReturnType().getSimpleName().endsWith("Service"))
                .collect(Collectors.toList());
        assertThat(services).extracting(Method::getName).containsExactlyInAnyOrder("territories", "members",
                "offers", "requests", "introductions", "maintenance", "moderation", "privacy", "statistics", "matching",
                "appeals");
        Set<String> publicMethods = services.stream()
                .flatMap(accessor -> Arrays.stream(accessor.getReturnType().getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .map(Method::getName).map(name -> accessor.getName() + "." + name))
                .collect(Collectors.toSet());

        assertThat(TABLE.stream().map(UseCase::name).collect(Collectors.toSet())).isEqualTo(publicMethods);
        assertThat(TABLE).hasSize(publicMethods.size());
    }
}
