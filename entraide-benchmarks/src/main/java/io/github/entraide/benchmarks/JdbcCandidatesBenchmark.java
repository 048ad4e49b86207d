package io.github.entraide.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.jdbc.JdbcCandidateSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.matching.Candidate;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Online top-10 for one request with every standard filter on, read from PostgreSQL (the database
 * named by {@value JdbcBenchData#URL_VARIABLE}): through the JDBC adapter's
 * {@link JdbcCandidateSource}, as a portal does, and through hand-written JDBC issuing the same SQL
 * statements ({@link PlainJdbcCandidates}), and through the peer a user would pick instead, a
 * hand-written PostGIS KNN query over the same offers ({@link PostgisCandidates}), all on the same
 * HikariCP pool settings. The offers are loaded once per size into a schema of their own and reused
 * by later runs ({@link JdbcBenchData}); the PostGIS table is built from them once. When the server
 * has no PostGIS, {@link BenchRunner} leaves {@link #postgis()} out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class JdbcCandidatesBenchmark {
    /** Number of helpers (offers). */
    @Param({"1000000"})
    public int helpers;

    private static final int LIMIT = 10;
    private final MatchingPolicy policy = MatchingPolicy.standard();
    private final MatchingEnvironment environment = BenchData.environment();
    private List<HelpRequest> requests;
    private HikariDataSource pool;
    private JdbcCandidateSource adapter;
    private PlainJdbcCandidates plain;
    private HikariDataSource postgisPool;
    private PostgisCandidates postgis;
    private int next;

    /**
     * Loads the offers unless a previous run did, and opens the pool.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        JdbcBenchData.Loaded loaded = JdbcBenchData.ensureLoaded(JdbcBenchData.requireUrl(), helpers);
        requests = BenchData.requests(1_000, 7);
        pool = JdbcBenchData.pool(loaded.url());
        adapter = JdbcCandidateSource.over(JdbcStorage.builder(pool).build());
        plain = new PlainJdbcCandidates(pool, JdbcStorage.DEFAULT_PREFIX);
        String base = JdbcBenchData.requireUrl();
        if (PostgisCandidates.unavailable(base).isEmpty()) {
            String url = PostgisCandidates.url(base, JdbcBenchData.schema(helpers));
            PostgisCandidates.ensureTable(url);
            postgisPool = JdbcBenchData.pool(url);
            postgis = new PostgisCandidates(postgisPool);
        }
    }

    /** Closes the pools. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
        if (postgisPool != null) {
            postgisPool.close();
        }
    }

    private HelpRequest nextRequest() {
        HelpRequest r = requests.get(next);
        next = (next + 1) % requests.size();
        return r;
    }

    /** @return the adapter's top 10 */
    @Benchmark
    public List<Candidate> entraideAdapter() {
        return adapter.topCandidates(nextRequest(), policy, environment, LIMIT);
    }

    /**
     * @return the hand-written JDBC top 10
     * @throws SQLException if the database fails
     */
    @Benchmark
    public List<Candidate> plainJdbc() throws SQLException {
        return plain.topCandidates(nextRequest(), false, policy, environment, LIMIT);
    }

    /**
     * @return PostGIS's top 10 (ST_DWithin and KNN on a GiST index, ranked by the same policy)
     * @throws SQLException if the database fails
     */
    @Benchmark
    public List<Candidate> postgis() throws SQLException {
        if (postgis == null) {
            throw new IllegalStateException("PostGIS is not available: " + PostgisCandidates.unavailable(
                    JdbcBenchData.requireUrl()).orElse("?"));
        }
        return postgis.topCandidates(nextRequest(), BenchData.MAX_RADIUS_KM, policy, environment, LIMIT);
    }
}
