package io.github.entraide.spi;

import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores members. Every lookup names the territory: nothing crosses territories. A member's
 * e-mail address is unique within a territory (compared ignoring case). Versioning as described
 * on {@link TerritoryRepository}.
 */
public interface MemberRepository {

    /**
     * Stores a new member.
     *
     * @param member the member, at version 0
     * @return the stored member, at version 1
     * @throws io.github.entraide.ConflictException if the id or e-mail address is taken in the territory
     */
    Member insert(Member member);

    /**
     * Stores a changed member.
     *
     * @param member the member, at the version it was read
     * @return the stored member, at the next version
     * @throws io.github.entraide.ConflictException if the stored version differs, or the new
     *     e-mail address is taken
     */
    Member update(Member member);

    /**
     * Looks a member up.
     *
     * @param territoryId the territory
     * @param id the member
     * @return the member, or empty if not in that territory
     */
    Optional<Member> find(TerritoryId territoryId, MemberId id);

    /**
     * Looks a member up by e-mail address, ignoring case.
     *
     * @param territoryId the territory
     * @param email the address
     * @return the member, or empty
     */
    Optional<Member> findByEmail(TerritoryId territoryId, String email);

    /**
     * The members of a territory, ordered by id.
     *
     * @param territoryId the territory
     * @return the members
     */
    List<Member> all(TerritoryId territoryId);

    /**
     * Members of every territory last active before an instant and not yet erased, ordered by
     * territory then id (for retention).
     *
     * @param instant the instant
     * @return the members
     */
    List<Member> inactiveSince(Instant instant);
}
