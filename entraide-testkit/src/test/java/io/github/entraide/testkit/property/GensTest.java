package io.github.entraide.testkit.property;

import static io.github.entraide.testkit.property.Gens.constant;
import static io.github.entraide.testkit.property.Gens.elements;
import static io.github.entraide.testkit.property.Gens.frequency;
import static io.github.entraide.testkit.property.Gens.integers;
import static io.github.entraide.testkit.property.Gens.lazy;
import static io.github.entraide.testkit.property.Gens.oneOf;
import static io.github.entraide.testkit.property.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GensTest {

    private static final long SEED = 77L;

    /** A recursive generator: the depth of a chain, ended by its base case. */
    private static final Gen<Integer> DEPTHS = oneOf(constant(0), lazy(() -> GensTest.DEPTHS).map(d -> d + 1));

    @Test
    void integersStayInTheirRangeAndReachBothBounds() {
        List<Integer> values = integers(-3, 250).samples(SEED, 2_000);

        assertThat(values).allSatisfy(x -> assertThat(x).isBetween(-3, 250)).contains(-3, 0, 250);
    }

    @Test
    void longsCoverTheWholeRangeWithoutOverflow() {
        List<Long> values = Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE).samples(SEED, 2_000);

        assertThat(values).contains(Long.MIN_VALUE, Long.MAX_VALUE, 0L);
        assertThat(values.stream().filter(x -> x < 0)).hasSizeGreaterThan(500);
        assertThat(values.stream().filter(x -> x > 0)).hasSizeGreaterThan(500);
    }

    @Test
    void doublesStayInTheirRange() {
        assertThat(Gens.doubles(-1.5, 2.5).samples(SEED, 2_000))
                .allSatisfy(x -> assertThat(x).isBetween(-1.5, 2.5)).contains(-1.5, 2.5, 0.0);
        assertThat(Gens.doubles(10, 20).samples(SEED, 500)).allSatisfy(x -> assertThat(x).isBetween(10.0, 20.0));
    }

    @Test
    void choicesCoverEveryOption() {
        assertThat(Set.copyOf(elements("a", "b", "c").samples(SEED, 300))).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(Set.copyOf(oneOf(constant(1), constant(2), integers(10, 11)).samples(SEED, 300)))
                .containsExactlyInAnyOrder(1, 2, 10, 11);
        assertThat(Set.copyOf(Gens.enumValues(DayOfWeek.class).samples(SEED, 300)))
                .containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(Set.copyOf(Gens.booleans().samples(SEED, 100))).containsExactlyInAnyOrder(true, false);
        assertThat(Set.copyOf(Gens.optionals(constant("x")).samples(SEED, 100)))
                .containsExactlyInAnyOrder(Optional.empty(), Optional.of("x"));
    }

    @Test
    void frequencyFollowsTheWeights() {
        List<String> values = frequency(weighted(1, constant("rare")), weighted(9, constant("common")))
                .samples(SEED, 10_000);

        long rare = values.stream().filter("rare"::equals).count();
        assertThat(rare).isBetween(700L, 1_300L);
        assertThat(values).contains("common");
    }

    @Test
    void stringsRespectTheirAlphabetAndLengths() {
        String alphabet = "ab\u00e9\uD83D\uDE00";
        List<String> values = Gens.strings(alphabet, 2, 6).samples(SEED, 1_000);

        assertThat(values).allSatisfy(text -> {
            assertThat(text.codePointCount(0, text.length())).isBetween(2, 6);
            assertThat(text.codePoints()).allSatisfy(c -> assertThat(alphabet.codePoints()).contains(c));
        });
        assertThat(values.stream().map(text -> text.codePointCount(0, text.length())).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2, 3, 4, 5, 6);
        assertThat(String.join("", values).codePoints().distinct().count()).isEqualTo(4);
        assertThat(Gens.strings(Gens.ALPHANUMERIC, 0, 0).samples(SEED, 10)).containsOnly("");
    }

    @Test
    void hostileStringsMixTheCharactersThatBreakTextHandling() {
        List<String> values = Gens.hostileStrings().samples(SEED, 1_000);
        String all = String.join("", values);

        assertThat(all).contains("\u0000");
        assertThat(all.codePoints()).anyMatch(Character::isISOControl)
                .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                .anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)
                .anyMatch(Character::isSupplementaryCodePoint)
                .anyMatch(c -> c == 0x202E);
        assertThat(values).anyMatch(text -> text.codePointCount(0, text.length()) >= 1_000)
                .anyMatch(String::isEmpty);
        assertThat(values).allSatisfy(text -> assertThat(hasLoneSurrogate(text)).isFalse());
    }

    @Test
    void listsAndSetsRespectTheirSizes() {
        assertThat(Gens.lists(integers(0, 9), 1, 4).samples(SEED, 500))
                .allSatisfy(list -> assertThat(list).hasSizeBetween(1, 4))
                .anyMatch(list -> list.size() == 4);
        assertThat(Gens.sets(integers(0, 9), 3, 10).samples(SEED, 500))
                .allSatisfy(set -> assertThat(set).hasSizeBetween(3, 10))
                .anyMatch(set -> set.size() == 10);
    }

    @Test
    void aSetThatCannotReachItsMinimumSizeFailsClearly() {
        assertThatThrownBy(() -> Gens.sets(integers(0, 2), 4, 4).samples(SEED, 1))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("too few distinct values");
    }

    @Test
    void aRecursiveGeneratorEndsAndShrinksToItsBaseCase() {
        assertThat(DEPTHS.samples(SEED, 500)).contains(0, 1, 2);

        PropertyFailedException failure = catchThrowableOfType(
                () -> Property.forAll(DEPTHS).seed(SEED).tries(1_000).checkThat(depth -> depth < 2),
                PropertyFailedException.class);
        assertThat(failure.counterexample()).isEqualTo(2);
    }

    @Test
    void zipCombinesTwoGenerators() {
        assertThat(Gen.zip(integers(0, 5), integers(10, 15), Integer::sum).samples(SEED, 200))
                .allSatisfy(sum -> assertThat(sum).isBetween(10, 20));
    }

    @Test
    void invalidArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> integers(5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max (1) must be at least min (5)");
        assertThatThrownBy(() -> Gens.lists(null, 0, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("element");
        assertThatThrownBy(() -> elements()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must not be empty");
        assertThatThrownBy(() -> weighted(0, constant(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> Gens.doubles(0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> constant(1).map(x -> null).samples(SEED, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("Gen.map");
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
