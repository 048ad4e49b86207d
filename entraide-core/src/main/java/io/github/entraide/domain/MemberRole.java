package io.github.entraide.domain;

/**
 * What a member does on the platform; one person can be both.
 */
public enum MemberRole {
    /** Gives some time. */
    HELPER,
    /** Asks for help, for themself or on behalf of someone. */
    BENEFICIARY
}
