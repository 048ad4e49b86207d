package io.github.entraide.spi;

import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores help requests. Every lookup names the territory, except the system's sweeps. Versioning
 * as described on {@link TerritoryRepository}.
 */
public interface RequestRepository {

    /**
     * Stores a new request.
     *
     * @param request the request, at version 0
     * @return the stored request, at version 1
     * @throws io.github.entraide.ConflictException if the id is taken
     */
    HelpRequest insert(HelpRequest request);

    /**
     * Stores a changed request.
     *
     * @param request the request, at the version it was read
     * @return the stored request, at the next version
     * @throws io.github.entraide.ConflictException if the stored version differs
     */
    HelpRequest update(HelpRequest request);

    /**
     * Looks a request up.
     *
     * @param territoryId the territory
     * @param id the request
     * @return the request, or empty if not in that territory
     */
    Optional<HelpRequest> find(TerritoryId territoryId, RequestId id);

    /**
     * The requests a member filed, ordered by id.
     *
     * @param territoryId the territory
     * @param requesterId the member
     * @return the requests
     */
    List<HelpRequest> byRequester(TerritoryId territoryId, MemberId requesterId);

    /**
     * A territory's requests in a status, ordered by id.
     *
     * @param territoryId the territory
     * @param status the status
     * @return the requests
     */
    List<HelpRequest> byStatus(TerritoryId territoryId, RequestStatus status);

    /**
     * Every request of a territory, ordered by id.
     *
     * @param territoryId the territory
     * @return the requests
     */
    List<HelpRequest> all(TerritoryId territoryId);

    /**
     * Open or pending requests of every territory whose expiry is at or before an instant,
     * ordered by territory then id (for the system's expiry sweep).
     *
     * @param instant the instant
     * @return the requests
     */
    List<HelpRequest> openExpiringBy(Instant instant);
}
