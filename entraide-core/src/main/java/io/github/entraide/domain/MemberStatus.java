package io.github.entraide.domain;

/**
 * A member's standing.
 */
public enum MemberStatus {
    /** May use the platform. */
    ACTIVE,
    /** Suspended by a moderator for a while: may not publish, request or be introduced. */
    SUSPENDED,
    /** Banned by a moderator. */
    BANNED,
    /** Erased at their request or by retention: personal data anonymised, counts kept. */
    ERASED
}
