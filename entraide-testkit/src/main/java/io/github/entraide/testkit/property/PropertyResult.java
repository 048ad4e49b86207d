package io.github.entraide.testkit.property;

import java.util.Objects;

/**
 * The outcome of a property that held for every try: what was checked, how, and how much generation
 * was wasted by filters. Immutable.
 *
 * @param name the property's name, empty if it was not {@link Property#named named}
 * @param seed the seed of the run; {@link Property#seed(long)} with it checks the same values again
 * @param tries how many generated values the property was checked against
 * @param discarded how many generated values filters rejected (see {@link Gen#filter(java.util.function.Predicate)}
 *     and duplicates drawn by {@link Gens#sets}); they are not counted in {@code tries}
 */
public record PropertyResult(String name, long seed, int tries, long discarded) {

    /**
     * Checks the components.
     *
     * @param name the name, never {@code null}
     * @param seed the seed
     * @param tries the tries, at least 0
     * @param discarded the discarded values, at least 0
     */
    public PropertyResult {
        Objects.requireNonNull(name, "name");
        if (tries < 0 || discarded < 0) {
            throw new IllegalArgumentException("tries and discarded must be at least 0, were "
                    + tries + " and " + discarded);
        }
    }
}
