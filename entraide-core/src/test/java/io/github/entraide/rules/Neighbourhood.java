package io.github.entraide.rules;

import io.github.entraide.Entraide;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.VerifyHelper;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.memory.SequentialIdGenerator;
import io.github.entraide.service.MemberView;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.Notification;
import io.github.entraide.spi.OutboxMessage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A small territory of three communes on in-memory adapters and a movable clock. */
final class Neighbourhood {
    static final String T = "test-metropole";
    static final TerritoryId TID = TerritoryId.of(T);
    static final String GRENOBLE = "38185";
    static final String ECHIROLLES = "38151";
    static final String MEYLAN = "38229";
    static final Instant START = Instant.parse("2026-03-17T09:00:00Z");

    final MovableClock clock = new MovableClock(START);
    final InMemoryStorage storage = new InMemoryStorage();
    final Entraide entraide;
    final Actor moderator = Actor.moderator(TID, "mod-1");

    private Neighbourhood(TerritorySettings settings) {
        entraide = Entraide.builder().storage(storage).clock(clock).idGenerator(new SequentialIdGenerator("id")).build();
        entraide.territories().create(Actor.administrator("admin"), new CreateTerritory(T, "Métropole de test",
                List.of(new Commune(GRENOBLE, "Grenoble", GeoPoint.of(45.1875, 5.7357), 158000),
                        new Commune(ECHIROLLES, "Échirolles", GeoPoint.of(45.1436, 5.7183), 37000),
                        new Commune(MEYLAN, "Meylan", GeoPoint.of(45.2096, 5.7792), 17000)),
                CategoryCatalogue.defaults(), settings));
    }

    static Neighbourhood create() {
        return new Neighbourhood(TerritorySettings.defaults());
    }

    static Neighbourhood create(UnaryOperator<TerritorySettings> settings) {
        return new Neighbourhood(settings.apply(TerritorySettings.defaults()));
    }

    MemberView register(String name, String email, Optional<String> phone, Set<MemberRole> roles,
            Optional<Integer> yearOfBirth, String commune) {
        return entraide.members().register(Actor.system(), new RegisterMember(T, name, email, phone, "fr", commune,
                Optional.empty(), roles, yearOfBirth, true, true, "2026-03"));
    }

    MemberView helper(String name) {
        return register(name, name.toLowerCase() + "@example.org", Optional.empty(), Set.of(MemberRole.HELPER),
                Optional.of(1980), GRENOBLE);
    }

    MemberView beneficiary(String name) {
        return register(name, name.toLowerCase() + "@example.org", Optional.of("06 12 34 56 78"),
                Set.of(MemberRole.BENEFICIARY), Optional.empty(), GRENOBLE);
    }

    void verify(MemberView helper) {
        entraide.members().verifyHelper(moderator, new VerifyHelper(T, helper.id().value(), true));
    }

    static Actor as(MemberView m) {
        return Actor.member(m.territoryId(), m.id());
    }

    HelpOffer offer(MemberView helper, String category, String text) {
        return entraide.offers().publish(as(helper), new PublishOffer(T, helper.id().value(), category, 10.0,
                WeeklyAvailability.always(), Set.of("fr"), 3, text));
    }

    HelpRequest request(MemberView beneficiary, String category, String text) {
        return request(beneficiary, category, text, GRENOBLE, Optional.empty());
    }

    HelpRequest request(MemberView beneficiary, String category, String text, String commune,
            Optional<OnBehalfOf> onBehalfOf) {
        return entraide.requests().file(as(beneficiary), new FileRequest(T, beneficiary.id().value(), category, text,
                commune, Optional.empty(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), onBehalfOf, false));
    }

    /** @return every notification in the outbox, in sequence order */
    List<Notification> notifications() {
        return outbox().stream().filter(m -> m.kind() == OutboxMessage.Kind.NOTIFICATION)
                .map(m -> Json.readNotification(m.type(), m.payload())).collect(Collectors.toList());
    }

    /** @return every outbox message, in sequence order */
    List<OutboxMessage> outbox() {
        return storage.snapshot().stream().filter(OutboxMessage.class::isInstance).map(OutboxMessage.class::cast)
                .sorted(Comparator.comparingLong(OutboxMessage::sequence)).collect(Collectors.toList());
    }

    /** @return the stored objects of a type */
    <T> List<T> stored(Class<T> type) {
        return storage.snapshot().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }
}
