package io.github.entraide.scenario;

import io.github.entraide.Entraide;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.memory.SequentialIdGenerator;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.github.entraide.testkit.MutableClock;

/**
 * One Entraide instance on in-memory storage, a movable clock and sequential ids, with the
 * short-hands the scenario tests share. Not thread-safe.
 */
final class World {
    static final Instant START = Instant.parse("2026-03-23T08:00:00Z");
    static final Actor ADMIN = Actor.administrator("admin-1");
    static final Actor SYSTEM = Actor.system();
    static final String GRENOBLE = GrenobleFixture.TERRITORY_ID.value();
    static final TerritoryId GRENOBLE_ID = GrenobleFixture.TERRITORY_ID;
    /** A second territory, two communes of the Rhône, so that something can try to cross over. */
    static final TerritoryId LYON_ID = TerritoryId.of("lyon-villeurbanne");
    static final String LYON = LYON_ID.value();
    static final String LYON_COMMUNE = "69123";
    static final List<Commune> LYON_COMMUNES = List.of(
            new Commune(LYON_COMMUNE, "Lyon", GeoPoint.of(45.7578, 4.8320), 522_250),
            new Commune("69266", "Villeurbanne", GeoPoint.of(45.7719, 4.8902), 156_928));
    static final String CONSENT_VERSION = "2026-03";

    final InMemoryStorage storage = new InMemoryStorage();
    final MutableClock clock = new MutableClock(START);
    final Entraide entraide = Entraide.builder().storage(storage).clock(clock)
            .idGenerator(new SequentialIdGenerator("id")).build();
    private int emails;

    Territory createGrenoble(TerritorySettings settings) {
        return entraide.territories().create(ADMIN, GrenobleFixture.createCommand(settings));
    }

    Territory createLyon() {
        return entraide.territories().create(ADMIN, new CreateTerritory(LYON, "Lyon et Villeurbanne",
                LYON_COMMUNES, CategoryCatalogue.defaults(), TerritorySettings.defaults()));
    }

    MemberView register(String territory, String name, String insee, Optional<GeoPoint> point, String language,
            Optional<String> phone, MemberRole... roles) {
        return register(territory, name, insee, point, language, phone, Optional.empty(), roles);
    }

    /** Registers a member who gave their year of birth (safeguarding's minimum ages read it). */
    MemberView register(String territory, String name, String insee, Optional<GeoPoint> point, String language,
            Optional<String> phone, Optional<Integer> yearOfBirth, MemberRole... roles) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + "." + (++emails)
                + "@example.org";
        return entraide.members().register(SYSTEM, new RegisterMember(territory, name, email, phone, language, insee,
                point, Set.of(roles), yearOfBirth, true, true, CONSENT_VERSION));
    }

    MemberView register(String territory, String name, MemberRole... roles) {
        String insee = territory.equals(GRENOBLE) ? GrenobleFixture.GRENOBLE : LYON_COMMUNE;
        return register(territory, name, insee, Optional.empty(), "fr", Optional.of("04 76 00 00 0" + (emails % 10)),
                roles);
    }

    HelpOffer publish(MemberView helper, String category, double radiusKm, int capacity, Set<String> languages) {
        return entraide.offers().publish(actor(helper), new PublishOffer(helper.territoryId().value(),
                helper.id().value(), category, radiusKm, WeeklyAvailability.always(), languages, capacity,
                "Disponible le soir et le week-end."));
    }

    HelpRequest file(MemberView requester, String category, Optional<OnBehalfOf> onBehalfOf, boolean weekly) {
        return entraide.requests().file(actor(requester), new FileRequest(requester.territoryId().value(),
                requester.id().value(), category, "Un coup de main serait bienvenu, merci.", requester.inseeCode(),
                Optional.empty(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), onBehalfOf, weekly));
    }

    static Actor actor(MemberView member) {
        return Actor.member(member.territoryId(), member.id());
    }

    /** Every record and outbox message of the store, to compare before and after a call. */
    List<Object> snapshot() {
        return new ArrayList<>(storage.snapshot());
    }

    /** Claims every pending outbox message, in sequence order, as a relay would. */
    List<OutboxMessage> claimAll() {
        Instant now = clock.instant().plus(Duration.ofDays(3650));
        List<OutboxMessage> all = new ArrayList<>();
        for (List<OutboxMessage> batch = storage.outbox().claim(500, now, Duration.ofHours(1)); !batch.isEmpty();
                batch = storage.outbox().claim(500, now, Duration.ofHours(1))) {
            all.addAll(batch);
        }
        return all;
    }
}
