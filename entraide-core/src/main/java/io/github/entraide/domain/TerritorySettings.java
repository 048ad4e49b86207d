package io.github.entraide.domain;

import io.github.entraide.policy.RetentionPolicy;
import io.github.entraide.policy.SafeguardingPolicy;
import io.github.entraide.matching.MatchingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a territory configures. Immutable; change one setting with the {@code with…} methods.
 *
 * @param introductionMode consent-first (default) or direct
 * @param proposalExpiry how long a helper has to answer a proposal (default 48 hours)
 * @param requestExpiry how long an open request waits for a helper before it expires
 *     (default 14 days)
 * @param zone the territory's time zone, in which weekly availabilities are read
 *     (default Europe/Paris)
 * @param moderationMode post-moderation (default) or pre-moderation of offers and requests
 * @param safeguarding help to minors and helpers' minimum ages (default: 16, 18 for minors, no
 *     verification required)
 * @param retention how long closed requests' texts and inactive members are kept (default 90 days,
 *     24 months)
 * @param rateLimits how many requests, reports and introductions a member may make a day
 * @param volunteerRejectedTerms the territory's own terms that reject a free text as paid help (e.g.
 *     a local currency), added to the built-in volunteer-only signals (default none)
 * @param volunteerReviewTerms the territory's own terms that send a free text to moderation
 *     (default none)
 * @param matchingMode how candidates become introductions (default: the beneficiary chooses); a
 *     missing value, as in settings stored before it existed, reads as the default
 * @param appealsPerDay how many crisis appeals the territory's moderators may send in any 24 hours
 *     (default {@value #DEFAULT_APPEALS_PER_DAY}); a missing value, as in settings stored before it
 *     existed, reads as the default
 */
public record TerritorySettings(IntroductionMode introductionMode, Duration proposalExpiry, Duration requestExpiry,
        ZoneId zone, ModerationMode moderationMode, SafeguardingPolicy safeguarding, RetentionPolicy retention,
        RateLimits rateLimits, Set<String> volunteerRejectedTerms, Set<String> volunteerReviewTerms,
        MatchingMode matchingMode, Integer appealsPerDay) {

    /** Crisis appeals a territory may send in any 24 hours, unless configured otherwise. */
    public static final int DEFAULT_APPEALS_PER_DAY = 3;

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a duration is not positive, or {@code appealsPerDay} below 1
     */
    public TerritorySettings {
        Objects.requireNonNull(introductionMode, "introductionMode");
        Objects.requireNonNull(proposalExpiry, "proposalExpiry");
        Objects.requireNonNull(requestExpiry, "requestExpiry");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(moderationMode, "moderationMode");
        Objects.requireNonNull(safeguarding, "safeguarding");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(rateLimits, "rateLimits");
        matchingMode = matchingMode == null ? MatchingMode.BENEFICIARY_CHOOSES : matchingMode;
        appealsPerDay = appealsPerDay == null ? Integer.valueOf(DEFAULT_APPEALS_PER_DAY) : appealsPerDay;
        if (appealsPerDay < 1) {
            throw new IllegalArgumentException("appealsPerDay must be at least 1, was " + appealsPerDay);
        }
        volunteerRejectedTerms = Set.copyOf(new TreeSet<>(Objects.requireNonNull(volunteerRejectedTerms,
                "volunteerRejectedTerms")));
        volunteerReviewTerms = Set.copyOf(new TreeSet<>(Objects.requireNonNull(volunteerReviewTerms,
                "volunteerReviewTerms")));
        if (proposalExpiry.isNegative() || proposalExpiry.isZero()) {
            throw new IllegalArgumentException("proposalExpiry must be positive, was " + proposalExpiry);
        }
        if (requestExpiry.isNegative() || requestExpiry.isZero()) {
            throw new IllegalArgumentException("requestExpiry must be positive, was " + requestExpiry);
        }
    }

    /**
     * The settings of the first release, with the default moderation, safeguarding, retention, rate
     * limits and no territory terms. Kept for source compatibility.
     *
     * @param introductionMode consent-first or direct
     * @param proposalExpiry how long a helper has to answer a proposal
     * @param requestExpiry how long an open request waits
     * @param zone the territory's time zone
     */
    public TerritorySettings(IntroductionMode introductionMode, Duration proposalExpiry, Duration requestExpiry,
            ZoneId zone) {
        this(introductionMode, proposalExpiry, requestExpiry, zone, ModerationMode.POST,
                SafeguardingPolicy.standard(), RetentionPolicy.standard(), RateLimits.standard(), Set.of(),
                Set.of(), MatchingMode.BENEFICIARY_CHOOSES);
    }

    /**
     * The settings before matching modes, with the default mode (the beneficiary chooses). Kept for
     * source compatibility.
     *
     * @param introductionMode consent-first or direct
     * @param proposalExpiry how long a helper has to answer a proposal
     * @param requestExpiry how long an open request waits
     * @param zone the territory's time zone
     * @param moderationMode pre- or post-moderation
     * @param safeguarding the safeguarding policy
     * @param retention the retention policy
     * @param rateLimits the rate limits
     * @param volunteerRejectedTerms the territory's rejected terms
     * @param volunteerReviewTerms the territory's review terms
     */
    public TerritorySettings(IntroductionMode introductionMode, Duration proposalExpiry, Duration requestExpiry,
            ZoneId zone, ModerationMode moderationMode, SafeguardingPolicy safeguarding, RetentionPolicy retention,
            RateLimits rateLimits, Set<String> volunteerRejectedTerms, Set<String> volunteerReviewTerms) {
        this(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode, safeguarding, retention,
                rateLimits, volunteerRejectedTerms, volunteerReviewTerms, MatchingMode.BENEFICIARY_CHOOSES);
    }

    /**
     * The settings before crisis appeals, with the default daily limit of appeals. Kept for source
     * compatibility.
     *
     * @param introductionMode consent-first or direct
     * @param proposalExpiry how long a helper has to answer a proposal
     * @param requestExpiry how long an open request waits
     * @param zone the territory's time zone
     * @param moderationMode pre- or post-moderation
     * @param safeguarding the safeguarding policy
     * @param retention the retention policy
     * @param rateLimits the rate limits
     * @param volunteerRejectedTerms the territory's rejected terms
     * @param volunteerReviewTerms the territory's review terms
     * @param matchingMode how candidates become introductions
     */
    public TerritorySettings(IntroductionMode introductionMode, Duration proposalExpiry, Duration requestExpiry,
            ZoneId zone, ModerationMode moderationMode, SafeguardingPolicy safeguarding, RetentionPolicy retention,
            RateLimits rateLimits, Set<String> volunteerRejectedTerms, Set<String> volunteerReviewTerms,
            MatchingMode matchingMode) {
        this(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode, safeguarding, retention,
                rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, DEFAULT_APPEALS_PER_DAY);
    }

    /**
     * The defaults: consent-first, 48-hour proposals, 14-day requests, Europe/Paris,
     * post-moderation, {@link SafeguardingPolicy#standard()}, {@link RetentionPolicy#standard()},
     * {@link RateLimits#standard()}, no territory terms, {@value #DEFAULT_APPEALS_PER_DAY} crisis appeals a day.
     *
     * @return the default settings
     */
    public static TerritorySettings defaults() {
        return new TerritorySettings(IntroductionMode.CONSENT_FIRST, Duration.ofHours(48), Duration.ofDays(14),
                ZoneId.of("Europe/Paris"));
    }

    /**
     * @param mode the introduction mode
     * @return a copy with that mode
     */
    public TerritorySettings withIntroductionMode(IntroductionMode mode) {
        return new TerritorySettings(mode, proposalExpiry, requestExpiry, zone, moderationMode, safeguarding,
                retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param expiry how long a helper has to answer
     * @return a copy with that delay
     */
    public TerritorySettings withProposalExpiry(Duration expiry) {
        return new TerritorySettings(introductionMode, expiry, requestExpiry, zone, moderationMode, safeguarding,
                retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param expiry how long an open request waits
     * @return a copy with that delay
     */
    public TerritorySettings withRequestExpiry(Duration expiry) {
        return new TerritorySettings(introductionMode, proposalExpiry, expiry, zone, moderationMode, safeguarding,
                retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param newZone the time zone
     * @return a copy with that zone
     */
    public TerritorySettings withZone(ZoneId newZone) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, newZone, moderationMode,
                safeguarding, retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param mode pre- or post-moderation
     * @return a copy with that mode
     */
    public TerritorySettings withModerationMode(ModerationMode mode) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, mode, safeguarding,
                retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param policy the safeguarding policy
     * @return a copy with that policy
     */
    public TerritorySettings withSafeguarding(SafeguardingPolicy policy) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode, policy,
                retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param policy the retention policy
     * @return a copy with that policy
     */
    public TerritorySettings withRetention(RetentionPolicy policy) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode,
                safeguarding, policy, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param limits the rate limits
     * @return a copy with those limits
     */
    public TerritorySettings withRateLimits(RateLimits limits) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode,
                safeguarding, retention, limits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, appealsPerDay);
    }

    /**
     * @param rejected the territory's terms that reject a text
     * @param review the territory's terms that send a text to moderation
     * @return a copy with those terms
     */
    public TerritorySettings withVolunteerTerms(Set<String> rejected, Set<String> review) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode,
                safeguarding, retention, rateLimits, rejected, review, matchingMode, appealsPerDay);
    }

    /**
     * @param mode how candidates become introductions
     * @return a copy with that mode
     */
    public TerritorySettings withMatchingMode(MatchingMode mode) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode,
                safeguarding, retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, mode, appealsPerDay);
    }

    /**
     * @param limit how many crisis appeals the territory's moderators may send in any 24 hours
     * @return a copy with that limit
     * @throws IllegalArgumentException if below 1
     */
    public TerritorySettings withAppealsPerDay(int limit) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, zone, moderationMode,
                safeguarding, retention, rateLimits, volunteerRejectedTerms, volunteerReviewTerms, matchingMode, limit);
    }
}
