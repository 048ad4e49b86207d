package io.github.entraide.benchmarks;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.BatchResult;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch assignment of open requests to helpers with capacities 1–3 (placed by population over
 * France, densest around the big cities): Entraide's exact min-cost max-flow against JGraphT's
 * Kuhn–Munkres on the same graph (square instances) and a greedy nearest-first pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BatchAssignmentBenchmark {
    /** "requests x helpers". */
    @Param({"5000x20000", "800x800"})
    public String size;

    private final MatchingPolicy policy = MatchingPolicy.standard();
    private final MatchingEnvironment environment = BenchData.environment();
    private List<HelpRequest> requests;
    private List<HelpOffer> offers;
    private BatchPeers.Graph graph;

    /** Builds the instance and the candidate graph the peers use. */
    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = size.split("x");
        requests = BatchPeers.localRequests(Integer.parseInt(parts[0]), 11);
        offers = BatchPeers.localOffers(Integer.parseInt(parts[1]), 13);
        graph = BatchPeers.graph(BatchAssigner.of(policy), requests, offers, environment);
    }

    /** @return Entraide's assignment */
    @Benchmark
    public BatchResult entraide() {
        return BatchAssigner.of(policy).assign(requests, offers, environment);
    }

    /** @return the greedy nearest-first total distance */
    @Benchmark
    public long greedyNearestFirst() {
        return BatchPeers.greedy(graph).totalDistance();
    }

    /** @return JGraphT Kuhn–Munkres' total (square instances only) */
    @Benchmark
    public double jgraphtKuhnMunkres() {
        return "800x800".equals(size) ? BatchPeers.kuhnMunkres(graph).totalDistance() : 0;
    }
}
