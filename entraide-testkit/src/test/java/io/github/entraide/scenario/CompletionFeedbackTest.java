package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.VolunteerOnlyRefusedException;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.privacy.MemberExport;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each side may say a few words about the help when confirming it: the feedback is screened like
 * every free text, kept for the platform and the author's own export, never given to the other
 * side, and erased with its author.
 */
class CompletionFeedbackTest {
    private final World world = new World();
    private MemberView helper;
    private MemberView beneficiary;
    private IntroductionView intro;

    @BeforeEach
    void anAcceptedIntroductionInGrenoble() {
        world.createGrenoble(TerritorySettings.defaults());
        helper = world.register(World.GRENOBLE, "Camille", MemberRole.HELPER);
        beneficiary = world.register(World.GRENOBLE, "Jeanne", MemberRole.BENEFICIARY);
        HelpOffer offer = world.publish(helper, "groceries", 3, 1, Set.of("fr"));
        HelpRequest request = world.file(beneficiary, "groceries", Optional.empty(), false);
        IntroductionView proposed = world.entraide.introductions().propose(World.actor(beneficiary),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), offer.id().value()));
        intro = world.entraide.introductions().accept(World.actor(helper),
                new IntroductionRef(World.GRENOBLE, proposed.id().value()));
    }

    @Test
    void eachSidesFeedbackIsKeptAndExportedToItsAuthorOnly() {
        world.entraide.introductions().confirmCompletion(World.actor(helper),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value()).withFeedback("  Très agréable, merci.  "));
        IntroductionView done = world.entraide.introductions().confirmCompletion(World.actor(beneficiary),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value()).withFeedback("Courses parfaites !"));

        assertThat(done.status()).isEqualTo(IntroductionStatus.COMPLETED);
        Introduction stored = stored();
        assertThat(stored.helperFeedback()).contains("Très agréable, merci.");
        assertThat(stored.beneficiaryFeedback()).contains("Courses parfaites !");
        assertThat(exportOf(helper)).extracting(MemberExport.Introduction::feedback)
                .containsExactly(Optional.of("Très agréable, merci."));
        assertThat(exportOf(beneficiary)).extracting(MemberExport.Introduction::feedback)
                .containsExactly(Optional.of("Courses parfaites !"));
        assertThat(done.toString() + done.requestText() + done.counterpartName())
                .doesNotContain("Très agréable");
    }

    @Test
    void aConfirmationWithoutFeedbackStoresNone() {
        world.entraide.introductions().confirmCompletion(World.actor(helper),
                new ConfirmCompletion(World.GRENOBLE, intro.id().value(), false));
        world.entraide.introductions().confirmCompletion(World.actor(beneficiary),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value()).withFeedback("   "));

        assertThat(stored().status()).isEqualTo(IntroductionStatus.COMPLETED);
        assertThat(stored().helperFeedback()).isEmpty();
        assertThat(stored().beneficiaryFeedback()).isEmpty();
    }

    @Test
    void aFeedbackAskingForPaymentIsRefusedAndNothingIsConfirmed() {
        assertThatThrownBy(() -> world.entraide.introductions().confirmCompletion(World.actor(helper),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value())
                        .withFeedback("Ça fera 20 euros de l'heure, payable par Lydia.")))
                .isInstanceOf(VolunteerOnlyRefusedException.class);

        assertThat(stored().helperConfirmed()).isFalse();
        assertThat(stored().helperFeedback()).isEmpty();
    }

    @Test
    void anOffensiveFeedbackIsKeptAndGoesToTheModeratorsWithItsAuthor() {
        world.entraide.introductions().confirmCompletion(World.actor(beneficiary),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value())
                        .withFeedback("Arrivé en retard, quel connard."));

        assertThat(stored().beneficiaryConfirmed()).isTrue();
        List<ModerationCase> cases = world.storage.inTransaction(tx -> tx.moderationCases()
                .bySubject(World.GRENOBLE_ID, ModerationSubject.member(beneficiary.id())));
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.origin()).isEqualTo(CaseOrigin.VOLUNTEER_POLICY);
            assertThat(c.reasonCodes()).anyMatch(code -> code.startsWith("OFFENSIVE_"));
            assertThat(c.comment()).as("the moderators read the text").isEqualTo("Arrivé en retard, quel connard.");
        });
    }

    @Test
    void erasingTheAuthorErasesTheirFeedbackButNotTheOtherSides() {
        world.entraide.introductions().confirmCompletion(World.actor(helper),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value()).withFeedback("Très agréable, merci."));
        world.entraide.introductions().confirmCompletion(World.actor(beneficiary),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value()).withFeedback("Courses parfaites !"));

        world.entraide.privacy().erase(World.actor(beneficiary),
                new MemberRef(World.GRENOBLE, beneficiary.id().value()));

        assertThat(stored().beneficiaryFeedback()).isEmpty();
        assertThat(stored().helperFeedback()).contains("Très agréable, merci.");
    }

    @Test
    void erasingTheAuthorOfAnOffensiveFeedbackClearsItFromTheirCase() {
        world.entraide.introductions().confirmCompletion(World.actor(beneficiary),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value())
                        .withFeedback("Arrivé en retard, quel connard."));

        world.entraide.privacy().erase(World.actor(beneficiary),
                new MemberRef(World.GRENOBLE, beneficiary.id().value()));

        List<ModerationCase> cases = world.storage.inTransaction(tx -> tx.moderationCases()
                .bySubject(World.GRENOBLE_ID, ModerationSubject.member(beneficiary.id())));
        assertThat(cases).singleElement().satisfies(c -> assertThat(c.comment()).isEmpty());
        assertThat(stored().beneficiaryFeedback()).isEmpty();
    }

    @Test
    void aFeedbackLongerThanTheLimitIsAnInvalidCommand() {
        assertThatThrownBy(() -> world.entraide.introductions().confirmCompletion(World.actor(helper),
                ConfirmCompletion.of(World.GRENOBLE, intro.id().value())
                        .withFeedback("a".repeat(ConfirmCompletion.MAX_FEEDBACK + 1))))
                .isInstanceOf(io.github.entraide.InvalidCommandException.class);
        assertThat(stored().helperConfirmed()).isFalse();
    }

    private Introduction stored() {
        return world.storage.inTransaction(tx -> tx.introductions().find(World.GRENOBLE_ID, intro.id()))
                .orElseThrow();
    }

    private List<MemberExport.Introduction> exportOf(MemberView member) {
        return world.entraide.privacy().export(World.actor(member),
                new MemberRef(World.GRENOBLE, member.id().value())).introductions();
    }
}
