package io.github.entraide.spi;

import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import java.util.List;
import java.util.Optional;

/**
 * Stores territories. Versioning as for every repository: {@code insert} stores version 1,
 * {@code update} succeeds only if the stored version equals the given one, stores it plus one
 * and returns what it stored; otherwise it throws {@link io.github.entraide.ConflictException}.
 */
public interface TerritoryRepository {

    /**
     * Stores a new territory.
     *
     * @param territory the territory, at version 0
     * @return the stored territory, at version 1
     * @throws io.github.entraide.ConflictException if the id is taken
     */
    Territory insert(Territory territory);

    /**
     * Stores a changed territory.
     *
     * @param territory the territory, at the version it was read
     * @return the stored territory, at the next version
     * @throws io.github.entraide.ConflictException if the stored version differs
     */
    Territory update(Territory territory);

    /**
     * Looks a territory up.
     *
     * @param id its id
     * @return the territory, or empty
     */
    Optional<Territory> find(TerritoryId id);

    /**
     * Every territory, ordered by id.
     *
     * @return the territories
     */
    List<Territory> all();
}
