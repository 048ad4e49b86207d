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

    @Test
    void updateProfileBuilderEqualsTheConstructorAndNamesTheMissingPart() {
        GeoPoint point = GeoPoint.of(45.19, 5.72);
        UpdateProfile built = UpdateProfile.builder(T, "m1").displayName("Camille").email("c@example.org")
                .phone("04 76 00 00 00").language("fr").commune("38185").point(point).helper().build();
        assertThat(built).isEqualTo(new UpdateProfile(T, "m1", "Camille", "c@example.org",
                Optional.of("04 76 00 00 00"), "fr", "38185", Optional.of(point), Set.of(MemberRole.HELPER)));
        assertThat(UpdateProfile.builder(T, "m1").displayName("C").email("c@example.org").language("en")
                .commune("38185").beneficiary().build())
                .isEqualTo(new UpdateProfile(T, "m1", "C", "c@example.org", Optional.empty(), "en", "38185",
                        Optional.empty(), Set.of(MemberRole.BENEFICIARY)));
        assertThatThrownBy(() -> UpdateProfile.builder(T, "m1").displayName("C").email("c@example.org")
                .language("fr").commune("38185").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UpdateProfile").hasMessageContaining("role");
        assertThatThrownBy(() -> UpdateProfile.builder(T, "m1").displayName("C").helper().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("email");
    }

    @Test
    void namedFactoriesEqualTheConstructors() {
        assertThat(RecordConsent.grant(T, "m1", io.github.entraide.domain.ConsentPurpose.CONTACT_SHARING, "v1"))
                .isEqualTo(new RecordConsent(T, "m1", io.github.entraide.domain.ConsentPurpose.CONTACT_SHARING, "v1", true));
        assertThat(RecordConsent.withdraw(T, "m1", io.github.entraide.domain.ConsentPurpose.CONTACT_SHARING, "v1"))
                .isEqualTo(new RecordConsent(T, "m1", io.github.entraide.domain.ConsentPurpose.CONTACT_SHARING, "v1", false));

        var kind = io.github.entraide.domain.ModerationSubject.Kind.OFFER;
        var reason = io.github.entraide.domain.ReportReason.PAYMENT;
        assertThat(ReportContent.of(T, "m1", kind, "o1", reason))
                .isEqualTo(new ReportContent(T, "m1", kind, "o1", reason, ""));
        assertThat(ReportContent.of(T, "m1", kind, "o1", reason).withComment("Demande 10 euros"))
                .isEqualTo(new ReportContent(T, "m1", kind, "o1", reason, "Demande 10 euros"));

        var communes = java.util.List.of(new io.github.entraide.domain.Commune("38185", "Grenoble", GeoPoint.of(45.19, 5.72), 158_000));
        var settings = io.github.entraide.domain.TerritorySettings.defaults();
        CreateTerritory created = CreateTerritory.of(T, "Grenoble", communes);
        assertThat(created).isEqualTo(new CreateTerritory(T, "Grenoble", communes,
                io.github.entraide.domain.CategoryCatalogue.defaults(), settings));
        assertThat(created.withSettings(settings).withCatalogue(io.github.entraide.domain.CategoryCatalogue.defaults()))
                .isEqualTo(created);
    }
}
