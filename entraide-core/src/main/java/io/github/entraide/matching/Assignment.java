package io.github.entraide.matching;

import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.RequestId;
import java.util.Objects;

/**
 * One request served by one offer in a {@link BatchResult}. Immutable.
 *
 * @param requestId the request
 * @param offerId the offer that serves it
 * @param distanceMetres the distance counted for this pair, in whole metres (0 for remote help)
 */
public record Assignment(RequestId requestId, OfferId offerId, long distanceMetres) {

    /**
     * Checks the assignment.
     *
     * @throws NullPointerException if an id is null
     */
    public Assignment {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(offerId, "offerId");
    }
}
