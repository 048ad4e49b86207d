package io.github.entraide.domain;

/** Why a moderation case was opened. */
public enum CaseOrigin {
    /** The volunteer-only policy found a doubtful text (it waits, pending review). */
    VOLUNTEER_POLICY,
    /** The territory pre-moderates everything (it waits, pending review). */
    PRE_MODERATION,
    /** A member reported the content or another member. */
    MEMBER_REPORT
}
