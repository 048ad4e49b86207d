package io.github.entraide.spi;

import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moderation cases, per territory. Same conventions as the other repositories: bound to one
 * transaction; {@code insert} stores version 1 and throws {@link io.github.entraide.ConflictException}
 * for an existing id; {@code update} expects the stored version, stores it plus one, and throws
 * {@link io.github.entraide.ConflictException} if it changed; no method returns null.
 */
public interface ModerationCaseRepository {

    /**
     * @param moderationCase a new case
     * @return the stored case (version 1)
     */
    ModerationCase insert(ModerationCase moderationCase);

    /**
     * @param moderationCase the changed case, with the version it was read at
     * @return the stored case (version + 1)
     */
    ModerationCase update(ModerationCase moderationCase);

    /**
     * @param territoryId the territory
     * @param id the case
     * @return the case, if stored
     */
    Optional<ModerationCase> find(TerritoryId territoryId, ModerationCaseId id);

    /**
     * The queue: cases of a territory matching every given filter (an empty filter matches all),
     * ordered urgent first, then oldest first ({@code openedAt}), then by id.
     *
     * @param territoryId the territory
     * @param status the status, or empty for any
     * @param kind the subject's kind, or empty for any
     * @param origin the origin, or empty for any
     * @return the cases
     */
    List<ModerationCase> queue(TerritoryId territoryId, Optional<CaseStatus> status,
            Optional<ModerationSubject.Kind> kind, Optional<CaseOrigin> origin);

    /**
     * @param territoryId the territory
     * @param subject the subject
     * @return the cases about it, ordered by id
     */
    List<ModerationCase> bySubject(TerritoryId territoryId, ModerationSubject subject);

    /**
     * Cases where the member is the concerned member or the reporter.
     *
     * @param territoryId the territory
     * @param memberId the member
     * @return the cases, ordered by id
     */
    List<ModerationCase> involving(TerritoryId territoryId, MemberId memberId);

    /**
     * Reports sent by a member since an instant (for rate limits).
     *
     * @param territoryId the territory
     * @param reporterId the reporter
     * @param since inclusive lower bound of {@code openedAt}
     * @return how many
     */
    long reportsSince(TerritoryId territoryId, MemberId reporterId, Instant since);
}
