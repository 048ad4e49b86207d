package io.github.entraide.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.BatchResult;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks compare like with like: every peer solves the same problem as Entraide. */
class BenchmarkPeersAgreeTest {
    private final MatchingEnvironment env = BenchData.environment();
    private final BatchAssigner assigner = BatchAssigner.of(MatchingPolicy.standard());

    @Test
    void theIndexAndTheStrTreeReturnTheBruteForceTopTen() {
        assertThat(BenchRunner.sameAsBruteForce(20_000, 200)).isTrue();
    }

    @Test
    void onASquareInstanceEntraideReachesKuhnMunkresObjective() {
        List<HelpRequest> requests = BatchPeers.localRequests(150, 3);
        List<HelpOffer> offers = BatchPeers.localOffers(150, 5);
        BatchResult ours = assigner.assign(requests, offers, env);
        BatchPeers.Graph graph = BatchPeers.graph(assigner, requests, offers, env);

        BatchPeers.Outcome km = BatchPeers.kuhnMunkres(graph);
        assertThat(ours.matchedCount()).isEqualTo(km.matched()).isEqualTo(BatchPeers.maximumMatched(graph));
        assertThat(ours.totalDistanceMetres()).isEqualTo(km.totalDistance());
    }

    @Test
    void onALargeInstanceEntraideServesTheMaximum() {
        List<HelpRequest> requests = BatchPeers.localRequests(1_500, 11);
        List<HelpOffer> offers = BatchPeers.localOffers(4_000, 13);
        BatchResult ours = assigner.assign(requests, offers, env);
        BatchPeers.Graph graph = BatchPeers.graph(assigner, requests, offers, env);

        assertThat(ours.matchedCount()).isEqualTo(BatchPeers.maximumMatched(graph))
                .isGreaterThanOrEqualTo(BatchPeers.greedy(graph).matched());
    }
}
