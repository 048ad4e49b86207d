package io.github.entraide;

import java.util.List;

/**
 * The actor may not perform the use case (deny by default). Says what was refused, never why in
 * detail, so that it leaks nothing about records of others.
 */
public class NotAuthorizedException extends EntraideException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation the refused operation, for example {@code offers.withdraw}
     */
    public NotAuthorizedException(String operation) {
        super(ErrorCode.NOT_AUTHORIZED, "error.not-authorized", List.of(operation), null);
    }
}
