package io.github.entraide;

import java.util.List;

/**
 * A concurrent change won (optimistic version mismatch), or a value that must be unique is
 * taken. Nothing was stored; the caller may reload and retry.
 */
public class ConflictException extends EntraideException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param kind the kind of record
     * @param id its identifier
     */
    public ConflictException(String kind, Object id) {
        super(ErrorCode.CONFLICT, "error.conflict", List.of(kind, String.valueOf(id)), null);
    }

    /**
     * Creates the exception for a taken unique value.
     *
     * @param kind the kind of record
     * @param field the unique field, for example {@code email}
     * @param cause the storage's exception, or null
     */
    public ConflictException(String kind, String field, Throwable cause) {
        super(ErrorCode.CONFLICT, "error.conflict.unique", List.of(kind, field), cause);
    }

    private ConflictException(String messageKey, List<?> arguments, Throwable cause) {
        super(ErrorCode.CONFLICT, messageKey, arguments, cause);
    }

    /**
     * The exception for a transaction the database rolled back because of concurrent ones (a
     * deadlock it detected, or a serialization failure): nothing was stored, and running the use
     * case again in a new transaction is expected to succeed.
     *
     * @param operation what was being done (no personal data)
     * @param cause the storage's exception
     * @return the exception
     */
    public static ConflictException concurrentTransactions(String operation, Throwable cause) {
        return new ConflictException("error.conflict.concurrent", List.of(operation), cause);
    }
}
