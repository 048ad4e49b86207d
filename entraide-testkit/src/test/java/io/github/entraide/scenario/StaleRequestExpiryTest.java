package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.event.RequestEvent;
import io.github.entraide.internal.Json;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests nobody took up expire after the territory's delay, when the scheduled sweep runs. */
class StaleRequestExpiryTest {
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private final World world = new World();
    private MemberView beneficiary;
    private MemberView helper;

    @BeforeEach
    void grenobleWithASevenDayExpiry() {
        world.createGrenoble(TerritorySettings.defaults());
        world.entraide.territories().configure(World.ADMIN, new ConfigureTerritory(World.GRENOBLE,
                TerritorySettings.defaults().withRequestExpiry(SEVEN_DAYS)));
        beneficiary = world.register(World.GRENOBLE, "Jeanne", MemberRole.BENEFICIARY);
        helper = world.register(World.GRENOBLE, "Camille", MemberRole.HELPER);
    }

    @Test
    void anOpenRequestExpiresOnceItsDelayHasPassedAndNotBefore() {
        HelpRequest request = world.file(beneficiary, "conversation", Optional.empty(), false);

        world.clock.advance(SEVEN_DAYS.minusMinutes(1));
        assertThat(world.entraide.maintenance().expireStaleRequests(World.SYSTEM)).isZero();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.OPEN);

        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.entraide.maintenance().expireStaleRequests(World.SYSTEM)).isEqualTo(1);
        assertThat(statusOf(request)).isEqualTo(RequestStatus.EXPIRED);
        assertThat(world.entraide.maintenance().expireStaleRequests(World.SYSTEM)).as("a second sweep").isZero();

        assertThat(world.claimAll()).filteredOn(m -> m.kind() == OutboxMessage.Kind.EVENT)
                .last().satisfies(m -> {
                    RequestEvent event = (RequestEvent) Json.readEvent(m.type(), m.payload());
                    assertThat(event.requestId()).isEqualTo(request.id());
                    assertThat(event.status()).isEqualTo(RequestStatus.EXPIRED);
                });
    }

    @Test
    void aRequestWhoseWindowClosesBeforeTheDelayExpiresWhenTheWindowCloses() {
        HelpRequest request = world.entraide.requests().file(World.actor(beneficiary), new FileRequest(
                World.GRENOBLE, beneficiary.id().value(), "groceries", "Pour samedi matin.",
                GrenobleFixture.GRENOBLE, Optional.empty(), Timing.window(World.START.plus(Duration.ofDays(2)),
                        World.START.plus(Duration.ofDays(2).plusHours(3))), Urgency.NORMAL, Set.of(), Optional.empty(),
                false));

        world.clock.advance(Duration.ofDays(2).plusHours(3));

        assertThat(world.entraide.maintenance().expireStaleRequests(World.SYSTEM)).isEqualTo(1);
        assertThat(statusOf(request)).isEqualTo(RequestStatus.EXPIRED);
    }

    @Test
    void aRequestInTheHandsOfAHelperDoesNotExpire() {
        HelpOffer offer = world.publish(helper, "conversation", 1, 1, Set.of("fr"));
        HelpRequest request = world.file(beneficiary, "conversation", Optional.empty(), false);
        world.entraide.introductions().propose(World.actor(beneficiary),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), offer.id().value()));

        world.clock.advance(SEVEN_DAYS.plusDays(1));

        assertThat(world.entraide.maintenance().expireStaleRequests(World.SYSTEM)).isZero();
        assertThat(statusOf(request)).isEqualTo(RequestStatus.INTRODUCED);
    }

    @Test
    void aRequestReopenedByAnExpiredProposalAfterItsOwnDelayExpiresInTheSameSweep() {
        world.entraide.territories().configure(World.ADMIN, new ConfigureTerritory(World.GRENOBLE,
                TerritorySettings.defaults().withRequestExpiry(Duration.ofDays(1))));
        HelpOffer offer = world.publish(helper, "conversation", 1, 1, Set.of("fr"));
        HelpRequest request = world.file(beneficiary, "conversation", Optional.empty(), false);
        world.entraide.introductions().propose(World.actor(beneficiary),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), offer.id().value()));

        world.clock.advance(Duration.ofHours(49));

        assertThat(world.entraide.maintenance().runScheduledWork(World.SYSTEM)).as("a proposal and a request")
                .isEqualTo(2);
        assertThat(statusOf(request)).isEqualTo(RequestStatus.EXPIRED);
    }

    private RequestStatus statusOf(HelpRequest request) {
        return world.entraide.requests().find(World.actor(beneficiary),
                new RequestRef(World.GRENOBLE, request.id().value())).status();
    }
}
