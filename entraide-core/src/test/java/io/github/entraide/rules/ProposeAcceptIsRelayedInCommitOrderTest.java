package io.github.entraide.rules;

import static io.github.entraide.rules.Neighbourhood.T;
import static io.github.entraide.rules.Neighbourhood.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.event.DomainEvent;
import io.github.entraide.internal.Json;
import io.github.entraide.memory.RecordingEventPublisher;
import io.github.entraide.memory.RecordingNotifier;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.relay.DrainResult;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A whole propose → accept flow, then the outbox relay: the helper gets the proposal (without the
 * beneficiary's contact details), then each side gets the other's contacts, delivered and
 * published in the order the transactions committed them.
 */
class ProposeAcceptIsRelayedInCommitOrderTest {

    @Test
    void theProposalThenBothSidesContactsAreDeliveredInCommitOrder() {
        Neighbourhood n = Neighbourhood.create();
        MemberView helper = n.helper("Camille");
        MemberView beneficiary = n.beneficiary("Jeanne");
        HelpOffer offer = n.offer(helper, "groceries", "Je peux faire vos courses le samedi matin.");
        HelpRequest request = n.request(beneficiary, "groceries", "Du pain et du lait, merci.");
        IntroductionView proposed = n.entraide.introductions().propose(as(beneficiary),
                new ProposeIntroduction(T, request.id().value(), offer.id().value()));
        n.entraide.introductions().accept(as(helper), new IntroductionRef(T, proposed.id().value()));
        List<OutboxMessage> committed = n.outbox();

        RecordingNotifier notifier = new RecordingNotifier();
        RecordingEventPublisher publisher = new RecordingEventPublisher();
        DrainResult drained = OutboxRelay.builder(n.storage).clock(n.clock).notifier(notifier)
                .eventPublisher(publisher).build().drainUntilIdle();

        assertThat(drained.delivered()).isEqualTo(committed.size());
        assertThat(drained.retried() + drained.deadLettered()).isZero();
        assertThat(n.storage.outbox().pendingCount()).isZero();
        assertThat(notifier.deliveries()).extracting(RecordingNotifier.Delivery::deliveryId)
                .as("notifications in commit order").containsExactlyElementsOf(committed.stream()
                        .filter(m -> m.kind() == OutboxMessage.Kind.NOTIFICATION).map(OutboxMessage::id)
                        .collect(Collectors.toList()));
        List<DomainEvent> expectedEvents = committed.stream().filter(m -> m.kind() == OutboxMessage.Kind.EVENT)
                .map(m -> Json.readEvent(m.type(), m.payload())).collect(Collectors.toList());
        assertThat(publisher.events()).as("events in commit order").isNotEmpty()
                .extracting(DomainEvent::type).containsExactlyElementsOf(
                        expectedEvents.stream().map(DomainEvent::type).collect(Collectors.toList()));

        List<Notification> delivered = notifier.deliveries().stream().map(RecordingNotifier.Delivery::notification)
                .collect(Collectors.toList());
        assertThat(delivered).hasSize(3);
        assertThat(delivered.get(0)).isInstanceOfSatisfying(IntroductionProposedNotice.class, p -> {
            assertThat(p.recipient().email()).isEqualTo(helper.email());
            assertThat(p.introductionId()).isEqualTo(proposed.id());
            assertThat(Json.write(p)).doesNotContain(beneficiary.email(), "06 12 34 56 78");
        });
        assertThat(delivered.subList(1, 3)).allSatisfy(c -> assertThat(c).isInstanceOf(ContactsSharedNotice.class))
                .anySatisfy(c -> {
                    ContactsSharedNotice toHelper = (ContactsSharedNotice) c;
                    assertThat(toHelper.recipient().email()).isEqualTo(helper.email());
                    assertThat(toHelper.counterpartEmail()).isEqualTo(beneficiary.email());
                    assertThat(toHelper.counterpartPhone()).contains("06 12 34 56 78");
                })
                .anySatisfy(c -> {
                    ContactsSharedNotice toBeneficiary = (ContactsSharedNotice) c;
                    assertThat(toBeneficiary.recipient().email()).isEqualTo(beneficiary.email());
                    assertThat(toBeneficiary.counterpartEmail()).isEqualTo(helper.email());
                });
    }
}
