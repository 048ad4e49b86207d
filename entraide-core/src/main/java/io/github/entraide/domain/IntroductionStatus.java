package io.github.entraide.domain;

/**
 * Lifecycle of an introduction: proposed → accepted / declined / expired / cancelled; accepted →
 * completed (both sides confirm) or cancelled.
 */
public enum IntroductionStatus {
    /** Sent to the helper, who has not answered yet. Contacts are not disclosed. */
    PROPOSED,
    /** The helper accepted: each side sees the other's contact details. */
    ACCEPTED,
    /** The helper declined. Final. */
    DECLINED,
    /** The helper did not answer in time. Final. */
    EXPIRED,
    /** Cancelled by one side, a moderator, or because the request ended. Final. */
    CANCELLED,
    /** Both sides confirmed that help was given. Final. */
    COMPLETED;

    /**
     * Whether the introduction holds a place of the helper's capacity.
     *
     * @return true for proposed and accepted
     */
    public boolean isActive() {
        return this == PROPOSED || this == ACCEPTED;
    }

    /**
     * Whether contact details are disclosed to both sides in this status.
     *
     * @return true for accepted and completed
     */
    public boolean disclosesContacts() {
        return this == ACCEPTED || this == COMPLETED;
    }
}
