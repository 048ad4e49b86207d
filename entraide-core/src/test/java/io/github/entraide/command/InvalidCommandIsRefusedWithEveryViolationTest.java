package io.github.entraide.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.entraide.Entraide;
import io.github.entraide.ErrorCode;
import io.github.entraide.InvalidCommandException;
import io.github.entraide.Violation;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.memory.InMemoryStorage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvalidCommandIsRefusedWithEveryViolationTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final Entraide entraide = Entraide.builder().storage(storage).build();

    @Test
    void everyViolationIsListedInFrenchAndEnglishAndNothingIsStored() {
        entraide.territories().create(Actor.administrator("admin"), new CreateTerritory("t1", "Ville",
                List.of(new Commune("38185", "Grenoble", GeoPoint.of(45.18, 5.72), 158_000)),
                CategoryCatalogue.defaults(), TerritorySettings.defaults()));
        List<Object> before = storage.snapshot();

        RegisterMember command = new RegisterMember("t1", " ", "not-an-address", Optional.empty(), "de", "123",
                Optional.empty(), Set.of(MemberRole.HELPER), Optional.of(1850), false, true, "v1");
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> entraide.members().register(Actor.system(), command));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_COMMAND);
        assertThat(e.violations()).extracting(Violation::property)
                .containsExactlyInAnyOrder("acceptsTerms", "displayName", "email", "inseeCode", "language",
                        "yearOfBirth");
        Violation year = e.violations().stream().filter(v -> v.property().startsWith("yearOfBirth")).findFirst()
                .orElseThrow();
        assertThat(year.message(Locale.FRENCH)).isEqualTo("doit être au moins 1900");
        assertThat(year.message(Locale.ENGLISH)).isEqualTo("must be at least 1900");
        assertThat(e.message(Locale.ENGLISH)).startsWith("Command RegisterMember is invalid (6 error(s))");
        assertThat(e.getMessage()).startsWith("La commande RegisterMember est invalide (6 erreur(s))");
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.message(Locale.FRENCH)).isNotBlank();
            assertThat(v.message(Locale.ENGLISH)).isNotBlank().isNotEqualTo(v.message(Locale.FRENCH));
        });
        assertThat(storage.snapshot()).isEqualTo(before);
    }

    @Test
    void englishMessagesDoNotFallBackToTheJvmLocale() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                    () -> entraide.requests().cancel(Actor.system(), new RequestRef("t1", "")));
            assertThat(e.violations()).singleElement()
                    .satisfies(v -> assertThat(v.message(Locale.ENGLISH)).startsWith("must have 1 to 64"));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
