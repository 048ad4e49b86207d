package io.github.entraide.benchmarks;

import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.matching.BruteForceCandidateSource;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.InMemoryCandidateIndex;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
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
 * Online top-10 for one request with every standard filter on, over helpers placed by population
 * over France: Entraide's grid index, a haversine brute-force scan, and a JTS {@code STRtree} of the
 * same offers searched by bounding box then ranked with the same policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OnlineMatchingBenchmark {
    /** Number of helpers (offers). */
    @Param({"100000", "1000000"})
    public int helpers;

    private static final int LIMIT = 10;
    private final MatchingPolicy policy = MatchingPolicy.standard();
    private final MatchingEnvironment environment = BenchData.environment();
    private List<HelpRequest> requests;
    private InMemoryCandidateIndex index;
    private BruteForceCandidateSource bruteForce;
    private STRtree strTree;
    private int next;

    /** Builds the offers, the requests and the three structures. */
    @Setup(Level.Trial)
    public void setUp() {
        List<HelpOffer> offers = BenchData.offers(helpers, 42);
        requests = BenchData.requests(1_000, 7);
        index = new InMemoryCandidateIndex();
        index.load(offers);
        bruteForce = BruteForceCandidateSource.over(offers);
        strTree = new STRtree();
        for (HelpOffer o : offers) {
            strTree.insert(new Envelope(o.point().longitude(), o.point().longitude(), o.point().latitude(),
                    o.point().latitude()), o);
        }
        strTree.build();
    }

    private HelpRequest nextRequest() {
        HelpRequest r = requests.get(next);
        next = (next + 1) % requests.size();
        return r;
    }

    /** @return the index's top 10 */
    @Benchmark
    public List<Candidate> entraideIndex() {
        return index.topCandidates(nextRequest(), policy, environment, LIMIT);
    }

    /** @return the brute-force top 10 */
    @Benchmark
    public List<Candidate> bruteForce() {
        return bruteForce.topCandidates(nextRequest(), policy, environment, LIMIT);
    }

    /** @return the STRtree's top 10 */
    @Benchmark
    public List<Candidate> jtsStrTree() {
        return strTreeTop(strTree, nextRequest(), policy, environment);
    }

    /**
     * The top 10 through an STRtree: every offer within the largest radius, by bounding box, ranked
     * with the policy. Exact because the policy never accepts an offer beyond its own radius.
     *
     * @param tree the tree
     * @param request the request
     * @param policy the policy
     * @param environment the environment
     * @return the candidates
     */
    @SuppressWarnings("unchecked")
    static List<Candidate> strTreeTop(STRtree tree, HelpRequest request, MatchingPolicy policy,
            MatchingEnvironment environment) {
        double lat = request.point().latitude();
        double dLat = BenchData.MAX_RADIUS_KM / 111.0;
        double dLon = BenchData.MAX_RADIUS_KM / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        List<HelpOffer> near = new ArrayList<>(tree.query(new Envelope(request.point().longitude() - dLon,
                request.point().longitude() + dLon, lat - dLat, lat + dLat)));
        return policy.rank(request, near, environment, LIMIT);
    }
}
