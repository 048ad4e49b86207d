package io.github.entraide.matching;

import static io.github.entraide.matching.Fixtures.GRENOBLE;
import static io.github.entraide.matching.Fixtures.MEYLAN;
import static io.github.entraide.matching.Fixtures.offer;
import static io.github.entraide.matching.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.MemberId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateViewTest {

    @Test
    void showsFirstNameCommuneDistanceBandAndLanguagesOnly() {
        MatchingEnvironment env = Fixtures.environment(HelperDirectory.ofFacts(List.of(
                new HelperFacts(MemberId.of("h"), "Claire", true, Optional.of(1980)))), Blocks.none());
        Candidate c = MatchingPolicy.standard().evaluate(request("r").at(GRENOBLE).build(),
                offer("o").helper("h").at(MEYLAN).languages("fr", "en").build(), env).orElseThrow();

        CandidateView view = CandidateView.of(c, env);

        assertThat(view).isEqualTo(new CandidateView(c.offer().id(), "Claire", "Meylan", DistanceBand.FROM_3_TO_5_KM,
                java.util.Set.of("fr", "en")));
        assertThat(view.distance().label(Locale.ENGLISH)).isEqualTo("3–5 km");
    }

    @Test
    void remoteHelpShowsNoDistance() {
        Candidate c = MatchingPolicy.standard().evaluate(request("r").category(CategoryCatalogue.CONVERSATION).build(),
                offer("o").category(CategoryCatalogue.CONVERSATION).at(MEYLAN).build(), Fixtures.environment())
                .orElseThrow();

        CandidateView view = CandidateView.of(c, Fixtures.environment());

        assertThat(view.distance()).isEqualTo(DistanceBand.REMOTE);
        assertThat(view.helperFirstName()).isEqualTo("?");
        assertThat(view.distance().label(Locale.FRENCH)).isEqualTo("à distance");
    }

    @Test
    void bandsHaveInclusiveLowerBounds() {
        assertThat(DistanceBand.of(false, 0.99)).isEqualTo(DistanceBand.UNDER_1_KM);
        assertThat(DistanceBand.of(false, 1)).isEqualTo(DistanceBand.FROM_1_TO_3_KM);
        assertThat(DistanceBand.of(false, 3)).isEqualTo(DistanceBand.FROM_3_TO_5_KM);
        assertThat(DistanceBand.of(false, 5)).isEqualTo(DistanceBand.FROM_5_TO_10_KM);
        assertThat(DistanceBand.of(false, 10)).isEqualTo(DistanceBand.OVER_10_KM);
        assertThat(DistanceBand.of(true, 100)).isEqualTo(DistanceBand.REMOTE);
    }
}
