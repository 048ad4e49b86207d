package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Erasure in a busy territory (500 helpers, 300 requests, introductions accepted in both modes of
 * delivery): the whole in-memory store is scanned afterwards. The core cannot depend on the test
 * kit's Grenoble fixture, so the territory is built here.
 */
class ErasureInACrowdTest {
    private static final String[] COMMUNES = {Neighbourhood.GRENOBLE, Neighbourhood.ECHIROLLES, Neighbourhood.MEYLAN};

    @Test
    void erasingOneMemberAmongHundredsLeavesNoTraceOfThemAndTheRestIntact() {
        Neighbourhood n = Neighbourhood.create(s -> s.withRateLimits(new RateLimits(50, 10, 50)));
        List<MemberView> helpers = new ArrayList<>();
        List<HelpOffer> offers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            MemberView h = n.register("Aidant Numéro" + i, "aidant" + i + "@example.org",
                    Optional.of("06 00 00 " + String.format("%02d %02d", i / 100, i % 100)), Set.of(MemberRole.HELPER),
                    Optional.of(1975), COMMUNES[i % 3]);
            helpers.add(h);
            offers.add(n.offer(h, i % 2 == 0 ? "groceries" : "conversation", "Disponible, offre numéro " + i + "."));
        }
        MemberView target = n.register("Henriette Vasseur", "henriette.vasseur@example.org",
                Optional.of("+33 7 98 76 54 32"), Set.of(MemberRole.BENEFICIARY, MemberRole.HELPER), Optional.of(1950),
                Neighbourhood.ECHIROLLES);
        HelpOffer targetsOffer = n.offer(target, "conversation", "Je tricote et je papote volontiers au téléphone.");
        List<MemberView> beneficiaries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            beneficiaries.add(n.beneficiary("Voisin" + i));
        }
        List<IntroductionView> accepted = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            MemberView b = i % 30 == 7 ? target : beneficiaries.get(i % 10);
            String category = i % 2 == 0 ? "groceries" : "conversation";
            HelpRequest r = b == target
                    ? n.request(b, category, "Pour Apolline, ma petite-fille, demande " + i + ".", COMMUNES[i % 3],
                            Optional.of(new OnBehalfOf("Apolline", ProxyRelationship.RELATIVE, false)))
                    : n.request(b, category, "Besoin d'un coup de main, demande " + i + ".");
            boolean toTarget = i % 50 == 3 && i < 150;  // three conversations with the target as helper
            HelpOffer offer = toTarget ? targetsOffer : offers.get(i);
            MemberView helper = toTarget ? target : helpers.get(i);
            IntroductionView v = n.entraide.introductions().propose(Neighbourhood.as(b),
                    new ProposeIntroduction(Neighbourhood.T, r.id().value(), offer.id().value()));
            if (i % 3 != 0) {
                accepted.add(n.entraide.introductions().accept(Neighbourhood.as(helper),
                        new IntroductionRef(Neighbourhood.T, v.id().value())));
            }
            if (i % 40 == 0) {
                for (OutboxMessage m : n.storage.outbox().claim(1000, n.clock.instant(), Duration.ofMinutes(1))) {
                    n.storage.outbox().markSent(m.id(), n.clock.instant());
                }
            }
        }
        List<String> personal = List.of("Henriette", "Vasseur", "henriette.vasseur@example.org", "+33 7 98 76 54 32",
                "98 76 54 32", "Apolline", "ma petite-fille", "Je tricote et je papote volontiers au téléphone.");
        assertThat(StoreScanner.strings(n.storage.snapshot())).anySatisfy(s -> assertThat(s).contains("Apolline"));
        int objectsBefore = n.storage.snapshot().size();

        n.entraide.privacy().erase(Neighbourhood.as(target), new MemberRef(Neighbourhood.T, target.id().value()));
        for (OutboxMessage m : n.storage.outbox().claim(5000, n.clock.instant(), Duration.ofMinutes(1))) {
            n.storage.outbox().markSent(m.id(), n.clock.instant());
        }
        n.entraide.maintenance().purgeExpired(Actor.system());

        List<String> strings = StoreScanner.strings(n.storage.snapshot());
        for (String needle : personal) {
            assertThat(strings).as(needle).noneSatisfy(s -> assertThat(s).containsIgnoringCase(needle));
        }
        assertThat(strings).anySatisfy(s -> assertThat(s).isEqualTo("aidant499@example.org"))
                .anySatisfy(s -> assertThat(s).isEqualTo("Besoin d'un coup de main, demande 299."));
        assertThat(n.stored(HelpRequest.class)).hasSize(300);
        assertThat(accepted).isNotEmpty();
        assertThat(n.storage.snapshot().size()).isGreaterThan(objectsBefore / 2);
    }
}
