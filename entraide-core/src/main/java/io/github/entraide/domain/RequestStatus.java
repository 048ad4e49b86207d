package io.github.entraide.domain;

/**
 * Lifecycle of a help request: open → introduced → fulfilled / cancelled / expired. An
 * introduction declined or expired sends the request back to open.
 */
public enum RequestStatus {
    /** Waiting for a moderator before matching (doubtful text, or a pre-moderated territory). */
    PENDING_REVIEW,
    /** Looking for a helper. */
    OPEN,
    /** An introduction is in progress. */
    INTRODUCED,
    /** Help was given. Final. */
    FULFILLED,
    /** Cancelled by the beneficiary or removed by a moderator. Final. */
    CANCELLED,
    /** Nobody could help in time. Final. */
    EXPIRED;

    /**
     * Whether no transition leaves this status.
     *
     * @return true for fulfilled, cancelled and expired
     */
    public boolean isFinal() {
        return this == FULFILLED || this == CANCELLED || this == EXPIRED;
    }
}
