package io.github.entraide;

import java.util.List;

/**
 * A notification could not be delivered. {@link #isTransient()} says whether a retry may
 * succeed (server down, 4xx answer) or not (5xx answer, invalid address).
 */
public class MailDeliveryException extends EntraideException {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    /**
     * Creates the exception.
     *
     * @param messageId the outbox message being delivered
     * @param transientFailure whether a retry may succeed
     * @param cause the transport's exception
     */
    public MailDeliveryException(String messageId, boolean transientFailure, Throwable cause) {
        super(ErrorCode.DELIVERY_FAILURE, "error.delivery", List.of(messageId), cause);
        this.transientFailure = transientFailure;
    }

    /**
     * Whether a retry may succeed.
     *
     * @return true for a temporary failure
     */
    public boolean isTransient() {
        return transientFailure;
    }
}
