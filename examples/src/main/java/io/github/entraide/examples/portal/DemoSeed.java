package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import java.util.Optional;
import java.util.Set;

/** Seeds the demo: the Grenoble-Alpes Métropole territory, a few members and their offers. */
final class DemoSeed {
    private DemoSeed() {
    }

    /**
     * Creates the territory if it is missing (a database may already hold it).
     *
     * @param entraide the library
     * @return the territory
     */
    static Territory territory(Entraide entraide) {
        return entraide.storage().inTransaction(tx -> tx.territories().find(GrenobleFixture.TERRITORY_ID))
                .orElseGet(() -> entraide.territories().create(Actor.administrator("demo-admin"),
                        GrenobleFixture.createCommand(TerritorySettings.defaults())));
    }

    /**
     * Adds the sample members and offers, unless the territory already has members.
     *
     * @param entraide the library
     */
    static void sampleMembers(Entraide entraide) {
        boolean empty = entraide.storage().inTransaction(tx -> tx.members().all(GrenobleFixture.TERRITORY_ID).isEmpty());
        if (!empty) {
            return;
        }
        MemberView camille = member(entraide, "Camille", "camille@example.org", "06 12 34 56 78", "fr",
                GrenobleFixture.GRENOBLE, Set.of(MemberRole.HELPER));
        offer(entraide, camille, "groceries", Set.of("fr"), 2, "Je fais mes courses le samedi matin, je peux prendre les vôtres.");
        offer(entraide, camille, "conversation", Set.of("fr", "it"), 2, "Un café au téléphone, une fois par semaine ?");
        MemberView ahmed = member(entraide, "Ahmed", "ahmed@example.org", null, "fr", GrenobleFixture.ECHIROLLES,
                Set.of(MemberRole.HELPER));
        offer(entraide, ahmed, "homework", Set.of("fr", "ar"), 3, "Étudiant en maths, aide aux devoirs en visio du collège au lycée.");
        offer(entraide, ahmed, "groceries", Set.of("fr", "ar"), 1, "Courses essentielles à Échirolles, remise sans contact.");
        MemberView emma = member(entraide, "Emma", "emma@example.org", null, "en", GrenobleFixture.MEYLAN,
                Set.of(MemberRole.HELPER, MemberRole.BENEFICIARY));
        offer(entraide, emma, "other.it-help", Set.of("en", "fr"), 2, "Help with video calls, printers and online forms.");
        offer(entraide, emma, "groceries", Set.of("en", "fr"), 1, "Groceries around Meylan on weekday evenings.");
        member(entraide, "Jeanne", "jeanne@example.org", "04 76 00 00 00", "fr", GrenobleFixture.GRENOBLE,
                Set.of(MemberRole.BENEFICIARY));
        member(entraide, "Lucas (CCAS)", "lucas@example.org", "04 76 11 22 33", "fr", GrenobleFixture.ECHIROLLES,
                Set.of(MemberRole.BENEFICIARY));
    }

    private static MemberView member(Entraide entraide, String name, String email, String phone, String lang,
            String insee, Set<MemberRole> roles) {
        return entraide.members().register(Actor.system(), new RegisterMember(GrenobleFixture.TERRITORY_ID.value(), name,
                email, Optional.ofNullable(phone), lang, insee, Optional.empty(), roles, Optional.empty(), true, true,
                PortalPages.CONSENT_VERSION));
    }

    private static void offer(Entraide entraide, MemberView helper, String category, Set<String> languages,
            int capacity, String text) {
        entraide.offers().publish(Actor.member(helper.territoryId(), helper.id()), new PublishOffer(
                helper.territoryId().value(), helper.id().value(), category, 5.0, WeeklyAvailability.always(), languages,
                capacity, text));
    }
}
