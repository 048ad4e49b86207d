package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model platform's direct mode, chosen by an administrator for a territory: an introduction
 * is made at once, and contact details are exchanged at once.
 */
class DirectModeTest {
    private final World world = new World();
    private MemberView helper;
    private MemberView proxy;
    private HelpOffer offer;
    private HelpRequest request;

    @BeforeEach
    void grenobleSwitchedToDirectMode() {
        world.createGrenoble(TerritorySettings.defaults());
        world.entraide.territories().configure(World.ADMIN, new ConfigureTerritory(World.GRENOBLE,
                TerritorySettings.defaults().withIntroductionMode(IntroductionMode.DIRECT)));
        helper = world.register(World.GRENOBLE, "Camille", MemberRole.HELPER);
        proxy = world.register(World.GRENOBLE, "Sophie", MemberRole.BENEFICIARY);
        offer = world.publish(helper, "conversation", 1, 2, Set.of("fr"));
        request = world.file(proxy, "conversation",
                Optional.of(new OnBehalfOf("Madeleine", ProxyRelationship.RELATIVE, false)), false);
    }

    @Test
    void aProposalIsAcceptedAtOnceAndBothSidesSeeEachOthersContactDetails() {
        IntroductionView made = propose();

        assertThat(made.status()).isEqualTo(IntroductionStatus.ACCEPTED);
        assertThat(made.contact()).map(c -> c.email()).contains(helper.email());
        IntroductionView byHelper = world.entraide.introductions().view(World.actor(helper),
                new IntroductionRef(World.GRENOBLE, made.id().value()));
        assertThat(byHelper.contact()).isPresent();
        assertThat(byHelper.contact().get().email()).isEqualTo(proxy.email());
        assertThat(byHelper.contact().get().onBehalfOf()).contains("Madeleine");
        assertThat(world.entraide.offers().find(World.actor(helper), new OfferRef(World.GRENOBLE,
                offer.id().value())).load()).isEqualTo(1);
    }

    @Test
    void bothSidesAreSentEachOthersContactDetailsAndNoProposalIsSent() {
        propose();

        List<OutboxMessage> messages = world.claimAll();
        List<Notification> notifications = messages.stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.NOTIFICATION)
                .map(m -> Json.readNotification(m.type(), m.payload())).collect(Collectors.toList());
        assertThat(notifications).hasSize(2).allSatisfy(n -> assertThat(n).isInstanceOf(ContactsSharedNotice.class));
        assertThat(notifications).extracting(n -> ((ContactsSharedNotice) n).counterpartEmail())
                .containsExactlyInAnyOrder(helper.email(), proxy.email());
        assertThat(messages).filteredOn(m -> m.type().startsWith("introduction."))
                .extracting(OutboxMessage::type).containsExactly("introduction.proposed", "introduction.accepted");
    }

    @Test
    void thereIsNothingLeftForTheHelperToAccept() {
        IntroductionView made = propose();
        List<Object> before = world.snapshot();

        RuleRefusedException refused = catchThrowableOfType(() -> world.entraide.introductions().accept(
                World.actor(helper), new IntroductionRef(World.GRENOBLE, made.id().value())),
                RuleRefusedException.class);

        assertThat(refused.reason()).isEqualTo("introduction-not-proposed");
        Snapshots.assertUnchanged(before, world.snapshot());
    }

    private IntroductionView propose() {
        return world.entraide.introductions().propose(World.actor(proxy),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), offer.id().value()));
    }
}
