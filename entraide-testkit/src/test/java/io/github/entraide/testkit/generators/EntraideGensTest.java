package io.github.entraide.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.testkit.property.Property;
import org.junit.jupiter.api.Test;

class EntraideGensTest {

    @Test
    void scenariosAreWellFormedAndStayInOneTerritory() {
        Property.forAll(EntraideGens.scenarios(12, 12)).named("scenarios are well formed").check(s -> {
            assertThat(s.offers()).extracting(HelpOffer::id).doesNotHaveDuplicates();
            assertThat(s.requests()).extracting(HelpRequest::id).doesNotHaveDuplicates();
            assertThat(s.offers()).allSatisfy(o -> {
                assertThat(o.territoryId()).isEqualTo(s.territory().id());
                assertThat(s.territory().catalogue().find(o.categoryId())).isPresent();
                assertThat(o.load()).isBetween(0, o.capacity());
            });
            assertThat(s.requests()).allSatisfy(r -> assertThat(r.territoryId()).isEqualTo(s.territory().id()));
            assertThat(s.members()).extracting(m -> m.id()).containsAll(
                    s.offers().stream().map(HelpOffer::helperId).toList());
        });
    }

    @Test
    void theSameSeedGivesTheSameScenarios() {
        assertThat(EntraideGens.scenarios(8, 8).samples(99, 20).toString())
                .isEqualTo(EntraideGens.scenarios(8, 8).samples(99, 20).toString());
    }
}
