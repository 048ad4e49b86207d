package io.github.entraide.matching;

import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks up the {@link HelperFacts} of helpers, for filters (safeguarding) and candidate views (first
 * name). Implementations must be thread-safe and must not block for long: matching calls them for
 * every candidate it examines.
 */
@FunctionalInterface
public interface HelperDirectory {

    /**
     * Looks a helper up.
     *
     * @param helperId the helper
     * @return their facts, or empty if unknown (filters then refuse what needs a fact)
     */
    Optional<HelperFacts> find(MemberId helperId);

    /**
     * A directory knowing nobody.
     *
     * @return the empty directory
     */
    static HelperDirectory empty() {
        return id -> Optional.empty();
    }

    /**
     * An immutable directory of members.
     *
     * @param members the members
     * @return the directory
     */
    static HelperDirectory of(Collection<Member> members) {
        Objects.requireNonNull(members, "members");
        Map<MemberId, HelperFacts> map = new HashMap<>();
        for (Member m : members) {
            map.put(m.id(), HelperFacts.of(m));
        }
        return ofFacts(map.values());
    }

    /**
     * An immutable directory of facts.
     *
     * @param facts the facts
     * @return the directory
     */
    static HelperDirectory ofFacts(Collection<HelperFacts> facts) {
        Objects.requireNonNull(facts, "facts");
        Map<MemberId, HelperFacts> map = new HashMap<>();
        for (HelperFacts f : facts) {
            map.put(f.id(), f);
        }
        Map<MemberId, HelperFacts> copy = Map.copyOf(map);
        return id -> Optional.ofNullable(copy.get(id));
    }
}
