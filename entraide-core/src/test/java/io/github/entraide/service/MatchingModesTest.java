package io.github.entraide.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.Entraide;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.command.AssignOpenRequests;
import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.matching.CandidateView;
import io.github.entraide.matching.DistanceBand;
import io.github.entraide.matching.MatchingMode;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.memory.SequentialIdGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MatchingModesTest {
    private static final String T = "modes";
    private static final String GRENOBLE = "38185";
    private static final String MEYLAN = "38229";
    private static final String ECHIROLLES = "38151";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final Entraide entraide = Entraide.builder().storage(storage).idGenerator(new SequentialIdGenerator("id"))
            .build();
    private final Actor admin = Actor.administrator("admin");
    private final Actor moderator = Actor.moderator(io.github.entraide.domain.TerritoryId.of(T), "agent-1");
    private final List<HelpOffer> offers = new ArrayList<>();
    private Actor beneficiary;
    private HelpRequest request;

    private void world(MatchingMode mode) {
        entraide.territories().create(admin, new CreateTerritory(T, "Métropole", List.of(
                new Commune(GRENOBLE, "Grenoble", GeoPoint.of(45.1875, 5.7357), 158000),
                new Commune(MEYLAN, "Meylan", GeoPoint.of(45.2096, 5.7792), 17000),
                new Commune(ECHIROLLES, "Échirolles", GeoPoint.of(45.1436, 5.7183), 37000)),
                CategoryCatalogue.defaults(), TerritorySettings.defaults().withMatchingMode(mode)));
        int n = 0;
        for (String commune : List.of(ECHIROLLES, GRENOBLE, MEYLAN)) {
            n++;
            var helper = register("Aidant" + n, commune, MemberRole.HELPER);
            offers.add(entraide.offers().publish(Actor.member(helper.territoryId(), helper.id()), new PublishOffer(T,
                    helper.id().value(), "groceries", 10, WeeklyAvailability.always(), Set.of("fr"), 1,
                    "Courses le samedi.")));
        }
        var b = register("Jeanne", GRENOBLE, MemberRole.BENEFICIARY);
        beneficiary = Actor.member(b.territoryId(), b.id());
        request = entraide.requests().file(beneficiary, new FileRequest(T, b.id().value(), "groceries",
                "Pain et lait.", GRENOBLE, Optional.empty(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(),
                Optional.empty(), false));
    }

    private MemberView register(String name, String commune, MemberRole role) {
        return entraide.members().register(Actor.system(), new RegisterMember(T, name,
                name.toLowerCase() + "@example.org", Optional.empty(), "fr", commune, Optional.empty(), Set.of(role),
                Optional.of(1980), true, true, "v1"));
    }

    private Actor helperOf(HelpOffer offer) {
        return Actor.member(offer.territoryId(), offer.helperId());
    }

    private MatchRequest match(int limit) {
        return new MatchRequest(T, request.id().value(), limit);
    }

    @Test
    void theBeneficiaryChoosesAmongCoarseCandidatesNearestFirst() {
        world(MatchingMode.BENEFICIARY_CHOOSES);

        MatchOutcome outcome = entraide.matching().match(beneficiary, match(10));

        assertThat(outcome.proposed()).isEmpty();
        assertThat(outcome.candidates()).extracting(CandidateView::communeName)
                .containsExactly("Grenoble", "Meylan", "Échirolles");
        assertThat(outcome.candidates().get(0).distance()).isEqualTo(DistanceBand.UNDER_1_KM);
        assertThat(outcome.candidates()).allSatisfy(c -> assertThat(c.toString()).doesNotContain("@"));
        assertThat(entraide.requests().find(beneficiary, new io.github.entraide.command.RequestRef(T,
                request.id().value())).status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void automaticModeProposesTheBestThenTheNextAfterADecline() {
        world(MatchingMode.AUTOMATIC);

        IntroductionView first = entraide.matching().match(Actor.system(), match(10)).proposed().get(0);
        assertThat(first.offerId()).isEqualTo(offers.get(1).id());
        entraide.introductions().decline(helperOf(offers.get(1)), new IntroductionRef(T, first.id().value()));

        IntroductionView second = entraide.matching().match(Actor.system(), match(10)).proposed().get(0);
        assertThat(second.offerId()).isEqualTo(offers.get(2).id());
    }

    @Test
    void notifyNearestProposesToSeveralAndTheFirstAcceptanceCancelsTheOthers() {
        world(MatchingMode.NOTIFY_NEAREST);

        List<IntroductionView> proposed = entraide.matching().match(beneficiary, match(3)).proposed();
        assertThat(proposed).hasSize(3).allSatisfy(v -> assertThat(v.status()).isEqualTo(IntroductionStatus.PROPOSED));

        IntroductionView winner = proposed.get(2);
        HelpOffer winnerOffer = offers.stream().filter(o -> o.id().equals(winner.offerId())).findFirst().orElseThrow();
        entraide.introductions().accept(helperOf(winnerOffer), new IntroductionRef(T, winner.id().value()));

        for (IntroductionView v : proposed) {
            IntroductionView now = entraide.introductions().view(moderator, new IntroductionRef(T, v.id().value()));
            assertThat(now.status()).isEqualTo(v.id().equals(winner.id()) ? IntroductionStatus.ACCEPTED
                    : IntroductionStatus.CANCELLED);
        }
        assertThat(storage.snapshot()).filteredOn(HelpOffer.class::isInstance).map(HelpOffer.class::cast)
                .allSatisfy(o -> assertThat(o.load()).isEqualTo(o.id().equals(winner.offerId()) ? 1 : 0));
    }

    @Test
    void helpersRacingToAcceptTheSameRequestLeaveExactlyOneWinner() throws Exception {
        world(MatchingMode.NOTIFY_NEAREST);
        List<IntroductionView> proposed = entraide.matching().match(beneficiary, match(3)).proposed();
        ExecutorService pool = Executors.newFixedThreadPool(proposed.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (IntroductionView v : proposed) {
            HelpOffer offer = offers.stream().filter(o -> o.id().equals(v.offerId())).findFirst().orElseThrow();
            results.add(pool.submit(() -> {
                start.await();
                try {
                    entraide.introductions().accept(helperOf(offer), new IntroductionRef(T, v.id().value()));
                    return true;
                } catch (RuntimeException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> f : results) {
            winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        assertThat(storage.snapshot()).filteredOn(io.github.entraide.domain.Introduction.class::isInstance)
                .map(io.github.entraide.domain.Introduction.class::cast)
                .filteredOn(i -> i.status() == IntroductionStatus.ACCEPTED).hasSize(1);
    }

    @Test
    void inDispatcherModeOnlyTheDispatcherSeesCandidates() {
        world(MatchingMode.DISPATCHER);

        assertThatThrownBy(() -> entraide.matching().match(beneficiary, match(5)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(entraide.matching().match(moderator, match(5)).candidates()).hasSize(3);
    }

    @Test
    void aBatchServesEveryOpenRequestItCanWithinCapacity() {
        world(MatchingMode.BENEFICIARY_CHOOSES);
        entraide.territories().configure(admin, new ConfigureTerritory(T, TerritorySettings.defaults()));

        var result = entraide.matching().assignOpenRequests(moderator, new AssignOpenRequests(T));

        assertThat(result.matchedCount()).isEqualTo(1);
        assertThat(result.assignments()).singleElement()
                .satisfies(a -> assertThat(a.offerId()).isEqualTo(offers.get(1).id()));
        assertThat(storage.snapshot()).filteredOn(HelpOffer.class::isInstance).map(HelpOffer.class::cast)
                .allSatisfy(o -> assertThat(o.load()).isLessThanOrEqualTo(o.capacity()));
    }
}
