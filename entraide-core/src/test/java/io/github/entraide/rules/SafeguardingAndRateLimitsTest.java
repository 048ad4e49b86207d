package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.ErrorCode;
import io.github.entraide.RateLimitedException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.ReportContent;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.policy.SafeguardingPolicy;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SafeguardingAndRateLimitsTest {

    private static final Optional<OnBehalfOf> CHILD_BY_PARENT =
            Optional.of(new OnBehalfOf("Léo", ProxyRelationship.PARENT_OR_GUARDIAN, true));

    private final Neighbourhood n = Neighbourhood.create();
    private final MemberView parent = n.beneficiary("Nadia");

    private MemberView helperBornIn(String name, Optional<Integer> year) {
        return n.register(name, name.toLowerCase() + "@example.org", Optional.empty(), Set.of(MemberRole.HELPER),
                year, Neighbourhood.GRENOBLE);
    }

    private static void refused(Executable action, String reason) {
        org.junit.jupiter.api.Assertions.assertAll(() -> assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason)));
    }

    private IntroductionView propose(MemberView beneficiary, HelpRequest request, HelpOffer offer) {
        return n.entraide.introductions().propose(Neighbourhood.as(beneficiary),
                new ProposeIntroduction(Neighbourhood.T, request.id().value(), offer.id().value()));
    }

    @Test
    void helpToAMinorMustComeFromAParentOrGuardian() {
        refused(() -> n.request(parent, "homework", "Fractions, niveau CM2.", Neighbourhood.GRENOBLE,
                Optional.of(new OnBehalfOf("Léo", ProxyRelationship.RELATIVE, true))), "minor-needs-guardian");
        assertThat(n.stored(HelpRequest.class)).isEmpty();
    }

    @Test
    void helpToAMinorIsRemoteOnly() {
        refused(() -> n.request(parent, "groceries", "Goûter pour mon fils.", Neighbourhood.GRENOBLE,
                CHILD_BY_PARENT), "minor-needs-remote");
    }

    @Test
    void helperUnder18OrOfUnknownAgeIsNotIntroducedToAMinor() {
        int year = Neighbourhood.START.atZone(java.time.ZoneOffset.UTC).getYear();
        MemberView seventeen = helperBornIn("Tom", Optional.of(year - 18));  // 17 at most in 2026
        MemberView unknown = helperBornIn("Zoé", Optional.empty());
        MemberView adult = helperBornIn("Anne", Optional.of(year - 40));
        HelpOffer young = n.offer(seventeen, "homework", "Maths au collège, en visio.");
        HelpOffer noYear = n.offer(unknown, "homework", "Français, en visio.");
        HelpOffer grownUp = n.offer(adult, "homework", "Anglais, en visio.");
        HelpRequest request = n.request(parent, "homework", "Fractions, niveau CM2.", Neighbourhood.GRENOBLE,
                CHILD_BY_PARENT);

        refused(() -> propose(parent, request, young), "helper-too-young-for-minor");
        refused(() -> propose(parent, request, noYear), "helper-too-young-for-minor");
        assertThat(propose(parent, request, grownUp).status())
                .isEqualTo(io.github.entraide.domain.IntroductionStatus.PROPOSED);
    }

    @Test
    void helperBelowTheGeneralMinimumAgeCannotOffer() {
        int year = Neighbourhood.START.atZone(java.time.ZoneOffset.UTC).getYear();
        MemberView fifteen = helperBornIn("Lou", Optional.of(year - 16));

        refused(() -> n.offer(fifteen, "conversation", "Discussions."), "helper-too-young");
    }

    @Test
    void territoryCanRequireVerifiedHelpersForMinors() {
        Neighbourhood strict = Neighbourhood.create(s -> s.withSafeguarding(
                SafeguardingPolicy.standard().withVerifiedHelpersForMinors(true)));
        MemberView helper = strict.helper("Anne");
        MemberView mother = strict.beneficiary("Nadia");

        refused(() -> strict.offer(helper, "homework", "Anglais, en visio."), "helper-not-verified");
        strict.verify(helper);
        HelpOffer offer = strict.offer(helper, "homework", "Anglais, en visio.");
        HelpRequest request = strict.request(mother, "homework", "Anglais, 4e.", Neighbourhood.GRENOBLE,
                CHILD_BY_PARENT);

        assertThat(strict.entraide.introductions().propose(Neighbourhood.as(mother),
                new ProposeIntroduction(Neighbourhood.T, request.id().value(), offer.id().value())).status())
                .isEqualTo(io.github.entraide.domain.IntroductionStatus.PROPOSED);
    }

    @Test
    void requestsBeyondTheDailyLimitAreRefusedWithAClearMessageUntilTheDayHasPassed() {
        for (int i = 0; i < RateLimits.standard().requestsPerDay(); i++) {
            n.request(parent, "conversation", "Un appel, merci (" + i + ").");
        }

        assertThatThrownBy(() -> n.request(parent, "conversation", "Encore un appel."))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.limit()).isEqualTo(5);
                    assertThat(e.message(Locale.FRENCH))
                            .isEqualTo("Limite atteinte : 5 par jour au plus pour cette action (requests.file).");
                    assertThat(e.message(Locale.ENGLISH))
                            .isEqualTo("Limit reached: at most 5 a day for this action (requests.file).");
                });
        assertThat(n.stored(HelpRequest.class)).hasSize(5);
        n.clock.advance(Duration.ofHours(24));
        assertThat(n.request(parent, "conversation", "Encore un appel.")).isNotNull();
    }

    @Test
    void reportsAndIntroductionsHaveTheirOwnConfigurableLimits() {
        Neighbourhood tight = Neighbourhood.create(s -> s.withRateLimits(new RateLimits(5, 1, 1)));
        MemberView helper = tight.helper("Anne");
        MemberView other = tight.helper("Marc");
        MemberView neighbour = tight.beneficiary("Paul");
        HelpOffer first = tight.offer(helper, "groceries", "Courses le samedi.");
        HelpOffer second = tight.offer(other, "groceries", "Courses le dimanche.");
        HelpRequest one = tight.request(neighbour, "groceries", "Du pain.");
        HelpRequest two = tight.request(neighbour, "groceries", "Du lait.");

        tight.entraide.introductions().propose(Neighbourhood.as(neighbour),
                new ProposeIntroduction(Neighbourhood.T, one.id().value(), first.id().value()));
        assertThatThrownBy(() -> tight.entraide.introductions().propose(Neighbourhood.as(neighbour),
                new ProposeIntroduction(Neighbourhood.T, two.id().value(), second.id().value())))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.action()).isEqualTo("introductions.propose"));

        ReportContent report = new ReportContent(Neighbourhood.T, neighbour.id().value(),
                ModerationSubject.Kind.OFFER, first.id().value(), ReportReason.SPAM, "");
        tight.entraide.moderation().report(Neighbourhood.as(neighbour), report);
        assertThatThrownBy(() -> tight.entraide.moderation().report(Neighbourhood.as(neighbour), report))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.action()).isEqualTo("moderation.report"));
    }
}
