package io.github.entraide;

import java.util.List;

/**
 * A member reached a daily limit of their territory's {@link io.github.entraide.domain.RateLimits}
 * (requests filed, reports sent, introductions proposed, in any 24 hours). Nothing was stored; the
 * member can try again later. Code {@link ErrorCode#RATE_LIMITED}, message key
 * {@code error.rate-limited}.
 */
public class RateLimitedException extends EntraideException {
    private static final long serialVersionUID = 1L;

    private final String action;
    private final int limit;

    /**
     * Creates the exception.
     *
     * @param action the limited action: {@code requests.file}, {@code moderation.report} or
     *     {@code introductions.propose}
     * @param limit the territory's limit per day
     */
    public RateLimitedException(String action, int limit) {
        super(ErrorCode.RATE_LIMITED, "error.rate-limited", List.of(limit, action), null);
        this.action = action;
        this.limit = limit;
    }

    /** @return the limited action */
    public String action() {
        return action;
    }

    /** @return the limit per day */
    public int limit() {
        return limit;
    }
}
