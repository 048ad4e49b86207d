package io.github.entraide;

import java.util.List;

/**
 * The storage failed (driver error, connection lost). The transaction was rolled back; the
 * cause is attached.
 */
public class StorageException extends EntraideException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation what was being done, for example {@code insert offer}
     * @param cause the driver's exception
     */
    public StorageException(String operation, Throwable cause) {
        super(ErrorCode.STORAGE_FAILURE, "error.storage", List.of(operation), cause);
    }
}
