package io.github.entraide.testkit.property;

import static io.github.entraide.testkit.property.Gens.integers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PropertyRunTest {

    private String triesBefore;
    private String seedBefore;

    @BeforeEach
    void clearSystemProperties() {
        triesBefore = System.clearProperty(Property.TRIES_PROPERTY);
        seedBefore = System.clearProperty(Property.SEED_PROPERTY);
    }

    @AfterEach
    void restoreSystemProperties() {
        restore(Property.TRIES_PROPERTY, triesBefore);
        restore(Property.SEED_PROPERTY, seedBefore);
    }

    @Test
    void aPassingPropertyRunsExactlyTheConfiguredNumberOfTries() {
        AtomicInteger calls = new AtomicInteger();

        PropertyResult result = Property.forAll(integers(0, 10)).named("counted").tries(250)
                .check(x -> calls.incrementAndGet());

        assertThat(calls).hasValue(250);
        assertThat(result.tries()).isEqualTo(250);
        assertThat(result.name()).isEqualTo("counted");
        assertThat(result.discarded()).isZero();
    }

    @Test
    void aPropertyRunsAThousandTriesByDefault() {
        AtomicInteger calls = new AtomicInteger();

        Property.forAll(integers(0, 10)).check(x -> calls.incrementAndGet());

        assertThat(calls).hasValue(Property.DEFAULT_TRIES).hasValue(1_000);
    }

    @Test
    void systemPropertiesSetTheDefaultTriesAndTheSeed() {
        System.setProperty(Property.TRIES_PROPERTY, "37");
        System.setProperty(Property.SEED_PROPERTY, "42");
        AtomicInteger calls = new AtomicInteger();

        PropertyResult result = Property.forAll(integers(0, 10)).check(x -> calls.incrementAndGet());

        assertThat(calls).hasValue(37);
        assertThat(result.seed()).isEqualTo(42);
        assertThat(Property.forAll(integers(0, 10)).tries(3).seed(7).checkThat(x -> true))
                .isEqualTo(new PropertyResult("", 7, 3, 0));
    }

    @Test
    void aMalformedSystemPropertyIsReportedByName() {
        System.setProperty(Property.TRIES_PROPERTY, "many");

        assertThatThrownBy(() -> Property.forAll(integers(0, 10)).checkThat(x -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entraide.property.tries").hasMessageContaining("many");
    }

    @Test
    void theSameSeedChecksTheSameValuesAsSamples() {
        Gen<Integer> gen = integers(-1_000_000, 1_000_000);
        List<Integer> checked = new ArrayList<>();

        Property.forAll(gen).seed(99).tries(200).check(checked::add);

        assertThat(checked).isEqualTo(gen.samples(99, 200));
        assertThat(gen.samples(99, 200)).isEqualTo(gen.samples(99, 200)).isNotEqualTo(gen.samples(100, 200));
    }

    @Test
    void theSameSeedReproducesTheSameFailure() {
        Property<List<Integer>> property = Property.forAll(Gens.lists(integers(0, 1_000), 0, 10)).seed(5);

        PropertyFailedException first = failureOf(property, list -> list.size() < 4);
        PropertyFailedException second = failureOf(property, list -> list.size() < 4);

        assertThat(second.tryNumber()).isEqualTo(first.tryNumber());
        assertThat(second.originalCounterexample()).isEqualTo(first.originalCounterexample());
        assertThat(second.counterexample()).isEqualTo(first.counterexample()).isEqualTo(List.of(0, 0, 0, 0));
    }

    @Test
    void aFailureReportsItsSeedAndTheReportedSeedReproducesIt() {
        Property<Integer> property = Property.forAll(integers(0, 10_000)).named("small numbers");

        PropertyFailedException failure = failureOf(property, x -> x < 100);
        PropertyFailedException reproduced = failureOf(property.seed(failure.seed()), x -> x < 100);

        assertThat(failure.getMessage())
                .contains("Property 'small numbers' failed at try " + failure.tryNumber() + " of 1000")
                .contains("seed " + failure.seed())
                .contains(".seed(" + failure.seed() + "L)")
                .contains("-Dentraide.property.seed=" + failure.seed())
                .contains("Original counterexample: " + failure.originalCounterexample())
                .contains("Shrunk counterexample:   100")
                .contains(failure.shrinkSteps() + " shrink steps");
        assertThat(failure.propertyName()).isEqualTo("small numbers");
        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasCauseInstanceOf(AssertionError.class);
        assertThat(reproduced.tryNumber()).isEqualTo(failure.tryNumber());
        assertThat(reproduced.originalCounterexample()).isEqualTo(failure.originalCounterexample());
    }

    @Test
    void theCauseIsTheOriginalFailureAndTheShrunkFailureIsSuppressed() {
        PropertyFailedException failure = failureOfStatement(Property.forAll(integers(0, 10_000)).seed(3), x -> {
            if (x >= 100) {
                throw new IllegalStateException("too big: " + x);
            }
        });

        assertThat(failure.getCause()).hasMessage("too big: " + failure.originalCounterexample());
        assertThat(failure.getSuppressed()).singleElement().satisfies(shrunk ->
                assertThat(shrunk).hasMessage("too big: 100"));
        assertThat(failure.getMessage()).contains("java.lang.IllegalStateException: too big: 100");
    }

    @Test
    void aFalsePredicateFailsWithAClearMessage() {
        PropertyFailedException failure = catchThrowableOfType(
                () -> Property.forAll(Gens.booleans()).seed(1).checkThat(b -> !b), PropertyFailedException.class);

        assertThat(failure.counterexample()).isEqualTo(true);
        assertThat(failure.getCause()).hasMessage("the predicate returned false");
    }

    @Test
    void aFilterThatRejectsEverythingFailsWithAClearMessage() {
        Gen<Integer> impossible = integers(0, 100).filter(x -> x > 100);

        assertThatThrownBy(() -> Property.forAll(impossible).named("impossible").seed(11).checkThat(x -> true))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("Property 'impossible' could not generate the value of try 1 (seed 11)")
                .hasMessageContaining("Gen.filter rejected 100 generated values in a row")
                .hasMessageContaining("Loosen it");
    }

    @Test
    void valuesRejectedByAFilterAreCountedAsDiscarded() {
        PropertyResult result = Property.forAll(integers(0, 1_000).filter(x -> x % 2 == 0))
                .seed(8).tries(500).checkThat(x -> x % 2 == 0);

        assertThat(result.tries()).isEqualTo(500);
        assertThat(result.discarded()).isBetween(300L, 800L);
    }

    @Test
    void aPropertyOfTwoValuesShrinksBoth() {
        PropertyFailedException failure = failureOf(
                Property.forAll(integers(0, 1_000), integers(0, 1_000)).seed(4),
                pair -> pair.first() + pair.second() < 500);

        Pair<?, ?> counterexample = (Pair<?, ?>) failure.counterexample();
        assertThat((Integer) counterexample.first() + (Integer) counterexample.second()).isEqualTo(500);
        assertThat(failure.getMessage()).containsPattern("Shrunk counterexample: +\\(\\d+, \\d+\\)");
    }

    @Test
    void counterexamplesAreShownWithInvisibleCharactersEscaped() {
        PropertyFailedException failure = failureOf(
                Property.forAll(Gens.strings("\u0000\u202E\"a", 1, 5)).seed(2), text -> false);

        assertThat(failure.getMessage()).contains("Shrunk counterexample:   \"\\u0000\"");
    }

    private static <T> PropertyFailedException failureOf(Property<T> property,
            java.util.function.Predicate<T> statement) {
        PropertyFailedException failure = catchThrowableOfType(() -> property.checkThat(statement),
                PropertyFailedException.class);
        assertThat(failure).as("the property should fail").isNotNull();
        return failure;
    }

    private static <T> PropertyFailedException failureOfStatement(Property<T> property,
            java.util.function.Consumer<T> statement) {
        PropertyFailedException failure = catchThrowableOfType(() -> property.check(statement),
                PropertyFailedException.class);
        assertThat(failure).as("the property should fail").isNotNull();
        return failure;
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
