package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalisationTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "REMUNERE", "Rémunéré", "rémunéré", "re\u0301mune\u0301re\u0301", "RÉMUNÉRÉ",
        "Tarif", "TARIF", "tarif", "ｔａｒｉｆ",
        "15 €/h", "15\u00a0€/h", "15\u202f€/h", "15€/h", "15 €  /  h", "１５ €/h",
        "cinq euros de l’heure", "cinq euros de l'heure", "cinq euros de l`heure", "CINQ EUROS DE L'HEURE",
        "vingt–cinq euros", "vingt-cinq euros",
    })
    void caseAccentsSpacesApostrophesAndWidthDoNotMatter(String text) {
        // "Tarif" and "vingt-cinq euros" alone are doubtful since issue 18 (no cue that the author is paid): what
        // matters here is that every spelling is found, so the assertion is "not accepted"
        assertThat(policy.assess(text).isAccepted()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reprix", "tarifaireux", "apayant", "surprix", "feedback", "chargeur", "fees2go"})
    void termsMatchWholeWordsOnly(String text) {
        assertThat(policy.assess(text).isAccepted()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Je fais du bénévolat, c\u2019est gratuit", "C’est pas payant", "ﬁnancement ? non, pas payant"})
    void curlyApostrophesAndLigaturesAreFolded(String text) {
        assertThat(policy.assess(text).isAccepted()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3ᵉ étage", "3<sup>e</sup> étage", "6ᵉ", "CM2", "5ÈME"})
    void superscriptOrdinalsAreNotMoney(String text) {
        assertThat(policy.assess(text).isAccepted()).as(text).isTrue();
    }
}
