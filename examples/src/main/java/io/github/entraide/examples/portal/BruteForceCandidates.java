package io.github.entraide.examples.portal;

import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.Territory;
import io.github.entraide.spi.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for the core's matching engine until it lands: scans the category's published
 * offers, keeps those with room that reach the request, and ranks them by distance then load.
 * Thread-safe.
 */
final class BruteForceCandidates {
    private final Storage storage;

    BruteForceCandidates(Storage storage) {
        this.storage = storage;
    }

    CandidateList find(HelpRequest request, int limit) {
        return storage.inTransaction(tx -> {
            Territory territory = tx.territories().find(request.territoryId()).orElseThrow();
            boolean remote = territory.catalogue().find(request.categoryId()).map(HelpCategory::isRemote).orElse(false);
            List<Ranked> ranked = new ArrayList<>();
            for (HelpOffer offer : tx.offers().published(request.territoryId(), request.categoryId())) {
                double km = offer.point().distanceKm(request.point());
                if (offer.helperId().equals(request.requesterId()) || offer.remainingCapacity() <= 0
                        || (!remote && km > offer.radiusKm())) {
                    continue;
                }
                ranked.add(new Ranked(offer, remote ? 0 : km));
            }
            ranked.sort(Comparator.comparingDouble(Ranked::km).thenComparingInt(r -> r.offer().load())
                    .thenComparing(r -> r.offer().id().value()));
            List<CandidateList.Item> items = new ArrayList<>();
            for (Ranked r : ranked) {
                if (items.size() == limit) {
                    break;
                }
                Optional<Member> helper = tx.members().find(request.territoryId(), r.offer().helperId());
                if (helper.isEmpty() || !helper.get().isActive()) {
                    continue;
                }
                String commune = territory.commune(r.offer().location().inseeCode()).map(c -> c.name())
                        .orElse(r.offer().location().inseeCode());
                items.add(new CandidateList.Item(r.offer().id(), firstName(helper.get().displayName()), commune, r.km(),
                        remote, r.offer().languages()));
            }
            return new CandidateList(items);
        });
    }

    static String firstName(String displayName) {
        String name = displayName.strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    private record Ranked(HelpOffer offer, double km) {
    }
}
