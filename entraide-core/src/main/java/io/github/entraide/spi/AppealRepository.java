package io.github.entraide.spi;

import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Crisis appeals, and the helpers' one-click opt-out tokens, per territory. Same conventions as the
 * other repositories: bound to one transaction; {@code insert} stores version 1 and throws
 * {@link io.github.entraide.ConflictException} for an existing id; {@code update} expects the stored
 * version, stores it plus one, and throws {@link io.github.entraide.ConflictException} if it
 * changed; no method returns null. Nothing crosses territories. No method lists who an appeal
 * reached: only its count is kept.
 */
public interface AppealRepository {

    /**
     * @param appeal a new appeal, at version 0
     * @return the stored appeal (version 1)
     * @throws io.github.entraide.ConflictException if the id is taken in the territory
     */
    Appeal insert(Appeal appeal);

    /**
     * @param appeal the changed appeal, with the version it was read at
     * @return the stored appeal (version + 1)
     * @throws io.github.entraide.ConflictException if the stored version differs
     */
    Appeal update(Appeal appeal);

    /**
     * @param territoryId the territory
     * @param id the appeal
     * @return the appeal, or empty if not in that territory
     */
    Optional<Appeal> find(TerritoryId territoryId, AppealId id);

    /**
     * The appeals of a territory, newest first ({@code createdAt} descending, then id descending).
     *
     * @param territoryId the territory
     * @return the appeals
     */
    List<Appeal> all(TerritoryId territoryId);

    /**
     * How many appeals of a territory were created at or after an instant (for its daily limit).
     *
     * @param territoryId the territory
     * @param since inclusive lower bound of {@code createdAt}
     * @return how many
     */
    long createdSince(TerritoryId territoryId, Instant since);

    /**
     * Stores a member's opt-out token. A member has at most one token, which never changes.
     *
     * @param territoryId the territory
     * @param memberId the member
     * @param token the token, unique in the territory
     * @throws io.github.entraide.ConflictException if the member has a token already, or the token
     *     is taken
     */
    void insertOptOutToken(TerritoryId territoryId, MemberId memberId, String token);

    /**
     * Deletes a member's opt-out token, when the member is erased: nothing of an erased person
     * stays, and a link of an old e-mail then leads nowhere.
     *
     * @param territoryId the territory
     * @param memberId the member
     * @return whether the member had a token
     */
    boolean deleteOptOutToken(TerritoryId territoryId, MemberId memberId);

    /**
     * The opt-out tokens of some members of a territory, in one read.
     *
     * @param territoryId the territory
     * @param memberIds the members (at most a few hundred)
     * @return each member's token, for those that have one
     */
    Map<MemberId, String> optOutTokens(TerritoryId territoryId, Collection<MemberId> memberIds);

    /**
     * The member an opt-out token belongs to.
     *
     * @param territoryId the territory
     * @param token the token, compared exactly
     * @return the member, or empty if no member of that territory has this token
     */
    Optional<MemberId> optOutMember(TerritoryId territoryId, String token);
}
