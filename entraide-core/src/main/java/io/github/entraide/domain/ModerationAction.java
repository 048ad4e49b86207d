package io.github.entraide.domain;

/** What a moderator decides on a case. */
public enum ModerationAction {
    /** The content is fine: published (an offer) or opened (a request); a report is dismissed. */
    APPROVE,
    /** The content is removed (offer {@code REMOVED}, request {@code CANCELLED}). */
    REMOVE,
    /** The member is suspended (reversible with {@link #REINSTATE}). */
    SUSPEND,
    /** The member is banned. */
    BAN,
    /** A suspended or banned member is active again. */
    REINSTATE
}
