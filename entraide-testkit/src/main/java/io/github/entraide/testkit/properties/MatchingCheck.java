package io.github.entraide.testkit.properties;

import io.github.entraide.testkit.generators.MatchingScenario;
import io.github.entraide.testkit.property.Gen;
import io.github.entraide.testkit.property.Property;
import io.github.entraide.testkit.property.PropertyResult;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A matching property ready to run: a statement about one {@link MatchingScenario}, the scenarios
 * to check it on, and the run's settings. Immutable; {@link #check()} runs it.
 *
 * <pre>{@code
 * MatchingProperties.onlineEqualsBruteForce(myPolicy).tries(5_000).check();
 * }</pre>
 */
public final class MatchingCheck {
    private final String name;
    private final Gen<MatchingScenario> scenarios;
    private final Consumer<MatchingScenario> statement;
    private final Integer tries;
    private final Long seed;

    private MatchingCheck(String name, Gen<MatchingScenario> scenarios, Consumer<MatchingScenario> statement,
            Integer tries, Long seed) {
        this.name = name;
        this.scenarios = scenarios;
        this.statement = statement;
        this.tries = tries;
        this.seed = seed;
    }

    /**
     * A check.
     *
     * @param name what it states, for reports
     * @param scenarios the scenarios to check it on
     * @param statement throws an {@link AssertionError} when a scenario breaks the property
     * @return the check
     */
    public static MatchingCheck of(String name, Gen<MatchingScenario> scenarios, Consumer<MatchingScenario> statement) {
        return new MatchingCheck(Objects.requireNonNull(name, "name"), Objects.requireNonNull(scenarios, "scenarios"),
                Objects.requireNonNull(statement, "statement"), null, null);
    }

    /** @return what the check states */
    public String name() {
        return name;
    }

    /**
     * This check over other scenarios (your own generator).
     *
     * @param newScenarios the scenarios
     * @return a new check
     */
    public MatchingCheck over(Gen<MatchingScenario> newScenarios) {
        return new MatchingCheck(name, Objects.requireNonNull(newScenarios, "newScenarios"), statement, tries, seed);
    }

    /**
     * This check with another number of generated scenarios (default 1,000, or
     * {@code -Dentraide.property.tries}).
     *
     * @param n the number of scenarios, positive
     * @return a new check
     */
    public MatchingCheck tries(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("tries must be positive, was " + n);
        }
        return new MatchingCheck(name, scenarios, statement, n, seed);
    }

    /**
     * This check with a fixed seed (to reproduce a failure).
     *
     * @param s the seed
     * @return a new check
     */
    public MatchingCheck seed(long s) {
        return new MatchingCheck(name, scenarios, statement, tries, s);
    }

    /**
     * Checks one scenario, for example a hand-written regression.
     *
     * @param scenario the scenario
     * @throws AssertionError if the scenario breaks the property
     */
    public void verify(MatchingScenario scenario) {
        statement.accept(Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * Runs the check over generated scenarios.
     *
     * @return the run's result
     * @throws io.github.entraide.testkit.property.PropertyFailedException with the shrunk
     *     counterexample and the seed, if a scenario breaks the property
     */
    public PropertyResult check() {
        Property<MatchingScenario> p = Property.forAll(scenarios).named(name);
        if (tries != null) {
            p = p.tries(tries);
        }
        if (seed != null) {
            p = p.seed(seed);
        }
        return p.check(statement);
    }
}
