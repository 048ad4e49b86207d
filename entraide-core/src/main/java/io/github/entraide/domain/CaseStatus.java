package io.github.entraide.domain;

/** Where a moderation case stands. */
public enum CaseStatus {
    /** Waiting for a moderator. */
    OPEN,
    /** A moderator decided. */
    DECIDED
}
