package io.github.entraide.domain;

/**
 * What a member consents to.
 */
public enum ConsentPurpose {
    /** The territory's terms of use and privacy notice: required to register. */
    TERMS_OF_USE,
    /** Sharing contact details with the other side of an accepted introduction: required to be introduced. */
    CONTACT_SHARING,
    /** Receiving the territory's news about mutual aid: optional. */
    NEWS,
    /**
     * Receiving the crisis appeals a moderator of the territory sends to helpers (see
     * {@link io.github.entraide.service.AppealService}): optional, not given by default; withdrawn in
     * one click from any appeal's e-mail.
     */
    CRISIS_APPEALS
}
