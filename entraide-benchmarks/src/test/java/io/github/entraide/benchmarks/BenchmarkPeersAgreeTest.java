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

    @Test
    void onCommonComparesOnlyTheRequestsBothServe() {
        long[] ours = {100, 200, -1, 50, 0};
        long[] peer = {80, -1, -1, 70, -1};

        BatchPeers.OnCommon c = BatchPeers.onCommon(ours, peer);
        assertThat(c.common()).isEqualTo(2);
        assertThat(c.oursTotal()).isEqualTo(150);
        assertThat(c.peerTotal()).isEqualTo(150);
        assertThat(c.distanceRatio()).isEqualTo(1.0);
        assertThat(c.extraServed()).isEqualTo(2);
        assertThat(BatchPeers.onCommon(new long[] {90}, new long[] {60}).distanceRatio()).isEqualTo(1.5);
    }

    @Test
    void onALargeInstanceThePerRequestDistancesAddUpToTheTotals() {
        List<HelpRequest> requests = BatchPeers.localRequests(1_500, 11);
        List<HelpOffer> offers = BatchPeers.localOffers(4_000, 13);
        BatchResult ours = assigner.assign(requests, offers, env);
        BatchPeers.Graph graph = BatchPeers.graph(assigner, requests, offers, env);
        long[] oursByRequest = BatchPeers.distances(ours, requests);
        long[] greedyByRequest = BatchPeers.greedyDistances(graph);
        BatchPeers.Outcome greedy = BatchPeers.greedy(graph);

        assertThat(java.util.Arrays.stream(oursByRequest).filter(d -> d >= 0).sum())
                .isEqualTo(ours.totalDistanceMetres());
        assertThat(java.util.Arrays.stream(greedyByRequest).filter(d -> d >= 0).count())
                .isEqualTo(greedy.matched());
        BatchPeers.OnCommon c = BatchPeers.onCommon(oursByRequest, greedyByRequest);
        assertThat(c.extraServed()).isEqualTo(ours.matchedCount() - greedy.matched());
        assertThat(c.common()).isLessThanOrEqualTo(greedy.matched()).isPositive();
    }
}
