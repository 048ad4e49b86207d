package io.github.entraide;

import java.util.List;

/**
 * A rule of mutual aid refused the operation: volunteer-only, safeguarding, capacity, a
 * request or offer in the wrong state. {@link #reason()} is a stable reason code.
 */
public class RuleRefusedException extends EntraideException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * Creates the exception.
     *
     * @param reason the stable reason code, for example {@code capacity-reached}; its message
     *     is {@code rule.<reason>} in Entraide's bundles
     * @param arguments the message's arguments (no personal data)
     */
    public RuleRefusedException(String reason, Object... arguments) {
        super(ErrorCode.RULE_REFUSED, "rule." + reason, List.of(arguments), null);
        this.reason = reason;
    }

    /**
     * Creates the exception with a message of its own, for rules whose explanation is built
     * elsewhere (the volunteer-only policy's reasons).
     *
     * @param reason the stable reason code
     * @param messageKey the message key
     * @param arguments the message's arguments
     */
    protected RuleRefusedException(String reason, String messageKey, List<?> arguments) {
        super(ErrorCode.RULE_REFUSED, messageKey, arguments, null);
        this.reason = reason;
    }

    /**
     * The stable reason code.
     *
     * @return for example {@code capacity-reached}
     */
    public String reason() {
        return reason;
    }
}
