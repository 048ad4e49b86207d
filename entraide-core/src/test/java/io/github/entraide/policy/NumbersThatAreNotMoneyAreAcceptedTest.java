package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersThatAreNotMoneyAreAcceptedTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "J'habite au 3e étage.", "Au 2e étage.", "Niveau CM2.", "Mon fils est en 6e.", "Ma fille est en 5ème.",
        "Le bus 16 passe devant chez moi.", "Je prends le tram A.", "Il pèse 10 kg.", "Dispo 18h-20h.",
        "Dispo de 14h à 16h.", "Le 12 mai.", "2 fois par semaine.", "J'ai 75 ans.", "J'habite au n°12.",
        "Grenoble 38000.", "Appelez le 04 76 00 00 00 via la plateforme.", "C'est 100 % bénévole.", "Le 1er juin.",
        "Pendant 40 minutes.", "J'ai 20 ans d'expérience.", "Paris 15e.", "Élèves de 6e à 3e.",
        "Je peux en prendre un 4e.", "Au 8e étage, bât. C.", "Il a 2 balles de tennis.", "A 20 pounds bag of flour.",
        "I live on the 3rd floor.", "Year 6 maths.", "Bus 16 stops outside.", "He weighs 10 kg.",
        "From 2pm to 4pm.", "Twice a week.", "I'm 75.", "Postcode 38100.", "I can spare an hour a day.",
        "I can sew 20 masks a week.", "Le bus coûte 1,70 €, je vous accompagne.", "Prix : 0 €, c'est gratuit.",
    })
    void aNumberWithoutCurrencyOrRateIsNotMoney(String text) {
        VolunteerOnlyAssessment assessment = policy.assess(text);

        assertThat(assessment.isAccepted()).as("%s -> %s", text, assessment).isTrue();
    }
}
