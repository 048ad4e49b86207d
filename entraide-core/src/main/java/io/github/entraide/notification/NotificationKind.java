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
    ERASURE_CONFIRMED,
    /** To a beneficiary or proxy: a moderator removed a request, with the reason. */
    REQUEST_REMOVED,
    /** To an author: a moderator approved an offer or a request held for review; it is now visible. */
    CONTENT_APPROVED,
    /** To a member: a moderator suspended or banned them, with the reason. */
    MEMBER_SUSPENDED,
    /** To a member: a moderator lifted their suspension or ban. */
    MEMBER_REINSTATED,
    /** To an inactive member: their account will be erased on a date unless they come back. */
    INACTIVITY_WARNING,
    /** To a helper who opted in: a moderator's crisis appeal, with a one-click link to stop appeals. */
    CRISIS_APPEAL
}
