package io.github.entraide.testkit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Factories of {@link Gen generators}: numbers, booleans, choices, collections, strings (including
 * hostile Unicode), enums, optionals, pairs and recursive structures.
 *
 * <p>Each generator shrinks toward a documented simplest value: numbers toward zero (or the bound
 * nearest to zero), collections toward fewer elements, choices toward the first option. Generators are
 * immutable and thread-safe.
 */
public final class Gens {

    /** ASCII letters and digits, an alphabet for {@link #strings(String, int, int)}. */
    public static final String ALPHANUMERIC =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** Collections grow by this many elements past their minimum size on average, at most. */
    private static final double MAX_AVERAGE_EXTRA_SIZE = 16;

    /** How many elements in a row may be duplicates before a set stops growing. */
    private static final int SET_ATTEMPTS = 100;

    private static final Gen<Integer> HOSTILE_CODE_POINTS = hostileCodePoints();

    private Gens() {
    }

    /**
     * Integers in {@code [min, max]}, with both bounds and zero drawn more often than chance. Shrinks
     * toward zero, or toward the bound nearest to zero when the range excludes it.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code max < min}
     */
    public static Gen<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * Longs in {@code [min, max]}, with both bounds and zero drawn more often than chance. Shrinks toward
     * zero, or toward the bound nearest to zero when the range excludes it.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code max < min}
     */
    public static Gen<Long> longs(long min, long max) {
        requireRange(min, max, "min", "max");
        if (min >= 0) {
            return new Gen<>(source -> min + source.drawWithEdges(max - min));
        }
        if (max <= 0) {
            return new Gen<>(source -> max - source.drawWithEdges(max - min));
        }
        // The range holds zero: draw a sign, then a distance from zero, so that both shrink toward zero.
        return new Gen<>(source -> source.draw(1) == 0
                ? source.drawWithEdges(max)
                : -source.drawWithEdges(-min));
    }

    /**
     * Doubles in {@code [min, max]}, finite, with both bounds and zero drawn more often than chance.
     * Shrinks toward zero, or toward the bound nearest to zero when the range excludes it.
     *
     * @param min the smallest value, finite
     * @param max the largest value, finite and at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if a bound is not finite or {@code max < min}
     */
    public static Gen<Double> doubles(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException("doubles needs finite bounds with min <= max, was ["
                    + min + ", " + max + "]");
        }
        long steps = 1L << 53;
        if (min >= 0 || max <= 0) {
            double origin = min >= 0 ? min : max;
            double far = min >= 0 ? max : min;
            return new Gen<>(source -> clamp(origin + (far - origin) * source.drawWithEdges(steps) / steps,
                    min, max));
        }
        return new Gen<>(source -> {
            double bound = source.draw(1) == 0 ? max : min;
            return clamp(bound * source.drawWithEdges(steps) / steps, min, max);
        });
    }

    /**
     * {@code false} or {@code true}, evenly. Shrinks toward {@code false}.
     *
     * @return the generator
     */
    public static Gen<Boolean> booleans() {
        return new Gen<>(source -> source.draw(1) == 1);
    }

    /**
     * Always {@code value}.
     *
     * @param value the value
     * @param <T> the type of the value
     * @return the generator
     */
    public static <T> Gen<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return new Gen<>(source -> value);
    }

    /**
     * One of {@code values}, evenly. Shrinks toward the first.
     *
     * @param values the values, at least one, none {@code null}
     * @param <T> the type of the values
     * @return the generator
     * @throws IllegalArgumentException if {@code values} is empty
     */
    @SafeVarargs
    public static <T> Gen<T> elements(T... values) {
        Objects.requireNonNull(values, "values");
        return elements(Arrays.asList(values));
    }

    /**
     * One of {@code values}, evenly. Shrinks toward the first in iteration order.
     *
     * @param values the values, at least one, none {@code null}
     * @param <T> the type of the values
     * @return the generator
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static <T> Gen<T> elements(Collection<? extends T> values) {
        List<T> copy = copyNonEmpty(values, "values");
        return new Gen<>(source -> copy.get((int) source.draw(copy.size() - 1)));
    }

    /**
     * One of the constants of {@code type}, evenly. Shrinks toward the first declared constant.
     *
     * @param type the enum class, with at least one constant
     * @param <E> the enum type
     * @return the generator
     * @throws IllegalArgumentException if the enum has no constants
     */
    public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
        Objects.requireNonNull(type, "type");
        E[] constants = type.getEnumConstants();
        if (constants.length == 0) {
            throw new IllegalArgumentException(type.getName() + " has no constants to generate");
        }
        return elements(constants);
    }

    /**
     * A value from one of {@code gens}, each chosen evenly. Shrinks toward the first generator, so put
     * the simplest (the base case of a recursive generator) first.
     *
     * @param gens the generators, at least one
     * @param <T> the type of the values
     * @return the generator
     * @throws IllegalArgumentException if {@code gens} is empty
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        Objects.requireNonNull(gens, "gens");
        List<Gen<? extends T>> copy = copyNonEmpty(Arrays.asList(gens), "gens");
        return new Gen<>(source -> copy.get((int) source.draw(copy.size() - 1)).draw(source));
    }

    /**
     * A generator with its weight, for {@link #frequency}.
     *
     * @param weight how often the generator is chosen, relative to the others; at least 1
     * @param gen the generator
     * @param <T> the type of the values
     */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {

        /**
         * Checks the weight and the generator.
         *
         * @param weight the weight, at least 1
         * @param gen the generator
         */
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be at least 1, was " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /**
     * Pairs {@code gen} with a weight, for {@link #frequency}.
     *
     * @param weight how often the generator is chosen, relative to the others; at least 1
     * @param gen the generator
     * @param <T> the type of the values
     * @return the weighted generator
     * @throws IllegalArgumentException if {@code weight} is less than 1
     */
    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * A value from one of the generators, chosen in proportion to their weights:
     * {@code frequency(weighted(9, small), weighted(1, huge))}. Shrinks toward the first generator.
     *
     * @param choices the weighted generators, at least one
     * @param <T> the type of the values
     * @return the generator
     * @throws IllegalArgumentException if {@code choices} is empty
     */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        Objects.requireNonNull(choices, "choices");
        List<Weighted<? extends T>> copy = copyNonEmpty(Arrays.asList(choices), "choices");
        long total = copy.stream().mapToLong(Weighted::weight).sum();
        return new Gen<>(source -> {
            long ticket = source.draw(total - 1);
            for (Weighted<? extends T> choice : copy) {
                if (ticket < choice.weight()) {
                    return choice.gen().draw(source);
                }
                ticket -= choice.weight();
            }
            throw new AssertionError("unreachable: ticket beyond the total weight");
        });
    }

    /**
     * Lists of {@code element} values, of size in {@code [minSize, maxSize]}; sizes near the minimum are
     * favoured (on average at most 16 elements past it) but the maximum is reached. Shrinks toward
     * shorter lists of simpler elements.
     *
     * @param element the generator of the elements
     * @param minSize the smallest size, at least 0
     * @param maxSize the largest size, at least {@code minSize}
     * @param <T> the type of the elements
     * @return the generator of unmodifiable lists
     * @throws IllegalArgumentException if the sizes are negative or out of order
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        requireSizes(minSize, maxSize);
        double more = continueProbability(minSize, maxSize);
        return new Gen<>(source -> {
            List<T> values = new ArrayList<>();
            while (values.size() < maxSize && (values.size() < minSize || source.drawMore(more))) {
                values.add(element.draw(source));
            }
            return Collections.unmodifiableList(values);
        });
    }

    /**
     * Sets of distinct {@code element} values, of size in {@code [minSize, maxSize]}, in generation
     * order; sizes near the minimum are favoured. Shrinks toward smaller sets of simpler elements.
     *
     * @param element the generator of the elements; it must be able to produce {@code minSize} distinct
     *     values
     * @param minSize the smallest size, at least 0
     * @param maxSize the largest size, at least {@code minSize}
     * @param <T> the type of the elements
     * @return the generator of unmodifiable sets, which throws {@link GenerationException} when
     *     {@code element} keeps repeating itself before the minimum size is reached
     * @throws IllegalArgumentException if the sizes are negative or out of order
     */
    public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        requireSizes(minSize, maxSize);
        double more = continueProbability(minSize, maxSize);
        return new Gen<>(source -> {
            Set<T> values = new LinkedHashSet<>();
            while (values.size() < maxSize && (values.size() < minSize || source.drawMore(more))) {
                int attempts = 0;
                while (!values.add(element.draw(source))) {
                    source.countRejection();
                    if (++attempts == SET_ATTEMPTS) {
                        if (values.size() >= minSize) {
                            return Collections.unmodifiableSet(values);
                        }
                        throw new GenerationException("Gens.sets drew " + SET_ATTEMPTS + " duplicates in a row"
                                + " with " + values.size() + " of at least " + minSize + " distinct elements;"
                                + " the element generator has too few distinct values for the minimum size.");
                    }
                }
            }
            return Collections.unmodifiableSet(values);
        });
    }

    /**
     * Strings of characters from {@code alphabet}, of length in {@code [minLength, maxLength]} counted
     * in code points; lengths near the minimum are favoured. Shrinks toward shorter strings of the
     * alphabet's first characters.
     *
     * @param alphabet the characters to use, at least one; may include supplementary code points
     * @param minLength the shortest length, at least 0
     * @param maxLength the longest length, at least {@code minLength}
     * @return the generator
     * @throws IllegalArgumentException if the alphabet is empty or the lengths are invalid
     */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        return strings(codePoints(alphabet), minLength, maxLength);
    }

    /**
     * Strings of code points from {@code codePoints}, of length in {@code [minLength, maxLength]}
     * counted in code points; lengths near the minimum are favoured.
     *
     * @param codePoints the generator of the code points; each must be a valid Unicode code point (a
     *     surrogate code point is kept as a lone surrogate, which may be what a test wants)
     * @param minLength the shortest length, at least 0
     * @param maxLength the longest length, at least {@code minLength}
     * @return the generator
     * @throws IllegalArgumentException if the lengths are invalid
     */
    public static Gen<String> strings(Gen<Integer> codePoints, int minLength, int maxLength) {
        return lists(codePoints, minLength, maxLength).map(Gens::toText);
    }

    /**
     * Code points of the characters of {@code alphabet}, evenly. Shrinks toward the first.
     *
     * @param alphabet the characters, at least one
     * @return the generator
     * @throws IllegalArgumentException if {@code alphabet} is empty
     */
    public static Gen<Integer> codePoints(String alphabet) {
        Objects.requireNonNull(alphabet, "alphabet");
        return elements(alphabet.codePoints().distinct().boxed().toList());
    }

    /**
     * Strings built to break text handling: a mix of ASCII, C0 and C1 control characters (including
     * NUL), right-to-left scripts and bidirectional overrides, zero-width characters and line separators,
     * combining marks (alone or stacked), emoji and other supplementary characters (surrogate pairs in
     * UTF-16), CJK, and, one time in twenty, very long strings (1,000 to 10,000 code points). Strings
     * are always valid UTF-16 (no lone surrogates). Shrinks toward short ASCII strings.
     *
     * @return the generator
     */
    public static Gen<String> hostileStrings() {
        return frequency(
                weighted(19, strings(HOSTILE_CODE_POINTS, 0, 40)),
                weighted(1, integers(0, 10_000).flatMap(length ->
                        strings(HOSTILE_CODE_POINTS, length, length))));
    }

    /**
     * {@link Optional#empty()} one time in four, otherwise a value of {@code gen}. Shrinks toward empty.
     *
     * @param gen the generator of present values
     * @param <T> the type of the values
     * @return the generator
     */
    public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
        Objects.requireNonNull(gen, "gen");
        return frequency(weighted(1, constant(Optional.<T>empty())), weighted(3, gen.map(Optional::of)));
    }

    /**
     * Pairs of a value of {@code first} and a value of {@code second}.
     *
     * @param first the generator of the first values
     * @param second the generator of the second values
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @return the generator
     * @see Gen#zip(Gen, Gen, java.util.function.BiFunction)
     */
    public static <A, B> Gen<Pair<A, B>> pairs(Gen<A> first, Gen<B> second) {
        return Gen.zip(first, second, Pair::new);
    }

    /**
     * A generator obtained from {@code gen} each time a value is drawn, for recursive structures: a
     * field {@code Gen<Tree> trees = oneOf(leaves, lazy(() -> nodes))} may refer to itself. Put the base
     * case first, so that shrinking (and the simplest choice) ends the recursion.
     *
     * @param gen supplies the generator, cheaply (usually by reading a field)
     * @param <T> the type of the values
     * @return the generator
     */
    public static <T> Gen<T> lazy(Supplier<Gen<T>> gen) {
        Objects.requireNonNull(gen, "gen");
        return new Gen<>(source -> Objects.requireNonNull(gen.get(), "Gens.lazy: the supplier returned null")
                .draw(source));
    }

    private static Gen<Integer> hostileCodePoints() {
        return frequency(
                weighted(6, integers(0x20, 0x7E)),
                weighted(2, oneOf(integers(0x00, 0x1F), constant(0x7F), integers(0x80, 0x9F))),
                weighted(2, oneOf(integers(0x05D0, 0x05EA), integers(0x0627, 0x064A),
                        elements(0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                0x2066, 0x2067, 0x2068, 0x2069, 0x061C))),
                weighted(1, elements(0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00A0, 0x2028, 0x2029,
                        0x0085, 0xFFFD, 0xFFFE, 0xFFFF)),
                weighted(2, integers(0x0300, 0x036F)),
                weighted(2, oneOf(integers(0x1F600, 0x1F64F), integers(0x1F300, 0x1F5FF),
                        integers(0x1F1E6, 0x1F1FF), integers(0x1D400, 0x1D7FF), elements(0x10000, 0x10FFFD))),
                weighted(1, oneOf(integers(0x4E00, 0x9FFF), integers(0x00C0, 0x00FF))));
    }

    private static String toText(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder(codePoints.size());
        for (int codePoint : codePoints) {
            if (!Character.isValidCodePoint(codePoint)) {
                throw new GenerationException("Gens.strings: the code point generator produced "
                        + codePoint + ", which is not a valid Unicode code point.");
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static double continueProbability(int minSize, int maxSize) {
        double averageExtra = Math.min((maxSize - (double) minSize) / 2, MAX_AVERAGE_EXTRA_SIZE);
        return averageExtra / (1 + averageExtra);
    }

    private static <T> List<T> copyNonEmpty(Collection<? extends T> values, String name) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (T value : values) {
            Objects.requireNonNull(value, () -> name + " must not contain null");
        }
        return List.copyOf(values);
    }

    private static void requireSizes(int minSize, int maxSize) {
        if (minSize < 0) {
            throw new IllegalArgumentException("minSize must be at least 0, was " + minSize);
        }
        requireRange(minSize, maxSize, "minSize", "maxSize");
    }

    private static void requireRange(long min, long max, String minName, String maxName) {
        if (max < min) {
            throw new IllegalArgumentException(maxName + " (" + max + ") must be at least " + minName
                    + " (" + min + ")");
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
