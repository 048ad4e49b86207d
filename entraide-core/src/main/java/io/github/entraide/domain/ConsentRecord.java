package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One consent given or withdrawn, for a version of the text the member was shown. Consents are
 * kept as a history: the latest record for a purpose is the one in force. Immutable.
 *
 * @param purpose what the consent is for
 * @param textVersion the version of the text shown, for example {@code 2026-11}
 * @param granted true when given, false when withdrawn
 * @param recordedAt when it was recorded
 */
public record ConsentRecord(ConsentPurpose purpose, String textVersion, boolean granted, Instant recordedAt) {

    /**
     * Checks the record.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the text version is blank
     */
    public ConsentRecord {
        Objects.requireNonNull(purpose, "purpose");
        Checks.notBlank(textVersion, "textVersion");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
