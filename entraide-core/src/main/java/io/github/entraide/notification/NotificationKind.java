package io.github.entraide.notification;

/**
 * The kinds of notification Entraide sends; each has a French and an English template.
 */
public enum NotificationKind {
    /** To a helper: an introduction is proposed, with accept and decline links. */
    INTRODUCTION_PROPOSED,
    /** To both sides: the introduction is accepted; here are the other side's contact details. */
    CONTACTS_SHARED,
    /** To a helper: a proposal expires soon. */
    PROPOSAL_REMINDER,
    /** To a helper or a beneficiary: a proposal expired unanswered. */
    PROPOSAL_EXPIRED,
    /** To a helper: a moderator removed an offer, with the reason. */
    OFFER_REMOVED,
    /** To a member: their data was erased. */
    ERASURE_CONFIRMED
}
