package io.github.entraide.spi;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.TerritoryId;
import java.util.List;
import java.util.Optional;

/**
 * Stores help offers. Every lookup names the territory. Versioning as described on
 * {@link TerritoryRepository}: the load of an offer changes only through a versioned update,
 * which is what keeps a helper's capacity from being exceeded under concurrency.
 */
public interface OfferRepository {

    /**
     * Stores a new offer.
     *
     * @param offer the offer, at version 0
     * @return the stored offer, at version 1
     * @throws io.github.entraide.ConflictException if the id is taken
     */
    HelpOffer insert(HelpOffer offer);

    /**
     * Stores a changed offer.
     *
     * @param offer the offer, at the version it was read
     * @return the stored offer, at the next version
     * @throws io.github.entraide.ConflictException if the stored version differs
     */
    HelpOffer update(HelpOffer offer);

    /**
     * Looks an offer up.
     *
     * @param territoryId the territory
     * @param id the offer
     * @return the offer, or empty if not in that territory
     */
    Optional<HelpOffer> find(TerritoryId territoryId, OfferId id);

    /**
     * A helper's offers, ordered by id.
     *
     * @param territoryId the territory
     * @param helperId the helper
     * @return the offers
     */
    List<HelpOffer> byHelper(TerritoryId territoryId, MemberId helperId);

    /**
     * The published offers of a category, ordered by id.
     *
     * @param territoryId the territory
     * @param categoryId the category
     * @return the offers
     */
    List<HelpOffer> published(TerritoryId territoryId, CategoryId categoryId);

    /**
     * Every offer of a territory, ordered by id.
     *
     * @param territoryId the territory
     * @return the offers
     */
    List<HelpOffer> all(TerritoryId territoryId);
}
