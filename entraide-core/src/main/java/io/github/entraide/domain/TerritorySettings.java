package io.github.entraide.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a territory configures. Immutable; change one setting with the {@code with…} methods.
 *
 * @param introductionMode consent-first (default) or direct
 * @param proposalExpiry how long a helper has to answer a proposal (default 48 hours)
 * @param requestExpiry how long an open request waits for a helper before it expires
 *     (default 14 days)
 * @param zone the territory's time zone, in which weekly availabilities are read
 *     (default Europe/Paris)
 */
public record TerritorySettings(IntroductionMode introductionMode, Duration proposalExpiry, Duration requestExpiry,
        ZoneId zone) {

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a duration is not positive
     */
    public TerritorySettings {
        Objects.requireNonNull(introductionMode, "introductionMode");
        Objects.requireNonNull(proposalExpiry, "proposalExpiry");
        Objects.requireNonNull(requestExpiry, "requestExpiry");
        Objects.requireNonNull(zone, "zone");
        if (proposalExpiry.isNegative() || proposalExpiry.isZero()) {
            throw new IllegalArgumentException("proposalExpiry must be positive, was " + proposalExpiry);
        }
        if (requestExpiry.isNegative() || requestExpiry.isZero()) {
            throw new IllegalArgumentException("requestExpiry must be positive, was " + requestExpiry);
        }
    }

    /**
     * The defaults: consent-first, 48-hour proposals, 14-day requests, Europe/Paris.
     *
     * @return the default settings
     */
    public static TerritorySettings defaults() {
        return new TerritorySettings(IntroductionMode.CONSENT_FIRST, Duration.ofHours(48), Duration.ofDays(14),
                ZoneId.of("Europe/Paris"));
    }

    /**
     * These settings with another introduction mode.
     *
     * @param mode the mode
     * @return the new settings
     */
    public TerritorySettings withIntroductionMode(IntroductionMode mode) {
        return new TerritorySettings(mode, proposalExpiry, requestExpiry, zone);
    }

    /**
     * These settings with another proposal expiry.
     *
     * @param expiry how long a helper has to answer
     * @return the new settings
     */
    public TerritorySettings withProposalExpiry(Duration expiry) {
        return new TerritorySettings(introductionMode, expiry, requestExpiry, zone);
    }

    /**
     * These settings with another request expiry.
     *
     * @param expiry how long an open request waits
     * @return the new settings
     */
    public TerritorySettings withRequestExpiry(Duration expiry) {
        return new TerritorySettings(introductionMode, proposalExpiry, expiry, zone);
    }

    /**
     * These settings with another time zone.
     *
     * @param newZone the zone
     * @return the new settings
     */
    public TerritorySettings withZone(ZoneId newZone) {
        return new TerritorySettings(introductionMode, proposalExpiry, requestExpiry, newZone);
    }
}
