package io.github.entraide.matching;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.spi.Storage;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The reference {@link CandidateSource}: evaluates every offer with the policy and keeps the best.
 * Linear in the number of offers; use it for small territories, in tests, and as the yardstick of
 * faster sources. Thread-safe if its offer supplier is.
 */
public final class BruteForceCandidateSource implements CandidateSource {
    private final Function<HelpRequest, Collection<HelpOffer>> offers;

    private BruteForceCandidateSource(Function<HelpRequest, Collection<HelpOffer>> offers) {
        this.offers = offers;
    }

    /**
     * A source over fixed offers (offers outside a request's universe are skipped).
     *
     * @param offers the offers
     * @return the source
     */
    public static BruteForceCandidateSource over(Collection<HelpOffer> offers) {
        List<HelpOffer> copy = List.copyOf(Objects.requireNonNull(offers, "offers"));
        return new BruteForceCandidateSource(r -> copy);
    }

    /**
     * A source reading the published offers of the request's category from storage, in a
     * transaction per call.
     *
     * @param storage the storage
     * @return the source
     */
    public static BruteForceCandidateSource over(Storage storage) {
        Objects.requireNonNull(storage, "storage");
        return new BruteForceCandidateSource(r -> storage.inTransaction(
                tx -> tx.offers().published(r.territoryId(), r.categoryId())));
    }

    @Override
    public List<Candidate> topCandidates(HelpRequest request, MatchingPolicy policy, MatchingEnvironment environment,
            int limit) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policy, "policy");
        MatchingPolicy.requirePositive(limit);
        MatchingPolicy.categoryOf(request, environment);
        return policy.rank(request, offers.apply(request), environment, limit);
    }
}
