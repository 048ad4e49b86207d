package io.github.entraide;

/**
 * Stable codes of the errors a use case can raise. A portal may switch on them; they never
 * change meaning between releases.
 */
public enum ErrorCode {
    /** A command broke one or more constraints; nothing was stored. */
    INVALID_COMMAND("ENTRAIDE-INVALID-COMMAND"),
    /** The actor may not do this. */
    NOT_AUTHORIZED("ENTRAIDE-NOT-AUTHORIZED"),
    /** No such record in the actor's territory. */
    NOT_FOUND("ENTRAIDE-NOT-FOUND"),
    /** The record changed concurrently, or a unique value is taken; retry with fresh data. */
    CONFLICT("ENTRAIDE-CONFLICT"),
    /** A rule of mutual aid refused the operation (volunteer-only, safeguarding, capacity…). */
    RULE_REFUSED("ENTRAIDE-RULE-REFUSED"),
    /** The member did this too often today. */
    RATE_LIMITED("ENTRAIDE-RATE-LIMITED"),
    /** The storage failed; the cause is attached. */
    STORAGE_FAILURE("ENTRAIDE-STORAGE-FAILURE"),
    /** A notification could not be delivered; the cause is attached. */
    DELIVERY_FAILURE("ENTRAIDE-DELIVERY-FAILURE");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /**
     * The code as text, for logs and APIs.
     *
     * @return for example {@code ENTRAIDE-NOT-FOUND}
     */
    public String code() {
        return code;
    }
}
