package io.github.entraide.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.internal.Json;
import io.github.entraide.matching.BatchAssigner;
import io.github.entraide.matching.BatchResult;
import io.github.entraide.matching.BruteForceCandidateSource;
import io.github.entraide.matching.InMemoryCandidateIndex;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and writes {@code target/bench-summary.json} (flat keys). {@code --quick}
 * runs fewer, shorter iterations (at most about 10 minutes on 2 cores); without it, the JMH
 * settings of each benchmark class apply. Correctness figures (same result as brute force, matched
 * count against the optimum) and memory are computed here, outside the timed code.
 */
public final class BenchRunner {
    private BenchRunner() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args {@code --quick}, optionally {@code --batch} (the batch benchmarks only) or
     *     {@code --national}, and optionally {@code --out <file>}; any other argument hands
     *     them all to JMH's own command line (for example {@code BatchAssignmentBenchmark -wi 1 -i 3}),
     *     which runs the benchmarks it names and writes no summary
     * @throws Exception if a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean nationalOnly = false;
        boolean batchOnly = false;
        Integer nationalSeconds = null;
        Path out = Path.of("target", "bench-summary.json");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--batch")) {
                batchOnly = true;
            } else if (args[i].equals("--national")) {
                nationalOnly = true;
            } else if (args[i].equals("--national-seconds") && i + 1 < args.length) {
                nationalSeconds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else {
                org.openjdk.jmh.Main.main(args);
                return;
            }
        }
        Map<String, Object> summary = new TreeMap<>();
        summary.put("mode", (nationalOnly ? "national " : batchOnly ? "batch " : "") + (quick ? "quick" : "full"));
        summary.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        summary.put("cores", Runtime.getRuntime().availableProcessors());

        if (batchOnly) {
            batch(quick, summary);
        } else if (!nationalOnly) {
            online(quick, summary);
            policy(quick, summary);
            batch(quick, summary);
            outbox(quick, summary);
            jdbc(quick, summary);
            memory(summary);
        }
        if (!batchOnly) {
            national(quick, nationalSeconds, summary);
        }

        ObjectNode json = Json.MAPPER.createObjectNode();
        summary.forEach((k, v) -> json.set(k, Json.MAPPER.valueToTree(v)));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        System.out.println("Wrote " + out.toAbsolutePath());
        System.out.println(Files.readString(out));
    }

    private static ChainedOptionsBuilder options(boolean quick, String include) {
        ChainedOptionsBuilder b = new OptionsBuilder().include(include).shouldFailOnError(true);
        if (quick) {
            b = b.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
                    .measurementTime(TimeValue.seconds(1)).forks(1);
        }
        return b;
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static double score(Collection<RunResult> results, String method, String param, String value) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)
                    && (param == null || value.equals(r.getParams().getParam(param)))) {
                return r.getPrimaryResult().getScore();
            }
        }
        throw new IllegalStateException("no result for " + method + " " + param + "=" + value);
    }

    private static double percentile(Collection<RunResult> results, String method, String helpers, double p) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method) && helpers.equals(r.getParams().getParam("helpers"))) {
                return r.getPrimaryResult().getStatistics().getPercentile(p);
            }
        }
        throw new IllegalStateException("no result for " + method + " helpers=" + helpers);
    }

    private static void online(boolean quick, Map<String, Object> summary) throws RunnerException {
        // Quick mode still gives the JIT 4 s per benchmark: with less, the index is measured cold.
        Collection<RunResult> r = run(options(quick, OnlineMatchingBenchmark.class.getName())
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(2)));
        double index100k = percentile(r, "entraideIndex", "100000", 50);
        summary.put("online_helpers", 100_000);
        summary.put("online_p50_us", round(index100k));
        summary.put("online_speedup_vs_bruteforce",
                round(score(r, "bruteForce", "helpers", "100000") / score(r, "entraideIndex", "helpers", "100000")));
        summary.put("online_speedup_vs_strtree",
                round(score(r, "jtsStrTree", "helpers", "100000") / score(r, "entraideIndex", "helpers", "100000")));
        summary.put("online_scale_1m_over_100k", round(percentile(r, "entraideIndex", "1000000", 50) / index100k));
        summary.put("online_same_as_bruteforce", sameAsBruteForce(100_000, 1_000));
    }

    /** Whether the index and the STRtree peer return exactly the brute-force top 10 for many requests. */
    static boolean sameAsBruteForce(int helpers, int requests) {
        List<HelpOffer> offers = BenchData.offers(helpers, 42);
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        index.load(offers);
        BruteForceCandidateSource brute = BruteForceCandidateSource.over(offers);
        STRtree tree = new STRtree();
        for (HelpOffer o : offers) {
            tree.insert(new Envelope(o.point().longitude(), o.point().longitude(), o.point().latitude(),
                    o.point().latitude()), o);
        }
        MatchingPolicy policy = MatchingPolicy.standard();
        MatchingEnvironment env = BenchData.environment();
        for (HelpRequest request : BenchData.requests(requests, 7)) {
            var expected = brute.topCandidates(request, policy, env, 10);
            if (!expected.equals(index.topCandidates(request, policy, env, 10))
                    || !expected.equals(OnlineMatchingBenchmark.strTreeTop(tree, request, policy, env))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The volunteer-only policy on its three 1 KB texts, with and without the category:
     * {@code policy_volunteer_only_us_per_kb} is the slowest of the six (goal under 1,000 µs), then one key per
     * text and kind.
     */
    private static void policy(boolean quick, Map<String, Object> summary) throws RunnerException {
        Collection<RunResult> r = run(options(quick, VolunteerOnlyPolicyBenchmark.class.getName())
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1)));
        double slowest = 0;
        for (RunResult result : r) {
            double us = result.getPrimaryResult().getScore();
            String text = result.getParams().getParam("text");
            String kind = result.getParams().getParam("kind");
            summary.put("policy_volunteer_only_" + snake(text) + "_" + kind.toLowerCase(java.util.Locale.ROOT) + "_us", round(us));
            slowest = Math.max(slowest, us);
        }
        summary.put("policy_volunteer_only_us_per_kb", round(slowest));
    }

    /** {@code innocentMoney} → {@code innocent_money}. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void batch(boolean quick, Map<String, Object> summary) throws RunnerException {
        Collection<RunResult> r = run(options(quick, BatchAssignmentBenchmark.class.getName())
                .warmupIterations(quick ? 1 : 2).measurementIterations(quick ? 2 : 5));
        MatchingEnvironment env = BenchData.environment();
        BatchAssigner assigner = BatchAssigner.of(MatchingPolicy.standard());

        List<HelpRequest> requests = BatchPeers.localRequests(5_000, 11);
        List<HelpOffer> offers = BatchPeers.localOffers(20_000, 13);
        BatchResult ours = assigner.assign(requests, offers, env);
        BatchPeers.Graph graph = BatchPeers.graph(assigner, requests, offers, env);
        BatchPeers.Outcome greedy = BatchPeers.greedy(graph);
        summary.put("batch_requests", 5_000);
        summary.put("batch_helpers", 20_000);
        summary.put("batch_matched", ours.matchedCount());
        summary.put("batch_matched_optimum", BatchPeers.maximumMatched(graph));
        summary.put("batch_greedy_matched", greedy.matched());
        BatchPeers.OnCommon common = BatchPeers.onCommon(BatchPeers.distances(ours, requests),
                BatchPeers.greedyDistances(graph));
        summary.put("batch_common_served", common.common());
        summary.put("batch_distance_over_greedy_on_common", round3(common.distanceRatio()));
        summary.put("batch_extra_served_over_greedy", common.extraServed());
        summary.put("batch_ms", round(score(r, "entraide", "size", "5000x20000")));

        List<HelpRequest> r800 = BatchPeers.localRequests(800, 11);
        List<HelpOffer> o800 = BatchPeers.localOffers(800, 13);
        BatchResult ours800 = assigner.assign(r800, o800, env);
        BatchPeers.Outcome km = BatchPeers.kuhnMunkres(BatchPeers.graph(assigner, r800, o800, env));
        summary.put("batch_same_objective_800",
                ours800.matchedCount() == km.matched() && ours800.totalDistanceMetres() == km.totalDistance());
        double km800Ms = score(r, "jgraphtKuhnMunkres", "size", "800x800");
        summary.put("batch_speedup_vs_jgrapht_800", round(km800Ms / score(r, "entraide", "size", "800x800")));
        dense(quick, km800Ms, summary);
    }

    /**
     * Dense instances, 2,000 and 4,000 requests each seeing as many offers: the assigner as shipped
     * and with its dense solver. JGraphT's Kuhn–Munkres runs only where it would finish within a
     * minute, judged from its 800 × 800 time and its O(n³) growth.
     */
    private static void dense(boolean quick, double km800Ms, Map<String, Object> summary) throws RunnerException {
        long start = System.nanoTime();
        Collection<RunResult> r = run(options(quick, DenseBatchBenchmark.class.getName())
                .warmupIterations(1).measurementIterations(quick ? 1 : 3));
        for (String n : List.of("2000", "4000")) {
            double sparseMs = score(r, "entraide", "n", n);
            double denseMs = score(r, "entraideJonkerVolgenant", "n", n);
            summary.put("batch_dense_" + n + "_ms", round(sparseMs));
            summary.put("batch_dense_jv_" + n + "_ms", round(denseMs));
            summary.put("batch_dense_jv_over_sparse_" + n, round3(denseMs / sparseMs));
        }
        MatchingEnvironment env = BenchData.environment();
        BatchAssigner assigner = BatchAssigner.of(MatchingPolicy.standard());
        List<HelpRequest> r2000 = BatchPeers.denseRequests(2_000, 11);
        List<HelpOffer> o2000 = BatchPeers.denseOffers(2_000, 13);
        BatchResult sparse = assigner.assign(r2000, o2000, env);
        BatchResult dense = assigner.withDenseSolver(0.5).assign(r2000, o2000, env);
        summary.put("batch_dense_2000_same_objective", sparse.matchedCount() == dense.matchedCount()
                && sparse.totalCost() == dense.totalCost());
        summary.put("batch_dense_2000_matched", sparse.matchedCount());
        double limitS = 60;
        for (int n : new int[] {2_000, 4_000}) {
            double estimateS = km800Ms / 1000 * Math.pow(n / 800.0, 3);
            if (estimateS > limitS) {
                summary.put("batch_jgrapht_" + n, String.format(java.util.Locale.ROOT,
                        "not run: Kuhn-Munkres took %.1f s at 800 x 800 in this run; O(n^3) puts %d x %d near %.0f s,"
                                + " over the %.0f s limit", km800Ms / 1000, n, n, estimateS, limitS));
            } else {
                long t = System.nanoTime();
                BatchPeers.kuhnMunkres(BatchPeers.graph(assigner, BatchPeers.denseRequests(n, 11),
                        BatchPeers.denseOffers(n, 13), env));
                double kmMs = (System.nanoTime() - t) / 1e6;
                summary.put("batch_speedup_vs_jgrapht_" + n, round(kmMs / score(r, "entraide", "n", String.valueOf(n))));
            }
        }
        summary.put("batch_dense_seconds", round((System.nanoTime() - start) / 1e9));
    }

    private static void outbox(boolean quick, Map<String, Object> summary) throws RunnerException {
        Collection<RunResult> r = run(options(quick, OutboxRelayBenchmark.class.getName())
                .warmupIterations(quick ? 1 : 2).measurementIterations(quick ? 3 : 5));
        double reusedMs = score(r, "reusedConnection", null, null);
        double perEmailMs = score(r, "connectionPerEmail", null, null);
        double ceilingMs = score(r, "smtpCeiling", null, null);
        double tlsReusedMs = score(r, "reusedConnectionTls", null, null);
        double tlsPerEmailMs = score(r, "connectionPerEmailTls", null, null);
        summary.put("outbox_emails_per_s", round(OutboxRelayBenchmark.EMAILS / (reusedMs / 1000)));
        summary.put("outbox_batch_speedup", round(perEmailMs / reusedMs));
        // The ceiling: the same messages pipelined over one connection to the same sink.
        summary.put("outbox_smtp_ceiling_emails_per_s", round(OutboxRelayBenchmark.EMAILS / (ceilingMs / 1000)));
        summary.put("outbox_share_of_smtp_ceiling", round3(ceilingMs / reusedMs));
        summary.put("outbox_tls_emails_per_s", round(OutboxRelayBenchmark.EMAILS / (tlsReusedMs / 1000)));
        summary.put("outbox_tls_batch_speedup", round(tlsPerEmailMs / tlsReusedMs));
    }

    /**
     * The candidate query on PostgreSQL, adapter, hand-written JDBC and PostGIS, when
     * {@value JdbcBenchData#URL_VARIABLE} names a database; the offers are loaded here first (or
     * found loaded by an earlier run), outside the timed code. The overhead is the ratio of the
     * means (ms per query) of the adapter over hand-written JDBC; the speed-up over PostGIS is the
     * ratio of PostGIS's mean over the adapter's (above 1: the adapter is faster). Without PostGIS
     * on the server, its keys say why instead of a figure.
     */
    private static void jdbc(boolean quick, Map<String, Object> summary) throws Exception {
        if (System.getenv(JdbcBenchData.URL_VARIABLE) == null || System.getenv(JdbcBenchData.URL_VARIABLE).isBlank()) {
            System.out.println("[jdbc bench] " + JdbcBenchData.URL_VARIABLE
                    + " is not set: jdbc_* keys skipped (PostgreSQL benchmarks not run)");
            return;
        }
        int helpers = 1_000_000;
        JdbcBenchData.Loaded loaded = JdbcBenchData.ensureLoaded(JdbcBenchData.requireUrl(), helpers);
        java.util.Optional<String> noPostgis = PostgisCandidates.unavailable(JdbcBenchData.requireUrl());
        ChainedOptionsBuilder options = options(quick, JdbcCandidatesBenchmark.class.getName())
                .param("helpers", String.valueOf(helpers)).warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 3 : 5)).measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 5 : 5));
        if (noPostgis.isPresent()) {
            System.out.println("[jdbc bench] PostGIS peer not run: " + noPostgis.get());
            options = options.exclude(JdbcCandidatesBenchmark.class.getName() + ".postgis");
        }
        Collection<RunResult> r = run(options);
        String n = String.valueOf(helpers);
        summary.put("jdbc_helpers", helpers);
        summary.put("jdbc_load_s", round(loaded.loadSeconds()));
        summary.put("jdbc_candidates_p50_ms", round(percentile(r, "entraideAdapter", n, 50)));
        summary.put("jdbc_candidates_p99_ms", round(percentile(r, "entraideAdapter", n, 99)));
        summary.put("jdbc_plain_p99_ms", round(percentile(r, "plainJdbc", n, 99)));
        summary.put("jdbc_overhead_vs_plain_jdbc", round(score(r, "entraideAdapter", "helpers", n)
                / score(r, "plainJdbc", "helpers", n)));
        if (noPostgis.isPresent()) {
            String why = "not measured: " + noPostgis.get();
            summary.put("jdbc_postgis_p50_ms", why);
            summary.put("jdbc_postgis_p99_ms", why);
            summary.put("jdbc_speedup_vs_postgis", why);
        } else {
            summary.put("jdbc_postgis_p50_ms", round(percentile(r, "postgis", n, 50)));
            summary.put("jdbc_postgis_p99_ms", round(percentile(r, "postgis", n, 99)));
            // Above 1: the adapter is faster than PostGIS (ratio of the mean times per query).
            summary.put("jdbc_speedup_vs_postgis", round(score(r, "postgis", "helpers", n)
                    / score(r, "entraideAdapter", "helpers", n)));
        }
    }

    /**
     * The national load run ({@link NationalLoadRun}) when {@value JdbcBenchData#URL_VARIABLE} names a
     * database: 20 s of load in quick mode, 60 s otherwise (or {@code --national-seconds}), measured
     * after a warm-up of 5 s in quick mode, 10 s otherwise (system property
     * {@code entraide.national.warmUpSeconds}), after seeding or resetting its schema.
     */
    private static void national(boolean quick, Integer seconds, Map<String, Object> summary) throws Exception {
        if (System.getenv(JdbcBenchData.URL_VARIABLE) == null || System.getenv(JdbcBenchData.URL_VARIABLE).isBlank()) {
            System.out.println("[national] " + JdbcBenchData.URL_VARIABLE
                    + " is not set: national_* keys skipped (the national load run needs PostgreSQL)");
            return;
        }
        int duration = seconds != null ? seconds : quick ? 20 : 60;
        long start = System.nanoTime();
        summary.putAll(new NationalLoadRun(JdbcBenchData.requireUrl(),
                java.time.Duration.ofSeconds(Integer.getInteger("entraide.national.warmUpSeconds", quick ? 5 : 10)),
                java.time.Duration.ofSeconds(duration)).run());
        summary.put("national_total_s", round((System.nanoTime() - start) / 1e9));
    }

    /** Retained heap of the index per helper, for 1,000,000 helpers (the offers are held apart). */
    private static void memory(Map<String, Object> summary) {
        int n = 1_000_000;
        List<HelpOffer> offers = BenchData.offers(n, 42);
        long before = usedAfterGc();
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        index.load(offers);
        long after = usedAfterGc();
        summary.put("memory_bytes_per_helper", round((double) (after - before) / n));
        if (index.size() != n) {
            throw new IllegalStateException("index holds " + index.size() + " of " + n);
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

}
