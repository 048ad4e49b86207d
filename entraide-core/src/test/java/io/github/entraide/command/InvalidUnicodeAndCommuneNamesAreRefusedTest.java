package io.github.entraide.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.entraide.Entraide;
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

/**
 * Texts that a database cannot store as typed are refused before anything is stored: an unpaired
 * UTF-16 surrogate (PostgreSQL kept a {@code ?} in its place), and a commune name holding a control
 * character such as NUL (PostgreSQL refused the row: a storage failure instead of a clear error).
 */
class InvalidUnicodeAndCommuneNamesAreRefusedTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final Entraide entraide = Entraide.builder().storage(storage).build();

    private CreateTerritory territory(String id, String name, String communeName) {
        return new CreateTerritory(id, name, List.of(new Commune("38185", communeName, GeoPoint.of(45.18, 5.72),
                158_000)), CategoryCatalogue.defaults(), TerritorySettings.defaults());
    }

    @Test
    void anUnpairedSurrogateIsRefusedInNamesAndFreeTextsButAPairIsKept() {
        entraide.territories().create(Actor.administrator("admin"), territory("t1", "Ville", "Grenoble"));
        List<Object> before = storage.snapshot();
        for (String text : List.of("\uD800", "x\uDC00y", "\uDBFF\uD800", "ab\uD83D")) {
            InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                    () -> entraide.members().register(Actor.system(), new RegisterMember("t1", text, "a@example.org",
                            Optional.empty(), "fr", "38185", Optional.empty(), Set.of(MemberRole.HELPER),
                            Optional.empty(), true, true, "v1")));
            assertThat(e.violations()).extracting(Violation::property).containsExactly("displayName");
            assertThat(e.violations().get(0).message(Locale.ENGLISH)).contains("invalid Unicode");
            assertThat(e.violations().get(0).message(Locale.FRENCH)).contains("Unicode invalide");
        }
        assertThat(storage.snapshot()).isEqualTo(before);

        String emoji = "Zo\u00e9 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(entraide.members().register(Actor.system(), new RegisterMember("t1", emoji, "a@example.org",
                Optional.empty(), "fr", "38185", Optional.empty(), Set.of(MemberRole.HELPER), Optional.empty(), true,
                true, "v1")).displayName()).isEqualTo(emoji);
    }

    @Test
    void aCommuneNameWithAControlCharacterOrTooLongIsRefusedWithItsPath() {
        for (String name : List.of("a\u0000b", "Voiron\r\nX", "\uD800", "x".repeat(121))) {
            InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                    () -> entraide.territories().create(Actor.administrator("admin"), territory("t2", "Ville", name)));
            assertThat(e.violations()).extracting(Violation::property).containsExactly("communes[0].name");
        }
        assertThat(storage.snapshot()).isEmpty();
    }
}
