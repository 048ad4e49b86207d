package io.github.entraide.testkit.generators;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.Territory;
import io.github.entraide.matching.Blocks;
import io.github.entraide.matching.HelperDirectory;
import io.github.entraide.matching.MatchingEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One generated matching situation: a territory, its members, the blocks between them, offers and
 * open requests, at an instant. Immutable.
 *
 * @param territory the territory
 * @param members the members (helpers and beneficiaries)
 * @param blockedPairs who blocked whom (blocker first)
 * @param offers the offers, with distinct ids (some not published)
 * @param requests the open requests, with distinct ids
 * @param now the instant matching runs at
 */
public record MatchingScenario(Territory territory, List<Member> members, List<List<MemberId>> blockedPairs,
        List<HelpOffer> offers, List<HelpRequest> requests, Instant now) {

    /**
     * Checks the scenario.
     *
     * @throws NullPointerException if a parameter is null
     */
    public MatchingScenario {
        Objects.requireNonNull(territory, "territory");
        members = List.copyOf(members);
        blockedPairs = List.copyOf(blockedPairs);
        offers = List.copyOf(offers);
        requests = List.copyOf(requests);
        Objects.requireNonNull(now, "now");
    }

    /** @return the blocks between members */
    public Blocks blocks() {
        Blocks.Builder b = Blocks.builder();
        for (List<MemberId> pair : blockedPairs) {
            b.block(pair.get(0), pair.get(1));
        }
        return b.build();
    }

    /** @return the environment of matching: territory, helper facts, blocks, instant */
    public MatchingEnvironment environment() {
        return new MatchingEnvironment(territory, HelperDirectory.of(members), blocks(), now);
    }

    /**
     * This scenario with other offers.
     *
     * @param newOffers the offers
     * @return the new scenario
     */
    public MatchingScenario withOffers(List<HelpOffer> newOffers) {
        return new MatchingScenario(territory, members, blockedPairs, newOffers, requests, now);
    }

    /**
     * This scenario with other requests.
     *
     * @param newRequests the requests
     * @return the new scenario
     */
    public MatchingScenario withRequests(List<HelpRequest> newRequests) {
        return new MatchingScenario(territory, members, blockedPairs, offers, newRequests, now);
    }

    /** Summarises the scenario (counts and ids), for counterexamples. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MatchingScenario[").append(territory.id()).append(", ")
                .append(members.size()).append(" members, ").append(blockedPairs.size()).append(" blocks, offers=");
        for (HelpOffer o : offers) {
            sb.append(o.id()).append('{').append(o.categoryId()).append(' ').append(o.point()).append(" r=")
                    .append(o.radiusKm()).append(' ').append(o.load()).append('/').append(o.capacity()).append(' ')
                    .append(o.languages()).append(' ').append(o.status()).append(" by ").append(o.helperId())
                    .append("} ");
        }
        sb.append("requests=");
        for (HelpRequest r : requests) {
            sb.append(r.id()).append('{').append(r.categoryId()).append(' ').append(r.point()).append(' ')
                    .append(r.languages()).append(r.concernsMinor() ? " minor" : "").append(" by ")
                    .append(r.requesterId()).append("} ");
        }
        return sb.append(']').toString();
    }
}
