package io.github.entraide.domain;

/**
 * How soon help is needed, as the beneficiary says.
 */
public enum Urgency {
    /** Whenever convenient. */
    LOW,
    /** Within the next days. */
    NORMAL,
    /** Today or tomorrow. */
    HIGH
}
