package io.github.entraide.domain;

/**
 * How a territory puts a beneficiary and a helper in contact.
 */
public enum IntroductionMode {
    /**
     * The default: the helper receives a proposal without contact details and accepts or
     * declines; contact details are exchanged only once accepted.
     */
    CONSENT_FIRST,
    /**
     * The model platform's mode: contact details are exchanged as soon as the introduction is
     * made (the introduction is accepted at once).
     */
    DIRECT
}
