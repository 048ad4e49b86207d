package io.github.entraide.testkit.properties;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.testkit.generators.MatchingScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The bipartite graph a {@link BatchAssigner} works on, for independent oracles: requests on one
 * side, offers with their places on the other, an edge where the policy allows the pair, with its
 * distance cost; using the {@code u}-th place of offer {@code j} adds {@code placePenalty[j][u - 1]}
 * (non-decreasing in {@code u}). Immutable by convention (do not change the arrays).
 *
 * @param requestCount how many requests (vertices {@code 0 .. requestCount - 1})
 * @param offerCount how many offers (vertices {@code 0 .. offerCount - 1})
 * @param edges the possible pairs
 * @param placePenalty for each offer, the penalty of each of its remaining places (its length is
 *     the number of places)
 */
public record CandidateGraph(int requestCount, int offerCount, List<Edge> edges, long[][] placePenalty) {

    /**
     * A possible pair.
     *
     * @param request the request's index
     * @param offer the offer's index
     * @param cost the distance cost in metres
     */
    public record Edge(int request, int offer, long cost) {
    }

    /**
     * Checks the graph.
     *
     * @throws NullPointerException if a parameter is null
     */
    public CandidateGraph {
        edges = List.copyOf(edges);
        Objects.requireNonNull(placePenalty, "placePenalty");
    }

    /**
     * The graph of a scenario, as an assigner sees it.
     *
     * @param assigner the assigner (its policy and fairness penalty)
     * @param scenario the scenario
     * @return the graph
     */
    public static CandidateGraph of(BatchAssigner assigner, MatchingScenario scenario) {
        MatchingEnvironment env = scenario.environment();
        List<HelpRequest> requests = scenario.requests();
        List<HelpOffer> offers = scenario.offers();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            for (int j = 0; j < offers.size(); j++) {
                OptionalLong cost = assigner.pairCost(requests.get(i), offers.get(j), env);
                if (cost.isPresent()) {
                    edges.add(new Edge(i, j, cost.getAsLong()));
                }
            }
        }
        long[][] penalties = new long[offers.size()][];
        for (int j = 0; j < offers.size(); j++) {
            int places = Math.max(0, offers.get(j).remainingCapacity());
            penalties[j] = new long[places];
            for (int u = 1; u <= places; u++) {
                penalties[j][u - 1] = assigner.placePenalty(offers.get(j), u);
            }
        }
        return new CandidateGraph(requests.size(), offers.size(), edges, penalties);
    }

    /**
     * The optimum by trying every assignment: the most requests served, then the least cost. For
     * small graphs only (exponential).
     *
     * @return {@code {matched, cost}}
     */
    public long[] exhaustiveOptimum() {
        List<List<Edge>> byRequest = new ArrayList<>();
        for (int i = 0; i < requestCount; i++) {
            byRequest.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            byRequest.get(e.request()).add(e);
        }
        long[] best = {-1, 0};
        search(0, 0, 0, new int[offerCount], byRequest, best);
        return best;
    }

    private void search(int i, long matched, long cost, int[] used, List<List<Edge>> byRequest, long[] best) {
        if (i == requestCount) {
            if (matched > best[0] || (matched == best[0] && cost < best[1])) {
                best[0] = matched;
                best[1] = cost;
            }
            return;
        }
        search(i + 1, matched, cost, used, byRequest, best);
        for (Edge e : byRequest.get(i)) {
            int j = e.offer();
            if (used[j] < placePenalty[j].length) {
                long penalty = placePenalty[j][used[j]];
                used[j]++;
                search(i + 1, matched + 1, cost + e.cost() + penalty, used, byRequest, best);
                used[j]--;
            }
        }
    }
}
