package io.github.entraide.testkit.property;

import static io.github.entraide.testkit.property.Gens.hostileStrings;
import static io.github.entraide.testkit.property.Gens.integers;
import static io.github.entraide.testkit.property.Gens.lists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkingTest {

    private static final long SEED = 20_261_126L;

    /** Pinned, so that these tests do not depend on -Dentraide.property.tries. */
    private static final int TRIES = 1_000;

    @Test
    void anIntegerAboveTheLimitShrinksToTheLimitItself() {
        PropertyFailedException failure = failureOf(integers(0, 10_000), x -> x < 100);

        assertThat(failure.counterexample()).isEqualTo(100);
        assertThat((Integer) failure.originalCounterexample()).isGreaterThanOrEqualTo(100);
        assertThat(failure.shrinkSteps()).isPositive();
    }

    @Test
    void aNegativeIntegerShrinksTowardZero() {
        PropertyFailedException failure = failureOf(integers(-10_000, 10_000), x -> x > -100);

        assertThat(failure.counterexample()).isEqualTo(-100);
    }

    @Test
    void aListWithALargeElementShrinksToThatElementAlone() {
        PropertyFailedException failure = failureOf(lists(integers(0, 1_000), 0, 30),
                list -> list.stream().allMatch(element -> element < 50));

        assertThat(failure.counterexample()).isEqualTo(List.of(50));
    }

    @Test
    void shrinkingWorksThroughFilter() {
        PropertyFailedException failure = failureOf(integers(0, 100_000).filter(n -> n % 2 == 0), n -> n < 1_000);

        assertThat(failure.counterexample()).isEqualTo(1_000);
    }

    @Test
    void shrinkingWorksThroughMap() {
        PropertyFailedException failure = failureOf(integers(0, 10_000).map(n -> n * 3), n -> n < 1_000);

        assertThat(failure.counterexample()).isEqualTo(1_002);
    }

    @Test
    void shrinkingWorksThroughFlatMap() {
        Gen<List<Integer>> sizedLists = integers(1, 10).flatMap(size -> lists(integers(0, 100), size, size));

        PropertyFailedException failure = failureOf(sizedLists,
                list -> list.stream().mapToInt(Integer::intValue).sum() < 100);

        assertThat(failure.counterexample()).isEqualTo(List.of(100));
    }

    @Test
    void aHostileStringShrinksToTheOneCharacterThatMatters() {
        PropertyFailedException failure = failureOf(lists(hostileStrings(), 0, 10),
                texts -> texts.stream().noneMatch(text -> text.contains("\u202E")));

        assertThat(failure.counterexample()).isEqualTo(List.of("\u202E"));
    }

    @Test
    void aPropertyThatAlwaysFailsShrinksToTheSimplestValue() {
        assertThat(failureOf(hostileStrings(), text -> false).counterexample()).isEqualTo("");
        assertThat(failureOf(lists(integers(5, 9), 2, 10), list -> false).counterexample())
                .isEqualTo(List.of(5, 5));
    }

    @Test
    void theShrinkLimitBoundsShrinking() {
        Gen<List<String>> texts = lists(hostileStrings(), 0, 50);

        Property<List<String>> property = Property.forAll(texts).seed(SEED).tries(TRIES);

        PropertyFailedException unshrunk = catchThrowableOfType(
                () -> property.shrinkLimit(0).checkThat(list -> list.size() < 3), PropertyFailedException.class);
        PropertyFailedException bounded = catchThrowableOfType(
                () -> property.shrinkLimit(5).checkThat(list -> list.size() < 3), PropertyFailedException.class);

        assertThat(unshrunk.shrinkSteps()).isZero();
        assertThat(unshrunk.counterexample()).isEqualTo(unshrunk.originalCounterexample());
        assertThat(unshrunk.getMessage()).contains("shrink limit reached");
        assertThat(bounded.shrinkSteps()).isBetween(1, 5);
        assertThat((List<?>) bounded.counterexample()).hasSizeGreaterThanOrEqualTo(3);
    }

    private static <T> PropertyFailedException failureOf(Gen<T> gen, Predicate<T> property) {
        PropertyFailedException failure = catchThrowableOfType(
                () -> Property.forAll(gen).seed(SEED).tries(TRIES).checkThat(property), PropertyFailedException.class);
        assertThat(failure).as("the property should fail").isNotNull();
        return failure;
    }
}
