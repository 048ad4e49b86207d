package io.github.entraide.testkit.properties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Independent oracles for the batch assigner, on JGraphT: every place of an offer becomes its own
 * vertex (a unit copy), so that capacities turn into a plain bipartite matching.
 */
final class JGraphTOracles {
    // Larger than any real total cost of a small instance (a few requests × 100 km + penalties).
    private static final double MISSING = 1e9;

    private JGraphTOracles() {
    }

    /** The largest number of requests that can be served: Hopcroft–Karp on unit copies. */
    static long maximumCardinality(CandidateGraph g) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> requests = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < g.requestCount(); i++) {
            graph.addVertex("r" + i);
            requests.add("r" + i);
        }
        for (int j = 0; j < g.offerCount(); j++) {
            for (int u = 0; u < g.placePenalty()[j].length; u++) {
                graph.addVertex("o" + j + "." + u);
                places.add("o" + j + "." + u);
            }
        }
        for (CandidateGraph.Edge e : g.edges()) {
            for (int u = 0; u < g.placePenalty()[e.offer()].length; u++) {
                graph.addEdge("r" + e.request(), "o" + e.offer() + "." + u);
            }
        }
        MatchingAlgorithm.Matching<String, DefaultWeightedEdge> m =
                new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, requests, places).getMatching();
        return m.getEdges().size();
    }

    /**
     * The least cost of a maximum assignment: Kuhn–Munkres on a square, complete graph where a
     * missing pair (or a dummy vertex) costs {@link #MISSING}, so that the perfect matching of least
     * weight first uses as few missing pairs as possible, that is serves the most requests, then
     * minimises the real cost. Place {@code u} of an offer carries its own penalty; penalties never
     * decrease with {@code u}, so an optimum may always use the first places.
     */
    static long optimalCostOfMaximumAssignment(CandidateGraph g) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < g.requestCount(); i++) {
            left.add("r" + i);
        }
        List<int[]> placeOf = new ArrayList<>();
        for (int j = 0; j < g.offerCount(); j++) {
            for (int u = 0; u < g.placePenalty()[j].length; u++) {
                right.add("o" + j + "." + u);
                placeOf.add(new int[] {j, u});
            }
        }
        int n = Math.max(left.size(), right.size());
        while (left.size() < n) {
            left.add("dummy-r" + left.size());
        }
        while (right.size() < n) {
            right.add("dummy-o" + right.size());
            placeOf.add(null);
        }
        if (n == 0) {
            return 0;
        }
        double[][] w = new double[n][n];
        for (double[] row : w) {
            java.util.Arrays.fill(row, MISSING);
        }
        for (CandidateGraph.Edge e : g.edges()) {
            for (int k = 0; k < right.size(); k++) {
                int[] place = placeOf.get(k);
                if (place != null && place[0] == e.offer()) {
                    w[e.request()][k] = e.cost() + g.placePenalty()[place[0]][place[1]];
                }
            }
        }
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        left.forEach(graph::addVertex);
        right.forEach(graph::addVertex);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                graph.setEdgeWeight(graph.addEdge(left.get(i), right.get(k)), w[i][k]);
            }
        }
        MatchingAlgorithm.Matching<String, DefaultWeightedEdge> m = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(
                graph, new HashSet<>(left), new HashSet<>(right)).getMatching();
        double total = 0;
        for (DefaultWeightedEdge e : m.getEdges()) {
            double weight = graph.getEdgeWeight(e);
            if (weight < MISSING) {
                total += weight;
            }
        }
        return Math.round(total);
    }
}
