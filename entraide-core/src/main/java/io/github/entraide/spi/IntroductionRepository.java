package io.github.entraide.spi;

import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores introductions. Every lookup names the territory, except the system's sweeps.
 * Versioning as described on {@link TerritoryRepository}.
 */
public interface IntroductionRepository {

    /**
     * Stores a new introduction.
     *
     * @param introduction the introduction, at version 0
     * @return the stored introduction, at version 1
     * @throws io.github.entraide.ConflictException if the id is taken
     */
    Introduction insert(Introduction introduction);

    /**
     * Stores a changed introduction.
     *
     * @param introduction the introduction, at the version it was read
     * @return the stored introduction, at the next version
     * @throws io.github.entraide.ConflictException if the stored version differs
     */
    Introduction update(Introduction introduction);

    /**
     * Looks an introduction up.
     *
     * @param territoryId the territory
     * @param id the introduction
     * @return the introduction, or empty if not in that territory
     */
    Optional<Introduction> find(TerritoryId territoryId, IntroductionId id);

    /**
     * The introductions of a request, ordered by id.
     *
     * @param territoryId the territory
     * @param requestId the request
     * @return the introductions
     */
    List<Introduction> byRequest(TerritoryId territoryId, RequestId requestId);

    /**
     * The introductions a member is a side of, as helper or beneficiary, ordered by id.
     *
     * @param territoryId the territory
     * @param memberId the member
     * @return the introductions
     */
    List<Introduction> byMember(TerritoryId territoryId, MemberId memberId);

    /**
     * Every introduction of a territory, ordered by id.
     *
     * @param territoryId the territory
     * @return the introductions
     */
    List<Introduction> all(TerritoryId territoryId);

    /**
     * Proposed introductions of every territory whose expiry is at or before an instant, ordered
     * by territory then id (for the system's expiry sweep).
     *
     * @param instant the instant
     * @return the introductions
     */
    List<Introduction> proposedExpiringBy(Instant instant);
}
