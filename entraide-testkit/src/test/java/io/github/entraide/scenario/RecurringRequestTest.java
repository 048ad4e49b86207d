package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.Recurrence;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weekly requests (groceries every week, a standing conversation partner) renew themselves with
 * the same helper when both sides agree, and only then.
 */
class RecurringRequestTest {
    private static final Instant SATURDAY_TEN = Instant.parse("2026-03-28T09:00:00Z");

    private final World world = new World();
    private MemberView helper;
    private MemberView beneficiary;
    private HelpOffer offer;

    @BeforeEach
    void grenobleWithAHelperAndANeighbour() {
        world.createGrenoble(TerritorySettings.defaults());
        helper = world.register(World.GRENOBLE, "Camille", MemberRole.HELPER);
        beneficiary = world.register(World.GRENOBLE, "Jeanne", MemberRole.BENEFICIARY);
        offer = world.publish(helper, "groceries", 3, 1, Set.of("fr"));
    }

    @Test
    void aWeeklyRequestCompletedWithBothSidesRenewingComesBackNextWeekWithTheSameHelper() {
        HelpRequest first = fileWeekly();
        IntroductionView intro = proposeAndAccept(first);

        world.clock.advance(Duration.ofDays(5));
        confirm(intro, true, true);

        List<HelpRequest> requests = requestsOfTheBeneficiary();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).status()).isEqualTo(RequestStatus.FULFILLED);
        HelpRequest next = requests.get(1);
        assertThat(next.status()).isEqualTo(RequestStatus.INTRODUCED);
        assertThat(next.recurrence()).contains(new Recurrence(first.id(), 2));
        assertThat(next.categoryId()).isEqualTo(first.categoryId());
        assertThat(next.timing()).isEqualTo(first.timing().plusWeeks(1));
        assertThat(next.requesterId()).isEqualTo(beneficiary.id());

        List<IntroductionView> ofTheHelper = world.entraide.introductions().mine(World.actor(helper));
        IntroductionView renewed = ofTheHelper.stream().filter(v -> v.requestId().equals(next.id())).findFirst()
                .orElseThrow();
        assertThat(renewed.status()).isEqualTo(IntroductionStatus.ACCEPTED);
        assertThat(renewed.offerId()).isEqualTo(offer.id());
        assertThat(renewed.contact()).map(c -> c.email()).contains(beneficiary.email());
        assertThat(currentOffer().load()).as("the renewed introduction holds the helper's only place").isEqualTo(1);
    }

    @Test
    void theSeriesGoesOnWeekAfterWeekWhileBothAgree() {
        HelpRequest first = fileWeekly();
        IntroductionView intro = proposeAndAccept(first);
        for (int week = 2; week <= 4; week++) {
            world.clock.advance(Duration.ofDays(7));
            confirm(intro, true, true);
            HelpRequest latest = requestsOfTheBeneficiary().get(week - 1);
            assertThat(latest.recurrence()).contains(new Recurrence(first.id(), week));
            intro = world.entraide.introductions().mine(World.actor(beneficiary)).stream()
                    .filter(v -> v.requestId().equals(latest.id())).findFirst().orElseThrow();
        }
        assertThat(requestsOfTheBeneficiary()).extracting(HelpRequest::status).containsExactly(
                RequestStatus.FULFILLED, RequestStatus.FULFILLED, RequestStatus.FULFILLED, RequestStatus.INTRODUCED);
    }

    @Test
    void nothingIsRenewedWhenTheBeneficiaryDeclinesRenewal() {
        IntroductionView intro = proposeAndAccept(fileWeekly());

        confirm(intro, true, false);

        assertThat(requestsOfTheBeneficiary()).extracting(HelpRequest::status)
                .containsExactly(RequestStatus.FULFILLED);
        assertThat(currentOffer().load()).isZero();
    }

    @Test
    void nothingIsRenewedWhenTheHelperDeclinesRenewal() {
        IntroductionView intro = proposeAndAccept(fileWeekly());

        confirm(intro, false, true);

        assertThat(requestsOfTheBeneficiary()).hasSize(1);
        assertThat(world.entraide.introductions().mine(World.actor(helper))).hasSize(1);
        assertThat(currentOffer().load()).isZero();
    }

    @Test
    void aOneOffRequestIsNotRenewedEvenWhenBothSidesWouldLike() {
        HelpRequest once = world.file(beneficiary, "groceries", Optional.empty(), false);
        IntroductionView intro = proposeAndAccept(once);

        confirm(intro, true, true);

        assertThat(requestsOfTheBeneficiary()).extracting(HelpRequest::status)
                .containsExactly(RequestStatus.FULFILLED);
    }

    private HelpRequest fileWeekly() {
        return world.entraide.requests().file(World.actor(beneficiary), new FileRequest(World.GRENOBLE,
                beneficiary.id().value(), "groceries", "Les courses de la semaine, je rembourse sur ticket.",
                GrenobleFixture.GRENOBLE, Optional.empty(), Timing.window(SATURDAY_TEN,
                        SATURDAY_TEN.plus(Duration.ofHours(2))), Urgency.NORMAL, Set.of(), Optional.empty(), true));
    }

    private IntroductionView proposeAndAccept(HelpRequest request) {
        IntroductionView proposed = world.entraide.introductions().propose(World.actor(beneficiary),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), offer.id().value()));
        return world.entraide.introductions().accept(World.actor(helper),
                new IntroductionRef(World.GRENOBLE, proposed.id().value()));
    }

    private void confirm(IntroductionView intro, boolean helperRenews, boolean beneficiaryRenews) {
        world.entraide.introductions().confirmCompletion(World.actor(helper),
                new ConfirmCompletion(World.GRENOBLE, intro.id().value(), helperRenews));
        IntroductionView done = world.entraide.introductions().confirmCompletion(World.actor(beneficiary),
                new ConfirmCompletion(World.GRENOBLE, intro.id().value(), beneficiaryRenews));
        assertThat(done.status()).isEqualTo(IntroductionStatus.COMPLETED);
    }

    private List<HelpRequest> requestsOfTheBeneficiary() {
        return world.entraide.requests().mine(World.actor(beneficiary)).stream()
                .sorted(Comparator.comparing(HelpRequest::createdAt).thenComparing(r -> r.id().value())).toList();
    }

    private HelpOffer currentOffer() {
        return world.entraide.offers().find(Actor.member(helper.territoryId(), helper.id()),
                new io.github.entraide.command.OfferRef(World.GRENOBLE, offer.id().value()));
    }
}
