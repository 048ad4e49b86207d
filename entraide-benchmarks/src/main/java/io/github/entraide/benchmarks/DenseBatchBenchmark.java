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
 * Dense batch assignment: {@code n} requests and {@code n} single-place offers around Grenoble,
 * every offer's radius covering the whole area, so that every request sees every offer (a complete
 * bipartite graph of {@code n²} pairs). The assigner as shipped (sparse successive shortest paths)
 * against the same assigner with its dense Jonker–Volgenant solver switched on. JGraphT's
 * Kuhn–Munkres is not run here: it takes over a minute from 2,000 × 2,000 on (see the summary).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DenseBatchBenchmark {
    /** Requests, and as many offers. */
    @Param({"2000", "4000"})
    public int n;

    private final MatchingEnvironment environment = BenchData.environment();
    private final BatchAssigner sparse = BatchAssigner.of(MatchingPolicy.standard());
    private final BatchAssigner dense = sparse.withDenseSolver(0.5);
    private List<HelpRequest> requests;
    private List<HelpOffer> offers;

    /** Builds the instance. */
    @Setup(Level.Trial)
    public void setUp() {
        requests = BatchPeers.denseRequests(n, 11);
        offers = BatchPeers.denseOffers(n, 13);
    }

    /** @return the assignment by the assigner as shipped (sparse solver) */
    @Benchmark
    public BatchResult entraide() {
        return sparse.assign(requests, offers, environment);
    }

    /** @return the assignment with the dense Jonker–Volgenant solver */
    @Benchmark
    public BatchResult entraideJonkerVolgenant() {
        return dense.assign(requests, offers, environment);
    }
}
