package io.github.entraide;

import java.util.List;

/**
 * No record with this identifier exists in the territory.
 */
public class NotFoundException extends EntraideException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param kind the kind of record, for example {@code offer}
     * @param id its identifier
     */
    public NotFoundException(String kind, Object id) {
        super(ErrorCode.NOT_FOUND, "error.not-found", List.of(kind, String.valueOf(id)), null);
    }
}
