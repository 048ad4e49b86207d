package io.github.entraide.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each builder produces the record its canonical constructor would, and names a missing required part. */
class CommandBuildersTest {

    private static final String T = "grenoble-alpes";

    @Test
    void registerMemberBuilderEqualsTheConstructor() {
        RegisterMember built = RegisterMember.builder(T).displayName("Camille").email("camille@example.org")
                .locale(Locale.FRENCH).commune("38185").helper().beneficiary()
                .acceptsTerms("2026-11").acceptsContactSharing().build();
        assertThat(built).isEqualTo(new RegisterMember(T, "Camille", "camille@example.org", Optional.empty(), "fr",
                "38185", Optional.empty(), Set.of(MemberRole.HELPER, MemberRole.BENEFICIARY), Optional.empty(),
                true, true, "2026-11"));

        GeoPoint point = GeoPoint.of(45.19, 5.72);
        RegisterMember full = RegisterMember.builder(T).displayName("Jeanne").email("jeanne@example.org")
                .phone("04 76 00 00 00").language("en").commune("38185").point(point).role(MemberRole.BENEFICIARY)
                .yearOfBirth(1941).acceptsTerms("v1").build();
        assertThat(full).isEqualTo(new RegisterMember(T, "Jeanne", "jeanne@example.org",
                Optional.of("04 76 00 00 00"), "en", "38185", Optional.of(point), Set.of(MemberRole.BENEFICIARY),
                Optional.of(1941), true, false, "v1"));
    }

    @Test
    void registerMemberBuilderNamesTheMissingPart() {
        RegisterMember.Builder noRole = RegisterMember.builder(T).displayName("Camille").email("c@example.org")
                .language("fr").commune("38185").acceptsTerms("v1");
        assertThatThrownBy(noRole::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RegisterMember").hasMessageContaining("role");
        assertThatThrownBy(() -> RegisterMember.builder(T).displayName("Camille").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> RegisterMember.builder(T).displayName("C").email("c@example.org").language("fr")
                .commune("38185").helper().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("acceptsTerms");
        assertThatThrownBy(() -> RegisterMember.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("territoryId");
        assertThatThrownBy(() -> RegisterMember.builder(T).email(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("email");
    }

    @Test
    void fileRequestBuilderEqualsTheConstructorWithItsDefaults() {
        FileRequest built = FileRequest.builder(T).requesterId("m1").categoryId("groceries")
                .freeText("Pain et lait").commune("38185").build();
        assertThat(built).isEqualTo(new FileRequest(T, "m1", "groceries", "Pain et lait", "38185", Optional.empty(),
                Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), Optional.empty(), false));

        FileRequest weekly = FileRequest.builder(T).requesterId("m1").categoryId("conversation").freeText("Parler")
                .commune("38185").urgency(Urgency.values()[Urgency.values().length - 1]).languages("fr", "en")
                .weekly().build();
        assertThat(weekly).isEqualTo(new FileRequest(T, "m1", "conversation", "Parler", "38185", Optional.empty(),
                Timing.asSoonAsPossible(), Urgency.values()[Urgency.values().length - 1], Set.of("fr", "en"),
                Optional.empty(), true));
    }

    @Test
    void fileRequestBuilderNamesTheMissingPart() {
        assertThatThrownBy(() -> FileRequest.builder(T).requesterId("m1").categoryId("groceries").freeText("x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FileRequest: commune is required");
    }

    @Test
    void publishOfferBuilderEqualsTheConstructorWithItsDefaults() {
        PublishOffer built = PublishOffer.builder(T).helperId("m1").categoryId("groceries").languages("fr").build();
        assertThat(built).isEqualTo(new PublishOffer(T, "m1", "groceries", 5.0, WeeklyAvailability.always(),
                Set.of("fr"), 1, ""));
        PublishOffer full = PublishOffer.builder(T).helperId("m1").categoryId("groceries").radiusKm(2.0)
                .availability(WeeklyAvailability.always()).languages("fr", "en").capacity(3).freeText("Le samedi").build();
        assertThat(full).isEqualTo(new PublishOffer(T, "m1", "groceries", 2.0, WeeklyAvailability.always(),
                Set.of("fr", "en"), 3, "Le samedi"));
        assertThatThrownBy(() -> PublishOffer.builder(T).helperId("m1").categoryId("groceries").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("languages");
    }

    @Test
    void updateOfferBuilderRequiresEveryPartItReplaces() {
        UpdateOffer built = UpdateOffer.builder(T).offerId("o1").radiusKm(3.0).availability(WeeklyAvailability.always())
                .languages("fr").capacity(2).freeText("").build();
        assertThat(built).isEqualTo(new UpdateOffer(T, "o1", 3.0, WeeklyAvailability.always(), Set.of("fr"), 2, ""));
        assertThatThrownBy(() -> UpdateOffer.builder(T).offerId("o1").radiusKm(3.0).languages("fr").capacity(2)
                .freeText("").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("availability");
    }
}
