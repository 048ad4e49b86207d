package io.github.entraide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The INSEE code check of {@link Commune}: five characters, Corsica's 2A and 2B included. */
class CommuneInseeCodeTest {
    private static final GeoPoint GRENOBLE = GeoPoint.of(45.1885, 5.7245);

    @Test
    void acceptsMetropolitanOverseasAndCorsicanCodes() {
        for (String code : List.of("38185", "01001", "97411", "2A004", "2B033")) {
            assertThat(new Commune(code, "Commune", GRENOBLE, 0).inseeCode()).isEqualTo(code);
        }
    }

    @Test
    void refusesAnythingElseAndNamesTheCode() {
        for (String code : List.of("", "3818", "381850", "38A85", "2C004", "2a004", "A8185", "3818x", "38 85", "３８１８５")) {
            assertThatThrownBy(() -> new Commune(code, "Commune", GRENOBLE, 0)).as(code)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + code + "'");
        }
    }
}
