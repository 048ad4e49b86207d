package io.github.entraide.domain;

/**
 * Who files a request on behalf of someone else.
 */
public enum ProxyRelationship {
    /** A relative or a neighbour of the person helped. */
    RELATIVE,
    /** A social worker. */
    SOCIAL_WORKER,
    /** A municipal agent taking a phone call. */
    MUNICIPAL_AGENT,
    /** A parent or legal guardian of a minor: required for help to a minor. */
    PARENT_OR_GUARDIAN
}
