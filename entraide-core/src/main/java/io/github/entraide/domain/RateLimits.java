package io.github.entraide.domain;

/**
 * How many times a member may do an action in the last 24 hours (a rolling day, read on the
 * injected clock). Exceeding a limit throws {@link io.github.entraide.RateLimitedException}.
 * Moderators, administrators and the system are not limited.
 *
 * @param requestsPerDay requests filed (default 5)
 * @param reportsPerDay reports sent to moderators (default 10)
 * @param introductionsPerDay introductions a beneficiary proposes for their own requests (default 10)
 */
public record RateLimits(int requestsPerDay, int reportsPerDay, int introductionsPerDay) {

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public RateLimits {
        if (requestsPerDay < 1 || reportsPerDay < 1 || introductionsPerDay < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1");
        }
    }

    /** @return the defaults: 5 requests, 10 reports, 10 introductions a day */
    public static RateLimits standard() {
        return new RateLimits(5, 10, 10);
    }
}
