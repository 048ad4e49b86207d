package io.github.entraide.domain;

/**
 * Where a crisis appeal stands.
 */
public enum AppealStatus {
    /** Stored; its e-mails are being written to the outbox, batch by batch. */
    SENDING,
    /** Every batch is in the outbox: the reached count is final. */
    SENT
}
