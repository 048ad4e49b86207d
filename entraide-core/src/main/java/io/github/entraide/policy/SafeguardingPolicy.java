package io.github.entraide.policy;

import java.util.Optional;

/**
 * The safeguarding rule of a territory: help that may involve a minor is remote, requested by a
 * parent or guardian, and may require helpers verified by a moderator; helpers have a minimum age.
 * A decision is a value ({@link SafeguardingDecision}), never an exception; the use cases turn a
 * refusal into a {@link io.github.entraide.RuleRefusedException} whose reason is the decision's code.
 *
 * <p><b>Ages.</b> Members give a year of birth only, so an age is counted conservatively as the
 * youngest the person can be: {@code currentYear - yearOfBirth - 1} (someone born in 2010 counts as
 * 15 during all of 2026). An <em>unknown</em> year of birth does not meet the minimum age for help to
 * a minor (the helper is refused), but does meet the general minimum age (a territory cannot require
 * every helper to give a birth year).
 *
 * <p>Immutable and thread-safe. Takes only plain values so the domain can hold it in
 * {@link io.github.entraide.domain.TerritorySettings}.
 *
 * @param verifiedHelpersForMinors whether help to a minor (and offers in a category that may involve
 *     a minor) require a helper verified by a moderator (default {@code false})
 * @param minimumHelperAge minimum age of any helper (default 16)
 * @param minimumHelperAgeForMinors minimum age of a helper of a minor (default 18)
 */
public record SafeguardingPolicy(boolean verifiedHelpersForMinors, int minimumHelperAge,
        int minimumHelperAgeForMinors) {

    /** Default minimum age of a helper. */
    public static final int DEFAULT_MINIMUM_AGE = 16;
    /** Default minimum age of a helper of a minor. */
    public static final int DEFAULT_MINIMUM_AGE_FOR_MINORS = 18;

    /**
     * Checks the ages.
     *
     * @throws IllegalArgumentException if an age is outside 0..120 or the age for minors is below the
     *     general one
     */
    public SafeguardingPolicy {
        if (minimumHelperAge < 0 || minimumHelperAge > 120) {
            throw new IllegalArgumentException("minimumHelperAge must be in 0..120, was " + minimumHelperAge);
        }
        if (minimumHelperAgeForMinors < minimumHelperAge || minimumHelperAgeForMinors > 120) {
            throw new IllegalArgumentException("minimumHelperAgeForMinors must be in minimumHelperAge..120, was "
                    + minimumHelperAgeForMinors);
        }
    }

    /** @return the defaults: no verification required, 16, 18 for help to minors */
    public static SafeguardingPolicy standard() {
        return new SafeguardingPolicy(false, DEFAULT_MINIMUM_AGE, DEFAULT_MINIMUM_AGE_FOR_MINORS);
    }

    /**
     * @param required whether helpers of minors must be verified
     * @return a copy with that setting
     */
    public SafeguardingPolicy withVerifiedHelpersForMinors(boolean required) {
        return new SafeguardingPolicy(required, minimumHelperAge, minimumHelperAgeForMinors);
    }

    /**
     * @param general the minimum age of any helper
     * @param forMinors the minimum age of a helper of a minor
     * @return a copy with those ages
     */
    public SafeguardingPolicy withMinimumAges(int general, int forMinors) {
        return new SafeguardingPolicy(verifiedHelpersForMinors, general, forMinors);
    }

    /**
     * Whether a request may be filed.
     *
     * @param forMinor whether the help is for a minor
     * @param byGuardian whether it is filed by a parent or guardian on the minor's behalf
     * @param categoryRemote whether the category's help is given remotely
     * @param categoryMayInvolveMinor whether the category may involve a minor
     * @return the decision: {@code minor-needs-guardian}, {@code minor-needs-remote} or allowed
     */
    public SafeguardingDecision assessRequest(boolean forMinor, boolean byGuardian, boolean categoryRemote,
            boolean categoryMayInvolveMinor) {
        if (!forMinor) {
            return SafeguardingDecision.allowed();
        }
        if (!byGuardian) {
            return SafeguardingDecision.refused("minor-needs-guardian");
        }
        if (!categoryRemote || !categoryMayInvolveMinor) {
            return SafeguardingDecision.refused("minor-needs-remote");
        }
        return SafeguardingDecision.allowed();
    }

    /**
     * Whether a helper may publish an offer in a category.
     *
     * @param categoryMayInvolveMinor whether the category may involve a minor
     * @param yearOfBirth the helper's year of birth, if known
     * @param verified whether a moderator verified the helper
     * @param currentYear the current year in the territory's zone
     * @return the decision: {@code helper-too-young}, {@code helper-not-verified} or allowed
     */
    public SafeguardingDecision assessOffer(boolean categoryMayInvolveMinor, Optional<Integer> yearOfBirth,
            boolean verified, int currentYear) {
        if (!meets(minimumHelperAge, yearOfBirth, true, currentYear)) {
            return SafeguardingDecision.refused("helper-too-young");
        }
        if (categoryMayInvolveMinor && verifiedHelpersForMinors && !verified) {
            return SafeguardingDecision.refused("helper-not-verified");
        }
        return SafeguardingDecision.allowed();
    }

    /**
     * Whether a helper may be introduced to a request.
     *
     * @param forMinor whether the request is for a minor
     * @param yearOfBirth the helper's year of birth, if known
     * @param verified whether a moderator verified the helper
     * @param currentYear the current year in the territory's zone
     * @return the decision: {@code helper-too-young}, {@code helper-too-young-for-minor},
     *     {@code helper-not-verified} or allowed
     */
    public SafeguardingDecision assessHelper(boolean forMinor, Optional<Integer> yearOfBirth, boolean verified,
            int currentYear) {
        if (!meets(minimumHelperAge, yearOfBirth, true, currentYear)) {
            return SafeguardingDecision.refused("helper-too-young");
        }
        if (!forMinor) {
            return SafeguardingDecision.allowed();
        }
        if (!meets(minimumHelperAgeForMinors, yearOfBirth, false, currentYear)) {
            return SafeguardingDecision.refused("helper-too-young-for-minor");
        }
        if (verifiedHelpersForMinors && !verified) {
            return SafeguardingDecision.refused("helper-not-verified");
        }
        return SafeguardingDecision.allowed();
    }

    private static boolean meets(int minimum, Optional<Integer> yearOfBirth, boolean unknownMeets, int currentYear) {
        if (yearOfBirth.isEmpty()) {
            return unknownMeets || minimum == 0;
        }
        return currentYear - yearOfBirth.get() - 1 >= minimum;
    }
}
