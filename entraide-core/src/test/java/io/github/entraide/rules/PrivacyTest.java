package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.NotAuthorizedException;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.ReportContent;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.privacy.MemberExport;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrivacyTest {
    private static final String REQUEST_TEXT = "Courses pour Marguerite, allée des Tilleuls, digicode 4521.";
    private static final String OFFER_TEXT = "Je peux aussi promener votre chien le dimanche matin.";
    private static final String REPORT_COMMENT = "Jeanne dit que ce message la met mal à l'aise.";

    private final Neighbourhood n = Neighbourhood.create();
    private final MemberView camille = n.helper("Camille");
    private final MemberView jeanne = n.register("Jeanne Dupuis", "jeanne.dupuis@example.org",
            Optional.of("+33 6 12 34 56 78"), java.util.Set.of(io.github.entraide.domain.MemberRole.BENEFICIARY,
                    io.github.entraide.domain.MemberRole.HELPER), Optional.of(1948), Neighbourhood.MEYLAN);
    private HelpRequest request;
    private IntroductionView introduction;

    /** Jeanne files a request on behalf of her mother, is introduced to Camille, offers help and reports. */
    private void jeanneTakesPart() {
        HelpOffer camillesOffer = n.offer(camille, "groceries", "Courses le samedi matin.");
        request = n.request(jeanne, "groceries", REQUEST_TEXT, Neighbourhood.MEYLAN,
                Optional.of(new OnBehalfOf("Marguerite", ProxyRelationship.RELATIVE, false)));
        introduction = n.entraide.introductions().propose(Neighbourhood.as(jeanne),
                new ProposeIntroduction(Neighbourhood.T, request.id().value(), camillesOffer.id().value()));
        relayEverything();
        n.entraide.introductions().accept(Neighbourhood.as(camille),
                new IntroductionRef(Neighbourhood.T, introduction.id().value()));
        n.offer(jeanne, "other.pet-walking", OFFER_TEXT);
        n.entraide.moderation().report(Neighbourhood.as(jeanne), new ReportContent(Neighbourhood.T,
                jeanne.id().value(), ModerationSubject.Kind.MEMBER, camille.id().value(), ReportReason.OTHER,
                REPORT_COMMENT));
    }

    private void relayEverything() {
        for (OutboxMessage m : n.storage.outbox().claim(1000, n.clock.instant(), Duration.ofMinutes(1))) {
            n.storage.outbox().markSent(m.id(), n.clock.instant());
        }
    }

    @Test
    void exportHoldsEverythingAboutTheMemberAndRoundTripsThroughJson() {
        jeanneTakesPart();

        MemberExport export = n.entraide.privacy().export(Neighbourhood.as(jeanne),
                new MemberRef(Neighbourhood.T, jeanne.id().value()));
        String json = export.toJson();
        MemberExport back = MemberExport.fromJson(json);

        assertThat(back).isEqualTo(export);
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(export.profile().email()).isEqualTo("jeanne.dupuis@example.org");
        assertThat(export.profile().phone()).contains("+33 6 12 34 56 78");
        assertThat(export.profile().consents()).hasSize(2);
        assertThat(export.requests()).singleElement().satisfies(r -> {
            assertThat(r.freeText()).isEqualTo(REQUEST_TEXT);
            assertThat(r.onBehalfOfFirstName()).contains("Marguerite");
        });
        assertThat(export.offers()).extracting(MemberExport.Offer::freeText).containsExactly(OFFER_TEXT);
        assertThat(export.introductions()).singleElement()
                .satisfies(i -> assertThat(i.role()).isEqualTo("BENEFICIARY"));
        assertThat(export.moderationCases()).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo("REPORTER"));
        assertThat(json).doesNotContain("camille@example.org").contains("\"formatVersion\":1");
    }

    @Test
    void everyExportIsAuditedAndOnlyTheMemberOrStaffMayExport() {
        n.entraide.privacy().export(Neighbourhood.as(jeanne), new MemberRef(Neighbourhood.T, jeanne.id().value()));
        n.entraide.privacy().export(n.moderator, new MemberRef(Neighbourhood.T, jeanne.id().value()));

        assertThatThrownBy(() -> n.entraide.privacy().export(Neighbourhood.as(camille),
                new MemberRef(Neighbourhood.T, jeanne.id().value()))).isInstanceOf(NotAuthorizedException.class);
        assertThat(n.entraide.moderation().auditConcerning(n.moderator,
                new MemberRef(Neighbourhood.T, jeanne.id().value())))
                .filteredOn(e -> e.action().equals("privacy.export")).extracting(AuditEntry::actor)
                .containsExactly(Actor.member(Neighbourhood.TID, jeanne.id()).auditName(),
                        n.moderator.auditName());
    }

    @Test
    void afterErasureNoStoredStringHoldsTheMembersNameAddressPhoneOrTexts() {
        jeanneTakesPart();
        List<String> personal = List.of("Jeanne", "Dupuis", "jeanne.dupuis@example.org", "+33 6 12 34 56 78",
                "12 34 56 78", REQUEST_TEXT, "Marguerite", OFFER_TEXT, "digicode 4521", REPORT_COMMENT);
        assertThat(StoreScanner.strings(n.storage.snapshot()))
                .anySatisfy(s -> assertThat(s).contains("jeanne.dupuis@example.org"));

        n.entraide.privacy().erase(Neighbourhood.as(jeanne), new MemberRef(Neighbourhood.T, jeanne.id().value()));

        // Until the relay sends it, the confirmation to the old address is the one place it remains.
        assertThat(n.notifications()).filteredOn(ErasureConfirmedNotice.class::isInstance).singleElement()
                .satisfies(x -> assertThat(x.recipient().email()).isEqualTo("jeanne.dupuis@example.org"));
        relayEverything();
        n.entraide.maintenance().purgeExpired(Actor.system());

        List<String> strings = StoreScanner.strings(n.storage.snapshot());
        assertThat(strings).isNotEmpty();
        for (String needle : personal) {
            assertThat(strings).noneSatisfy(s -> assertThat(s).containsIgnoringCase(needle));
        }
    }

    @Test
    void erasureKeepsCountsAndTheOtherSideSeesAnErasedMember() {
        jeanneTakesPart();

        MemberView erased = n.entraide.privacy().erase(Neighbourhood.as(jeanne),
                new MemberRef(Neighbourhood.T, jeanne.id().value()));

        assertThat(erased.status()).isEqualTo(MemberStatus.ERASED);
        assertThat(n.stored(Member.class)).hasSize(2);
        assertThat(n.stored(HelpRequest.class)).singleElement().satisfies(r -> {
            assertThat(r.freeText()).isEmpty();
            assertThat(r.categoryId().value()).isEqualTo("groceries");
            assertThat(r.location().inseeCode()).isEqualTo(Neighbourhood.MEYLAN);
        });
        IntroductionView seenByCamille = n.entraide.introductions().view(Neighbourhood.as(camille),
                new IntroductionRef(Neighbourhood.T, introduction.id().value()));
        assertThat(seenByCamille.counterpartName()).isEqualTo("—");
        assertThat(seenByCamille.contact()).isEmpty();
        assertThat(n.entraide.moderation().auditConcerning(n.moderator,
                new MemberRef(Neighbourhood.T, jeanne.id().value()))).extracting(AuditEntry::action)
                .contains("privacy.erase");
    }

    @Test
    void erasureLeavesOtherMembersDataAndNotificationsAlone() {
        jeanneTakesPart();
        MemberView paul = n.beneficiary("Paul");
        HelpOffer conversation = n.offer(camille, "conversation", "Appels le soir, avec plaisir.");
        HelpRequest paulsRequest = n.request(paul, "conversation", "Un appel par semaine, merci.");
        n.entraide.introductions().propose(Neighbourhood.as(paul),
                new ProposeIntroduction(Neighbourhood.T, paulsRequest.id().value(), conversation.id().value()));
        long paulsNotices = n.notifications().stream()
                .filter(x -> x instanceof io.github.entraide.notification.IntroductionProposedNotice p
                        && p.requestText().equals("Un appel par semaine, merci.")).count();

        n.entraide.privacy().erase(Neighbourhood.as(jeanne), new MemberRef(Neighbourhood.T, jeanne.id().value()));

        assertThat(paulsNotices).isEqualTo(1);
        assertThat(n.notifications()).filteredOn(x -> x instanceof io.github.entraide.notification.IntroductionProposedNotice p
                && p.requestText().equals("Un appel par semaine, merci.")).hasSize(1);
        assertThat(StoreScanner.strings(n.storage.snapshot()))
                .anySatisfy(x -> assertThat(x).isEqualTo("camille@example.org"))
                .anySatisfy(x -> assertThat(x).isEqualTo("Un appel par semaine, merci."));
    }

    @Test
    void aMemberMayEraseOnlyThemself() {
        assertThatThrownBy(() -> n.entraide.privacy().erase(Neighbourhood.as(camille),
                new MemberRef(Neighbourhood.T, jeanne.id().value()))).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> n.entraide.privacy().erase(n.moderator,
                new MemberRef(Neighbourhood.T, jeanne.id().value()))).isInstanceOf(NotAuthorizedException.class);
    }
}
