package io.github.entraide.matching;

import static io.github.entraide.matching.Fixtures.ECHIROLLES;
import static io.github.entraide.matching.Fixtures.GRENOBLE;
import static io.github.entraide.matching.Fixtures.MEYLAN;
import static io.github.entraide.matching.Fixtures.NOW;
import static io.github.entraide.matching.Fixtures.environment;
import static io.github.entraide.matching.Fixtures.offer;
import static io.github.entraide.matching.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.domain.AvailabilitySlot;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.WeeklyAvailability;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchingPolicyTest {
    private final MatchingPolicy standard = MatchingPolicy.standard();

    private List<String> ranked(MatchingPolicy policy, HelpRequest r, MatchingEnvironment env, HelpOffer... offers) {
        return policy.rank(r, List.of(offers), env, 10).stream().map(c -> c.offer().id().value()).toList();
    }

    private List<String> ranked(HelpRequest r, HelpOffer... offers) {
        return ranked(standard, r, environment(), offers);
    }

    @Test
    void inPersonHelpStaysWithinTheHelpersRadius() {
        HelpRequest r = request("r").at(GRENOBLE).build();
        assertThat(GRENOBLE.distanceKm(MEYLAN)).isBetween(4.0, 5.0);

        assertThat(ranked(r, offer("short").at(MEYLAN).radius(3).build(), offer("long").at(MEYLAN).radius(6).build()))
                .containsExactly("long");
    }

    @Test
    void remoteHelpIgnoresDistanceAndRadius() {
        HelpRequest r = request("r").category(CategoryCatalogue.CONVERSATION).at(GRENOBLE).build();
        HelpOffer paris = offer("paris").category(CategoryCatalogue.CONVERSATION).at(GeoPoint.of(48.85, 2.35))
                .radius(0).build();

        List<Candidate> candidates = standard.rank(r, List.of(paris), environment(), 5);

        assertThat(candidates).singleElement().satisfies(c -> assertThat(c.cost()).isZero());
    }

    @Test
    void nearerHelperComesFirstAndEqualCostsAreOrderedByOfferId() {
        HelpRequest r = request("r").at(GRENOBLE).build();
        assertThat(ranked(r, offer("b-far").at(ECHIROLLES).radius(10).build(), offer("z-near").at(GRENOBLE).build(),
                offer("a-near").at(GRENOBLE).build())).containsExactly("a-near", "z-near", "b-far");
    }

    @Test
    void asSoonAsPossibleAlwaysPassesAvailabilityAndAWindowNeedsAnOverlappingSlot() {
        // NOW is Wednesday 2026-03-18 11:00 in Paris.
        WeeklyAvailability wednesdayMorning = WeeklyAvailability.of(
                List.of(new AvailabilitySlot(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
        HelpOffer o = offer("o").availability(wednesdayMorning).build();
        Timing now = Timing.window(NOW, NOW.plus(Duration.ofHours(1)));
        Timing evening = Timing.window(NOW.plus(Duration.ofHours(8)), NOW.plus(Duration.ofHours(9)));

        assertThat(ranked(request("asap").build(), o)).containsExactly("o");
        assertThat(ranked(request("now").timing(now).build(), o)).containsExactly("o");
        assertThat(ranked(request("evening").timing(evening).build(), o)).isEmpty();
    }

    @Test
    void aFullOfferIsNoCandidate() {
        assertThat(ranked(request("r").build(), offer("full").capacity(2, 2).build(), offer("free").capacity(2, 1)
                .build())).containsExactly("free");
    }

    @Test
    void helperMustShareALanguage() {
        assertThat(ranked(request("r").languages("ar", "fr").build(), offer("en").languages("en").build(),
                offer("fr").languages("fr", "it").build())).containsExactly("fr");
    }

    @Test
    void membersWhoBlockedEachOtherAreNeverMatchedNorAMemberToTheirOwnOffer() {
        HelpRequest r = request("r").requester("alice").build();
        Blocks blocks = Blocks.builder().block(MemberId.of("bob"), MemberId.of("alice")).build();
        MatchingEnvironment env = environment(HelperDirectory.empty(), blocks);

        assertThat(ranked(standard, r, env, offer("bob").helper("bob").build(), offer("own").helper("alice").build(),
                offer("carol").helper("carol").build())).containsExactly("carol");
    }

    @Test
    void aMinorIsHelpedOnlyRemotelyInACategoryThatMayInvolveAMinorAndByAnAdult() {
        HelperDirectory helpers = HelperDirectory.ofFacts(List.of(
                new HelperFacts(MemberId.of("adult"), "Ann", false, Optional.of(1980)),
                new HelperFacts(MemberId.of("teen"), "Tom", true, Optional.of(2010)),
                new HelperFacts(MemberId.of("verified"), "Vic", true, Optional.of(1970))));
        MatchingEnvironment env = environment(helpers, Blocks.none());
        HelpRequest homework = request("r").category(CategoryCatalogue.HOMEWORK).forMinor().build();
        HelpRequest groceries = request("g").forMinor().build();
        HelpOffer[] tutors = {offer("adult").helper("adult").category(CategoryCatalogue.HOMEWORK).build(),
            offer("teen").helper("teen").category(CategoryCatalogue.HOMEWORK).build(),
            offer("unknown").helper("unknown").category(CategoryCatalogue.HOMEWORK).build(),
            offer("verified").helper("verified").category(CategoryCatalogue.HOMEWORK).build()};

        assertThat(ranked(standard, groceries, env, offer("g").helper("verified").build())).isEmpty();
        assertThat(ranked(standard, homework, env, tutors)).containsExactly("adult", "verified");
        MatchingPolicy strict = standard.toBuilder().safeguarding(true, true).build();
        assertThat(ranked(strict, homework, env, tutors)).containsExactly("verified");
        MatchingPolicy lax = standard.toBuilder().safeguarding(false, false).build();
        assertThat(ranked(lax, homework, env, tutors)).containsExactly("adult", "teen", "unknown", "verified");
    }

    @Test
    void onlyPublishedOffersOfTheSameTerritoryAndCategoryAreEverConsidered() {
        MatchingPolicy nothing = MatchingPolicy.builder().build();
        assertThat(ranked(nothing, request("r").build(), environment(),
                offer("suspended").status(OfferStatus.SUSPENDED).build(),
                offer("elsewhere").territory(TerritoryId.of("meylan")).build(),
                offer("walking").category(CategoryCatalogue.PET_WALKING).build(),
                offer("ok").build())).containsExactly("ok");
    }

    @Test
    void loadAndRecentHelpPushAHelperBack() {
        HelpRequest r = request("r").build();
        HelpOffer busy = offer("a-busy").capacity(2, 1).build();
        HelpOffer recent = offer("b-recent").lastHelpedAt(NOW.minus(Duration.ofDays(1))).build();
        HelpOffer rested = offer("c-rested").lastHelpedAt(NOW.minus(Duration.ofDays(30))).build();

        assertThat(ranked(r, busy, recent, rested)).containsExactly("c-rested", "b-recent", "a-busy");
    }

    @Test
    void builderReplacesRemovesAndAddsFiltersAndScorersByName() {
        MatchingPolicy p = standard.toBuilder()
                .withoutFilter("language")
                .withScorer(StandardScorers.load(), 7)
                .withFilter(CandidateFilter.of("radius", c -> true))
                .withFilter(CandidateFilter.of("odd", c -> true))
                .build();

        assertThat(p.filters()).extracting(CandidateFilter::name).containsExactly("category", "capacity", "radius",
                "not-own-offer", "blocks", "safeguarding", "availability", "odd");
        assertThat(p.scorers()).extracting(s -> s.scorer().name() + "×" + s.weight())
                .containsExactly("distance×1.0", "load×7.0", "recency×1.0");
        assertThat(p.limitsDistanceToOfferRadius()).isFalse();
        assertThat(standard.limitsDistanceToOfferRadius()).isTrue();
        assertThatThrownBy(() -> standard.toBuilder().withScorer(StandardScorers.load(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachTerritoryHasItsOwnPolicyOrTheDefault() {
        MatchingPolicy meylan = standard.toBuilder().safeguarding(true, true).build();
        MatchingPolicies policies = MatchingPolicies.standard().with(TerritoryId.of("meylan"), meylan);

        assertThat(policies.policyFor(TerritoryId.of("meylan"))).isSameAs(meylan);
        assertThat(policies.policyFor(TerritoryId.of("grenoble"))).isSameAs(policies.defaultPolicy());
    }

    @Test
    void aRequestOfAnotherTerritoryOrAnUnknownCategoryIsRefused() {
        HelpRequest r = request("r").category(io.github.entraide.domain.CategoryId.of("knitting")).build();
        assertThatThrownBy(() -> standard.rank(r, List.of(), environment(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("knitting");
        assertThatThrownBy(() -> standard.rank(request("x").build(), List.of(), environment(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adulthoodIsCertainOnlyWhenBornMoreThanEighteenCalendarYearsBefore() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        assertThat(new HelperFacts(MemberId.of("a"), "A", false, Optional.of(2007)).isCertainlyAdult(now, paris))
                .isTrue();
        assertThat(new HelperFacts(MemberId.of("a"), "A", false, Optional.of(2008)).isCertainlyAdult(now, paris))
                .isFalse();
        assertThat(new HelperFacts(MemberId.of("a"), "A", false, Optional.empty()).isCertainlyAdult(now, paris))
                .isFalse();
    }
}
