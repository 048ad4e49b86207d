package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.NotAuthorizedException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.AuditQuery;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.QueueQuery;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.notification.MemberReinstatedNotice;
import io.github.entraide.notification.MemberSuspendedNotice;
import io.github.entraide.notification.RequestRemovedNotice;
import io.github.entraide.service.MemberView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModerationTest {

    private final Neighbourhood n = Neighbourhood.create();
    private final MemberView camille = n.helper("Camille");
    private final MemberView jeanne = n.beneficiary("Jeanne");
    private final MemberView paul = n.beneficiary("Paul");

    private ModerationCase report(MemberView reporter, ModerationSubject.Kind kind, String id, ReportReason reason) {
        return n.entraide.moderation().report(Neighbourhood.as(reporter),
                new ReportContent(Neighbourhood.T, reporter.id().value(), kind, id, reason, "Voir le message."));
    }

    private List<ModerationCase> queue(Optional<CaseStatus> status, Optional<ModerationSubject.Kind> kind,
            Optional<CaseOrigin> origin) {
        return n.entraide.moderation().queue(n.moderator, new QueueQuery(Neighbourhood.T, status, kind, origin));
    }

    @Test
    void reportAndDecisionAreWrittenToTheAuditTrailWithWhoWhenWhatWhy() {
        HelpOffer offer = n.offer(camille, "groceries", "Je fais vos courses le samedi.");
        ModerationCase c = report(jeanne, ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.PAYMENT);
        n.clock.advance(Duration.ofHours(2));
        n.entraide.moderation().decide(n.moderator,
                new DecideCase(Neighbourhood.T, c.id().value(), ModerationAction.REMOVE, "paid-help"));

        List<AuditEntry> trail = n.entraide.moderation().auditTrail(n.moderator,
                new AuditQuery(Neighbourhood.T, Neighbourhood.START, Neighbourhood.START.plus(Duration.ofDays(1))));
        assertThat(trail).extracting(AuditEntry::action).containsExactly("moderation.report", "moderation.remove");
        AuditEntry decision = trail.get(1);
        assertThat(decision.actor()).isEqualTo("moderator:" + Neighbourhood.T + "/mod-1");
        assertThat(decision.at()).isEqualTo(Neighbourhood.START.plus(Duration.ofHours(2)));
        assertThat(decision.subject()).isEqualTo(ModerationSubject.offer(offer.id()));
        assertThat(decision.concernedMemberId()).contains(camille.id());
        assertThat(decision.reasonCode()).contains("paid-help");
        assertThat(trail.get(0).actor()).isEqualTo("member:" + Neighbourhood.T + "/" + jeanne.id());
    }

    @Test
    void queueIsUrgentFirstThenOldestFirst() {
        HelpOffer offer = n.offer(camille, "groceries", "Je fais vos courses le samedi.");
        HelpRequest request = n.request(paul, "groceries", "Du pain, merci.");
        ModerationCase first = report(jeanne, ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.SPAM);
        n.clock.advance(Duration.ofMinutes(5));
        ModerationCase second = report(camille, ModerationSubject.Kind.REQUEST, request.id().value(),
                ReportReason.OTHER);
        n.clock.advance(Duration.ofMinutes(5));
        ModerationCase urgent = report(jeanne, ModerationSubject.Kind.MEMBER, camille.id().value(),
                ReportReason.SAFETY);

        assertThat(queue(Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty()))
                .extracting(ModerationCase::id).containsExactly(urgent.id(), first.id(), second.id());
    }

    @Test
    void queueFiltersByStatusKindAndOrigin() {
        HelpOffer offer = n.offer(camille, "groceries", "Je fais vos courses le samedi.");
        HelpOffer doubtful = n.offer(camille, "conversation", "Appels, un petit dédommagement bienvenu.");
        HelpRequest request = n.request(paul, "groceries", "Du pain, merci.");
        ModerationCase onOffer = report(jeanne, ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.SPAM);
        ModerationCase onRequest = report(camille, ModerationSubject.Kind.REQUEST, request.id().value(),
                ReportReason.OTHER);
        n.entraide.moderation().decide(n.moderator,
                new DecideCase(Neighbourhood.T, onOffer.id().value(), ModerationAction.APPROVE, "no-issue"));

        assertThat(queue(Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty())).hasSize(2);
        assertThat(queue(Optional.of(CaseStatus.DECIDED), Optional.empty(), Optional.empty()))
                .extracting(ModerationCase::id).containsExactly(onOffer.id());
        assertThat(queue(Optional.empty(), Optional.of(ModerationSubject.Kind.REQUEST), Optional.empty()))
                .extracting(ModerationCase::id).containsExactly(onRequest.id());
        assertThat(queue(Optional.empty(), Optional.of(ModerationSubject.Kind.OFFER),
                Optional.of(CaseOrigin.VOLUNTEER_POLICY))).singleElement()
                .satisfies(c -> assertThat(c.subject().id()).isEqualTo(doubtful.id().value()));
    }

    @Test
    void removingAReportedRequestCancelsItAndTellsTheRequesterWhy() {
        HelpRequest request = n.request(paul, "groceries", "Du pain, merci.");
        ModerationCase c = report(camille, ModerationSubject.Kind.REQUEST, request.id().value(),
                ReportReason.INAPPROPRIATE);

        n.entraide.moderation().decide(n.moderator,
                new DecideCase(Neighbourhood.T, c.id().value(), ModerationAction.REMOVE, "inappropriate"));

        assertThat(n.stored(HelpRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(io.github.entraide.domain.RequestStatus.CANCELLED));
        assertThat(n.notifications()).filteredOn(RequestRemovedNotice.class::isInstance).singleElement()
                .satisfies(x -> assertThat(((RequestRemovedNotice) x).reasonCode()).isEqualTo("inappropriate"));
    }

    @Test
    void suspendedMemberIsToldCannotActAndIsReinstated() {
        ModerationCase c = report(jeanne, ModerationSubject.Kind.MEMBER, camille.id().value(), ReportReason.SAFETY);

        n.entraide.moderation().decide(n.moderator,
                new DecideCase(Neighbourhood.T, c.id().value(), ModerationAction.SUSPEND, "threats"));

        assertThat(n.entraide.members().view(n.moderator, new MemberRef(Neighbourhood.T, camille.id().value()))
                .status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThatThrownBy(() -> n.offer(camille, "groceries", "Courses."))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("member-inactive"));
        assertThat(n.notifications()).filteredOn(MemberSuspendedNotice.class::isInstance).singleElement()
                .satisfies(x -> assertThat(((MemberSuspendedNotice) x).reasonCode()).isEqualTo("threats"));

        MemberView back = n.entraide.moderation().sanction(n.moderator,
                new SanctionMember(Neighbourhood.T, camille.id().value(), ModerationAction.REINSTATE, "appeal-upheld"));

        assertThat(back.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(n.notifications()).filteredOn(MemberReinstatedNotice.class::isInstance).hasSize(1);
        assertThat(n.entraide.moderation().auditConcerning(n.moderator,
                new MemberRef(Neighbourhood.T, camille.id().value()))).extracting(AuditEntry::action)
                .contains("moderation.report", "moderation.suspend", "moderation.reinstate");
    }

    @Test
    void aCaseIsDecidedOnceAndOnlyByAModeratorOfTheTerritory() {
        HelpOffer offer = n.offer(camille, "groceries", "Je fais vos courses le samedi.");
        ModerationCase c = report(jeanne, ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.SPAM);
        DecideCase approve = new DecideCase(Neighbourhood.T, c.id().value(), ModerationAction.APPROVE, "ok");

        assertThatThrownBy(() -> n.entraide.moderation().decide(Neighbourhood.as(jeanne), approve))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> n.entraide.moderation().decide(
                io.github.entraide.domain.Actor.moderator(io.github.entraide.domain.TerritoryId.of("elsewhere"), "m"),
                approve)).isInstanceOf(NotAuthorizedException.class);
        n.entraide.moderation().decide(n.moderator, approve);
        assertThatThrownBy(() -> n.entraide.moderation().decide(n.moderator, approve))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("case-decided"));
    }

    @Test
    void aModeratorsReadOfPersonalDataIsAudited() {
        HelpOffer offer = n.offer(camille, "groceries", "Je fais vos courses le samedi.");

        n.entraide.offers().find(n.moderator, new OfferRef(Neighbourhood.T, offer.id().value()));
        n.entraide.members().view(n.moderator, new MemberRef(Neighbourhood.T, camille.id().value()));
        n.entraide.offers().find(Neighbourhood.as(camille), new OfferRef(Neighbourhood.T, offer.id().value()));

        assertThat(n.entraide.moderation().auditConcerning(n.moderator,
                new MemberRef(Neighbourhood.T, camille.id().value())))
                .extracting(AuditEntry::action, e -> e.subject().kind())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("personal-data.read", ModerationSubject.Kind.OFFER),
                        org.assertj.core.groups.Tuple.tuple("personal-data.read", ModerationSubject.Kind.MEMBER));
    }

    @Test
    void memberCannotReportThemself() {
        assertThatThrownBy(() -> report(jeanne, ModerationSubject.Kind.MEMBER, jeanne.id().value(),
                ReportReason.OTHER)).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("cannot-report-self"));
    }
}
