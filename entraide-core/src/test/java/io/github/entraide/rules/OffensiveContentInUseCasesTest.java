package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.command.QueueQuery;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.service.MemberView;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffensiveContentInUseCasesTest {

    private final Neighbourhood n = Neighbourhood.create();
    private final MemberView camille = n.helper("Camille");
    private final MemberView jeanne = n.beneficiary("Jeanne");

    @Test
    void anOfferThatAsksForContactDetailsWaitsForAModeratorWithTheReason() {
        HelpOffer offer = n.offer(camille, "groceries", "Je fais vos courses, ajoutez-moi sur WhatsApp.");

        assertThat(offer.status()).isEqualTo(OfferStatus.PENDING_REVIEW);
        List<ModerationCase> queue = n.entraide.moderation().queue(n.moderator, QueueQuery.open(Neighbourhood.T));
        assertThat(queue).singleElement().satisfies(c -> {
            assertThat(c.origin()).isEqualTo(CaseOrigin.VOLUNTEER_POLICY);
            assertThat(c.reasonCodes()).containsExactly("OFFENSIVE_CONTACT_HARVESTING");
        });
    }

    @Test
    void anInsultingRequestIsHeldNotRejected() {
        HelpRequest request = n.request(jeanne, "groceries", "Pain et lait, et pas le connard de la dernière fois.");

        assertThat(request.status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(n.stored(ModerationCase.class)).singleElement()
                .satisfies(c -> assertThat(c.reasonCodes()).containsExactly("OFFENSIVE_INSULT"));
    }

    @Test
    void innocentTextsWithHardWordsArePublishedAtOnce() {
        HelpOffer offer = n.offer(camille, "groceries", "Je peux promener votre chien, le mien ne mord pas.");
        HelpRequest request = n.request(jeanne, "groceries", "Aide pour remplir le formulaire de la CAF, merci.");

        assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(n.stored(ModerationCase.class)).isEmpty();
    }
}
