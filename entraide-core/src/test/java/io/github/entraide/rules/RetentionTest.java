package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.NotAuthorizedException;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.InactivityWarningNotice;
import io.github.entraide.policy.RetentionPolicy;
import io.github.entraide.service.MemberView;
import io.github.entraide.service.PurgeReport;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Neighbourhood n = Neighbourhood.create();

    private void relayEverything() {
        for (OutboxMessage m : n.storage.outbox().claim(1000, n.clock.instant(), Duration.ofMinutes(1))) {
            n.storage.outbox().markSent(m.id(), n.clock.instant());
        }
    }

    private HelpRequest stored(HelpRequest r) {
        return n.stored(HelpRequest.class).stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
    }

    @Test
    void closedRequestsLoseTheirTextsAfterNinetyDaysOpenOnesDoNot() {
        MemberView jeanne = n.beneficiary("Jeanne");
        HelpRequest cancelled = n.request(jeanne, "groceries", "Du pain pour ma voisine.", Neighbourhood.GRENOBLE,
                Optional.of(new OnBehalfOf("Odette", ProxyRelationship.RELATIVE, false)));
        n.entraide.requests().cancel(Neighbourhood.as(jeanne), new RequestRef(Neighbourhood.T, cancelled.id().value()));
        n.clock.advance(Duration.ofDays(89));
        HelpRequest open = n.request(jeanne, "conversation", "Un appel le dimanche.");

        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).requestsPurged()).isZero();
        assertThat(stored(cancelled).freeText()).isEqualTo("Du pain pour ma voisine.");

        n.clock.advance(Duration.ofDays(1).plusSeconds(1));
        PurgeReport report = n.entraide.maintenance().purgeExpired(Actor.system());

        assertThat(report.requestsPurged()).isEqualTo(1);
        assertThat(stored(cancelled).freeText()).isEmpty();
        assertThat(stored(cancelled).onBehalfOf()).map(OnBehalfOf::firstName).contains("—");
        assertThat(stored(cancelled).categoryId().value()).isEqualTo("groceries");
        assertThat(stored(open).freeText()).isEqualTo("Un appel le dimanche.");
        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).requestsPurged()).isZero();
    }

    @Test
    void sentNotificationsWithContactDetailsArePurgedAfterTheDelay() {
        Neighbourhood direct = Neighbourhood.create(s -> s.withIntroductionMode(
                io.github.entraide.domain.IntroductionMode.DIRECT));
        MemberView helper = direct.helper("Camille");
        MemberView neighbour = direct.beneficiary("Jeanne");
        var offer = direct.offer(helper, "groceries", "Courses le samedi.");
        var request = direct.request(neighbour, "groceries", "Du pain.");
        direct.entraide.introductions().propose(Neighbourhood.as(neighbour),
                new io.github.entraide.command.ProposeIntroduction(Neighbourhood.T, request.id().value(),
                        offer.id().value()));
        assertThat(direct.notifications()).filteredOn(ContactsSharedNotice.class::isInstance).hasSize(2);
        for (OutboxMessage m : direct.storage.outbox().claim(1000, direct.clock.instant(), Duration.ofMinutes(1))) {
            direct.storage.outbox().markSent(m.id(), direct.clock.instant());
        }

        direct.clock.advance(Duration.ofDays(91));
        PurgeReport report = direct.entraide.maintenance().purgeExpired(Actor.system());

        assertThat(report.notificationsPurged()).isEqualTo(2);
        assertThat(direct.notifications()).filteredOn(ContactsSharedNotice.class::isInstance).isEmpty();
        assertThat(direct.outbox()).filteredOn(m -> m.kind() == OutboxMessage.Kind.EVENT).isNotEmpty();
    }

    @Test
    void inactiveMemberIsWarnedAMonthAheadThenErasedAfterTwentyFourMonths() {
        MemberView jeanne = n.beneficiary("Jeanne");
        n.request(jeanne, "conversation", "Un appel le dimanche.");
        RetentionPolicy retention = RetentionPolicy.standard();

        n.clock.advance(retention.inactiveMembers().minus(retention.warningLead()).minusDays(1));
        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).membersWarned()).isZero();

        n.clock.advance(Duration.ofDays(2));
        PurgeReport warned = n.entraide.maintenance().purgeExpired(Actor.system());
        assertThat(warned.membersWarned()).isEqualTo(1);
        // warned a day later than the earliest: erasure comes a full warning lead after the warning
        java.time.Instant warnedAt = n.clock.instant();
        assertThat(n.notifications()).filteredOn(InactivityWarningNotice.class::isInstance).singleElement()
                .satisfies(w -> assertThat(((InactivityWarningNotice) w).erasureAt())
                        .isEqualTo(warnedAt.plus(retention.warningLead())));
        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).membersWarned()).isZero();

        n.clock.advance(retention.warningLead().minusDays(2));
        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).membersErased()).isZero();

        n.clock.advance(Duration.ofDays(2));
        PurgeReport erased = n.entraide.maintenance().purgeExpired(Actor.system());

        assertThat(erased.membersErased()).isEqualTo(1);
        assertThat(n.stored(Member.class)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MemberStatus.ERASED);
            assertThat(m.displayName()).isEqualTo("—");
        });
        assertThat(n.stored(HelpRequest.class)).singleElement().satisfies(r -> assertThat(r.freeText()).isEmpty());
    }

    @Test
    void aMemberWarnedWhoComesBackIsNotErased() {
        MemberView jeanne = n.beneficiary("Jeanne");
        RetentionPolicy retention = RetentionPolicy.standard();
        n.clock.advance(retention.inactiveMembers().minus(retention.warningLead()).plusDays(1));
        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).membersWarned()).isEqualTo(1);

        n.entraide.members().recordConsent(Neighbourhood.as(jeanne), new io.github.entraide.command.RecordConsent(
                Neighbourhood.T, jeanne.id().value(), io.github.entraide.domain.ConsentPurpose.CONTACT_SHARING,
                "2028-03", true));
        n.clock.advance(retention.warningLead());

        assertThat(n.entraide.maintenance().purgeExpired(Actor.system()).membersErased()).isZero();
        assertThat(n.stored(Member.class)).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE));
    }

    @Test
    void filingARequestCountsAsActivity() {
        MemberView jeanne = n.beneficiary("Jeanne");
        RetentionPolicy retention = RetentionPolicy.standard();
        n.clock.advance(retention.inactiveMembers().minusDays(60));
        n.request(jeanne, "conversation", "Un appel le dimanche.");
        n.clock.advance(Duration.ofDays(60));

        PurgeReport report = n.entraide.maintenance().purgeExpired(Actor.system());

        assertThat(report.membersWarned()).isZero();
        assertThat(report.membersErased()).isZero();
    }

    @Test
    void onlyTheSystemRunsRetention() {
        assertThatThrownBy(() -> n.entraide.maintenance().purgeExpired(n.moderator))
                .isInstanceOf(NotAuthorizedException.class);
    }
}
