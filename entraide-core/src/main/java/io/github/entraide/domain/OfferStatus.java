package io.github.entraide.domain;

/**
 * Lifecycle of a help offer: pending review → published → suspended / withdrawn / removed.
 */
public enum OfferStatus {
    /** Waiting for a moderator (doubtful text, or a pre-moderated territory). Not matched. */
    PENDING_REVIEW,
    /** Visible to matching. */
    PUBLISHED,
    /** Paused by its helper (or suspended by a moderator); can be resumed. Not matched. */
    SUSPENDED,
    /** Withdrawn by its helper. Final. */
    WITHDRAWN,
    /** Removed by a moderator. Final. */
    REMOVED;

    /**
     * Whether no transition leaves this status.
     *
     * @return true for withdrawn and removed
     */
    public boolean isFinal() {
        return this == WITHDRAWN || this == REMOVED;
    }
}
