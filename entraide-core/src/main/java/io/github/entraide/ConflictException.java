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
}
