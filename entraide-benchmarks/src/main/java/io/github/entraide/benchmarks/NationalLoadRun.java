package io.github.entraide.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.ConflictException;
import io.github.entraide.Entraide;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.jdbc.JdbcCandidateSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.matching.CandidateView;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.service.IntroductionView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The national load run: {@value #NODES} portal nodes (each an {@link Entraide} with its own
 * HikariCP pool, {@link JdbcStorage}, {@link JdbcCandidateSource}, {@link SmtpNotifier} and
 * {@link OutboxRelay}) on one PostgreSQL schema seeded by {@link NationalData} (1,000,000 helpers in
 * 100 territories), all e-mails to one {@link SmtpSink} on loopback. 4 threads per node (system
 * property {@code entraide.national.threadsPerNode}), each in a loop for a bounded time: a
 * beneficiary files a request, matches it (the 5 best candidates), proposes the first (the next on
 * a conflict or a refusal) and the helper accepts. A warm-up runs first, neither timed nor counted
 * in the figures (its introductions are checked with the others). The CPU time of this JVM and of
 * the database's backends (from {@code /proc}, when the server runs on this machine) is divided by
 * the accepted introductions: on a machine shared with other work, those figures move less than
 * the rates. Afterwards, with the relays drained: no offer over capacity and every offer's load equal
 * to its introductions in progress, at most one accepted introduction per request, the accepted
 * introductions stored equal to those the threads saw accepted, and every e-mail of the outbox
 * received exactly once by {@code Message-ID}. Where the time goes is read from
 * {@code pg_stat_statements} (when the server preloads it) and from samples of
 * {@code pg_stat_activity}. Not thread-safe; one run at a time.
 */
final class NationalLoadRun {
    static final int NODES = 4;
    static final int THREADS_PER_NODE = Integer.getInteger("entraide.national.threadsPerNode", 4);
    static final List<String> USE_CASES = List.of("file", "match", "propose", "accept");
    private static final int CANDIDATES = 5;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(45);
    private static final String TEXT = "Quelques courses : pain, lait, fruits ; je rembourse sur ticket.";

    private final String baseUrl;
    private final Duration duration;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final Duration warmUp;
    /** False during the warm-up (JIT compilation, pools filling): its calls are neither timed nor counted. */
    private volatile boolean measuring;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Set<String> failureSamples = Collections.synchronizedSet(new HashSet<>());
    private final Set<String> acceptedIds = Collections.synchronizedSet(new HashSet<>());

    NationalLoadRun(String baseUrl, Duration warmUp, Duration duration) {
        this.baseUrl = baseUrl;
        this.warmUp = warmUp;
        this.duration = duration;
    }

    /** One portal node. */
    private record Node(JdbcStorage storage, Entraide entraide, OutboxRelay relay) {
    }

    /** Latencies of one thread, per use case, in nanoseconds. */
    private static final class Samples {
        private final long[][] values = new long[USE_CASES.size()][1024];
        private final int[] sizes = new int[USE_CASES.size()];

        void add(int useCase, long nanos) {
            if (sizes[useCase] == values[useCase].length) {
                values[useCase] = Arrays.copyOf(values[useCase], 2 * sizes[useCase]);
            }
            values[useCase][sizes[useCase]++] = nanos;
        }
    }

    /**
     * Seeds (or reuses and resets) the data, runs the nodes, checks the invariants.
     *
     * @return the summary's {@code national_*} keys
     * @throws Exception if the database or the set-up fails
     */
    Map<String, Object> run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        JdbcBenchData.Loaded seeded = NationalData.ensureSeeded(baseUrl);
        String url = seeded.url();
        double reset = seeded.reused() ? NationalData.reset(url) : 0;
        out.put("national_helpers", NationalData.HELPERS);
        out.put("national_territories", NationalData.TERRITORIES);
        out.put("national_nodes", NODES);
        out.put("national_threads", NODES * THREADS_PER_NODE);
        out.put("national_seed_s", round(seeded.loadSeconds()));
        out.put("national_seed_reused", seeded.reused());
        out.put("national_reset_s", round(reset));
        Optional<String> noStatements = resetStatements(url);
        try {
            SmtpSink sink = new SmtpSink(true);
            toClose.add(sink);
            List<Node> nodes = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                nodes.add(node(url, n, sink));
            }
            measure(nodes, sink, url, out);
        } finally {
            Collections.reverse(toClose);
            for (AutoCloseable c : toClose) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing after the run: nothing left to measure
                }
            }
        }
        if (noStatements.isPresent()) {
            out.put("national_pg_top_statements", "not available: " + noStatements.get());
        } else {
            out.put("national_pg_top_statements", topStatements(url));
        }
        return out;
    }

    private Node node(String url, int n, SmtpSink sink) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("national-" + n);
        config.setMaximumPoolSize(THREADS_PER_NODE + 2);
        HikariDataSource pool = new HikariDataSource(config);
        toClose.add(pool);
        JdbcStorage storage = JdbcStorage.builder(pool).migrateOnStart(n == 0).build();
        SmtpNotifier mail = SmtpNotifier.builder().host("127.0.0.1").port(sink.port()).security(SmtpSecurity.NONE)
                .from("entraide@france.example", "Entraide France")
                .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}").build();
        toClose.add(mail);
        OutboxRelay relay = OutboxRelay.builder(storage).notifier(mail).batchSize(100)
                .pollInterval(Duration.ofMillis(100)).build();
        toClose.add(relay);
        relay.start();
        Entraide entraide = Entraide.builder().storage(storage).candidateSource(JdbcCandidateSource.over(storage))
                .build();
        return new Node(storage, entraide, relay);
    }

    private void measure(List<Node> nodes, SmtpSink sink, String url, Map<String, Object> out) throws Exception {
        List<NationalData.Place> beneficiaries = NationalData.beneficiaries();
        List<List<Integer>> byTerritory = new ArrayList<>();
        for (int t = 0; t < NationalData.TERRITORIES; t++) {
            byTerritory.add(new ArrayList<>());
        }
        for (int j = 0; j < beneficiaries.size(); j++) {
            byTerritory.get(beneficiaries.get(j).territory()).add(j);
        }
        AtomicInteger[] cursors = new AtomicInteger[NationalData.TERRITORIES];
        for (int t = 0; t < cursors.length; t++) {
            cursors[t] = new AtomicInteger();
        }
        int threads = NODES * THREADS_PER_NODE;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        List<Samples> samples = new ArrayList<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Map<String, Long> activity = new TreeMap<>();
        Future<?> sampler = pool.submit(() -> sampleActivity(url, sampling, activity));
        long deadline = System.nanoTime() + warmUp.toNanos() + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Node node = nodes.get(i % NODES);
            Samples s = new Samples();
            samples.add(s);
            SplittableRandom random = new SplittableRandom(1000 + i);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() - deadline < 0) {
                    int t = random.nextInt(NationalData.TERRITORIES);
                    List<Integer> of = byTerritory.get(t);
                    int j = of.get(Math.floorMod(cursors[t].getAndIncrement(), of.size()));
                    introduce(node.entraide(), NationalData.territoryId(t), j, beneficiaries.get(j), s);
                }
                return null;
            }));
        }
        Thread.sleep(warmUp.toMillis()); // the warm-up's length, not a synchronisation
        Map<Integer, Long> serverCpuAtStart = serverCpuTicks(url);
        long jvmCpuAtStart = jvmCpuNanos();
        long start = System.nanoTime();
        measuring = true;
        for (Future<?> w : workers) {
            w.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long jvmCpu = jvmCpuNanos() - jvmCpuAtStart;
        Map<Integer, Long> serverCpuAtEnd = serverCpuTicks(url);
        sampling.set(false);
        sampler.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        long drainStart = System.nanoTime();
        long pending = nodes.get(0).storage().outbox().pendingCount();
        while (pending > 0 && System.nanoTime() - drainStart < DRAIN_LIMIT.toNanos()) {
            nodes.forEach(n -> n.relay().wakeUp());
            Thread.sleep(200); // polling the outbox's count: the relays deliver on their own threads
            pending = nodes.get(0).storage().outbox().pendingCount();
        }
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        for (Node n : nodes) {
            n.relay().shutdown(Duration.ofSeconds(10));
        }

        out.put("national_warm_up_s", warmUp.toSeconds());
        out.put("national_seconds", round(seconds));
        out.put("national_introductions", accepted.get());
        out.put("national_introductions_per_s", round(accepted.get() / seconds));
        for (int u = 0; u < USE_CASES.size(); u++) {
            long[] all = merge(samples, u);
            out.put("national_calls_" + USE_CASES.get(u), all.length);
            out.put("national_p50_ms_" + USE_CASES.get(u), round(percentile(all, 0.50) / 1e6));
            out.put("national_p99_ms_" + USE_CASES.get(u), round(percentile(all, 0.99) / 1e6));
        }
        out.put("national_load_average", loadAverage());
        out.put("national_jvm_cpu_ms_per_introduction", accepted.get() == 0 ? Double.NaN
                : round(jvmCpu / 1e6 / accepted.get()));
        if (!serverCpuAtEnd.isEmpty()) {
            long ticks = 0;
            for (Map.Entry<Integer, Long> e : serverCpuAtEnd.entrySet()) {
                ticks += e.getValue() - serverCpuAtStart.getOrDefault(e.getKey(), 0L);
            }
            out.put("national_server_cpu_ms_per_introduction", accepted.get() == 0 ? Double.NaN
                    : round(ticks * 1000.0 / CLOCK_TICKS_PER_S / accepted.get()));
        }
        out.put("national_conflicts_retried", conflicts.get());
        out.put("national_refusals_retried", refusals.get());
        out.put("national_requests_unmatched", unmatched.get());
        out.put("national_failures", failures.get());
        if (!failureSamples.isEmpty()) {
            out.put("national_failure_samples", new ArrayList<>(failureSamples));
        }
        out.put("national_drain_s", round(drainSeconds));
        out.put("national_emails_pending", pending);
        Map<String, Long> violations = violations(url, sink, pending);
        out.put("national_violations", violations.values().stream().mapToLong(Long::longValue).sum());
        out.put("national_violations_by_kind", violations);
        out.put("national_pg_activity_share", shares(activity));
    }

    /** One introduction, from the request to the acceptance; conflicts and refusals move to the next candidate. */
    private void introduce(Entraide entraide, TerritoryId territory, int j, NationalData.Place place, Samples s) {
        String t = territory.value();
        MemberId beneficiary = MemberId.of("b" + j);
        Actor actor = Actor.member(territory, beneficiary);
        try {
            long t0 = System.nanoTime();
            HelpRequest request = entraide.requests().file(actor, new FileRequest(t, beneficiary.value(),
                    CategoryCatalogue.GROCERIES.value(), TEXT, place.commune().inseeCode(), Optional.of(place.point()),
                    Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), Optional.empty(), false));
            record(s, 0, System.nanoTime() - t0);
            for (int round = 0; round < 3; round++) {
                long t1 = System.nanoTime();
                List<CandidateView> candidates = entraide.matching().match(actor, new MatchRequest(t,
                        request.id().value(), CANDIDATES)).candidates();
                record(s, 1, System.nanoTime() - t1);
                if (candidates.isEmpty()) {
                    unmatched.incrementAndGet();
                    return;
                }
                for (CandidateView candidate : candidates) {
                    Optional<IntroductionView> proposed = propose(entraide, actor, t, request, candidate, s);
                    if (proposed.isPresent()) {
                        accept(entraide, territory, candidate, proposed.get(), s);
                        return;
                    }
                }
            }
            unmatched.incrementAndGet();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            if (failureSamples.size() < 5) {
                failureSamples.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private Optional<IntroductionView> propose(Entraide entraide, Actor actor, String t, HelpRequest request,
            CandidateView candidate, Samples s) {
        long t0 = System.nanoTime();
        try {
            IntroductionView v = entraide.introductions().propose(actor, new ProposeIntroduction(t,
                    request.id().value(), candidate.offerId().value()));
            record(s, 2, System.nanoTime() - t0);
            return Optional.of(v);
        } catch (ConflictException e) {
            record(s, 2, System.nanoTime() - t0);
            conflicts.incrementAndGet();
        } catch (RuleRefusedException e) {
            record(s, 2, System.nanoTime() - t0);
            refusals.incrementAndGet();
        }
        return Optional.empty();
    }

    private void accept(Entraide entraide, TerritoryId territory, CandidateView candidate, IntroductionView proposed,
            Samples s) {
        // Offer o<i> belongs to helper h<i> (NationalData).
        Actor helper = Actor.member(territory, MemberId.of("h" + candidate.offerId().value().substring(1)));
        for (int attempt = 0;; attempt++) {
            long t0 = System.nanoTime();
            try {
                entraide.introductions().accept(helper, new IntroductionRef(territory.value(), proposed.id().value()));
                record(s, 3, System.nanoTime() - t0);
                if (measuring) {
                    accepted.incrementAndGet();
                }
                acceptedIds.add(territory.value() + "/" + proposed.id().value());
                return;
            } catch (ConflictException e) {
                record(s, 3, System.nanoTime() - t0);
                conflicts.incrementAndGet();
                if (attempt == 4) {
                    throw e;
                }
            }
        }
    }

    /** Linux's USER_HZ, the unit of the CPU times in {@code /proc/<pid>/stat}. */
    private static final int CLOCK_TICKS_PER_S = 100;

    /** CPU time of this JVM (every thread: drivers, relays, JIT, GC), in nanoseconds; -1 if unknown. */
    private static long jvmCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The one-minute load average, as the machine reports it (other work included). */
    private static double loadAverage() {
        return round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * CPU time (user and system, in clock ticks) of each server process serving this database,
     * read from {@code /proc/<pid>/stat}: empty when the server is not on this machine or
     * {@code /proc} is not readable, so that the summary leaves the key out rather than guess.
     */
    private static Map<Integer, Long> serverCpuTicks(String url) {
        Map<Integer, Long> ticks = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid()")) {
            while (rs.next()) {
                int pid = rs.getInt(1);
                java.nio.file.Path stat = java.nio.file.Path.of("/proc", Integer.toString(pid), "stat");
                if (!java.nio.file.Files.isReadable(stat)) {
                    return Map.of();
                }
                String line = java.nio.file.Files.readString(stat);
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                // After "pid (comm) ": state is field 3, utime field 14 and stime field 15 (proc(5)).
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            }
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    private void record(Samples s, int useCase, long nanos) {
        if (measuring) {
            s.add(useCase, nanos);
        }
    }

    /** The invariants, each a count of what breaks it. */
    private Map<String, Long> violations(String url, SmtpSink sink, long pending) throws SQLException {
        Map<String, Long> v = new LinkedHashMap<>();
        String p = JdbcStorage.DEFAULT_PREFIX;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            v.put("over_capacity", count(s, "SELECT COUNT(*) FROM " + p + "offer WHERE load > capacity"));
            v.put("load_not_introductions_in_progress", count(s, "SELECT COUNT(*) FROM " + p + "offer o LEFT JOIN"
                    + " (SELECT territory_id, offer_id, COUNT(*) AS n FROM " + p + "introduction"
                    + " WHERE status IN ('PROPOSED', 'ACCEPTED') GROUP BY territory_id, offer_id) a"
                    + " ON a.territory_id = o.territory_id AND a.offer_id = o.id WHERE o.load <> COALESCE(a.n, 0)"));
            v.put("requests_accepted_twice", count(s, "SELECT COUNT(*) FROM (SELECT 1 FROM " + p + "introduction"
                    + " WHERE status = 'ACCEPTED' GROUP BY territory_id, request_id HAVING COUNT(*) > 1) x"));
            v.put("requests_with_two_in_progress", count(s, "SELECT COUNT(*) FROM (SELECT 1 FROM " + p
                    + "introduction WHERE status IN ('PROPOSED', 'ACCEPTED') GROUP BY territory_id, request_id"
                    + " HAVING COUNT(*) > 1) x"));
            Set<String> stored = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT territory_id, id FROM " + p + "introduction"
                    + " WHERE status = 'ACCEPTED'")) {
                while (rs.next()) {
                    stored.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
            Set<String> seen = new HashSet<>(acceptedIds);
            long lostAccepts = seen.stream().filter(id -> !stored.contains(id)).count();
            long inventedAccepts = stored.stream().filter(id -> !seen.contains(id)).count();
            v.put("acceptances_lost_or_invented", lostAccepts + inventedAccepts);
            Set<String> expected = new HashSet<>();
            Set<String> unsent = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT id, territory_id, status FROM " + p + "outbox"
                    + " WHERE kind = 'NOTIFICATION'")) {
                while (rs.next()) {
                    String messageId = "<" + rs.getString(1) + "@" + rs.getString(2) + ".entraide>";
                    expected.add(messageId);
                    if (!"SENT".equals(rs.getString(3))) {
                        unsent.add(messageId);
                    }
                }
            }
            Map<String, Integer> copies = sink.messageIdCopies();
            v.put("emails_lost", expected.stream().filter(id -> !copies.containsKey(id) && !unsent.contains(id))
                    .count());
            v.put("emails_duplicated", copies.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum());
            v.put("emails_unknown", copies.keySet().stream().filter(id -> !expected.contains(id)).count());
            v.put("emails_dead", count(s, "SELECT COUNT(*) FROM " + p + "outbox WHERE status = 'DEAD'"));
            System.out.printf(Locale.ROOT, "[national] %d e-mails in the outbox, %d received, %d still pending%n",
                    expected.size(), copies.size(), pending);
        }
        return v;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Empty if pg_stat_statements is loaded and was reset; otherwise why not. */
    private static Optional<String> resetStatements(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA public");
            s.execute("SELECT public.pg_stat_statements_reset()");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("pg_stat_statements is not loaded (start PostgreSQL with"
                    + " shared_preload_libraries=pg_stat_statements): " + e.getMessage());
        }
    }

    /** The statements that took the most database time during the run. */
    private static List<Map<String, Object>> topStatements(String url) throws SQLException {
        List<Map<String, Object>> top = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT query, calls, total_exec_time, mean_exec_time,"
                        + " total_exec_time / NULLIF(SUM(total_exec_time) OVER (), 0) FROM public.pg_stat_statements"
                        + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " ORDER BY total_exec_time DESC LIMIT 8")) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                String query = rs.getString(1).replaceAll("\\s+", " ");
                row.put("query", query.length() > 110 ? query.substring(0, 110) + "…" : query);
                row.put("calls", rs.getLong(2));
                row.put("total_ms", Math.round(rs.getDouble(3)));
                row.put("mean_ms", round(rs.getDouble(4)));
                row.put("share_of_db_time", round(rs.getDouble(5)));
                top.add(row);
            }
        }
        return top;
    }

    /**
     * Samples every 20 ms what the run's server processes do: running (on CPU), waiting for a lock,
     * for I/O, or idle inside a transaction (waiting for the application's next statement: round
     * trips and Java work).
     */
    private static Void sampleActivity(String url, AtomicBoolean sampling, Map<String, Long> activity)
            throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            while (sampling.get()) {
                try (ResultSet rs = s.executeQuery("SELECT state, wait_event_type FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND backend_type = 'client backend'")) {
                    while (rs.next()) {
                        String state = rs.getString(1);
                        String wait = rs.getString(2);
                        String kind;
                        if ("active".equals(state)) {
                            kind = wait == null ? "running" : wait.equals("Lock") || wait.equals("LWLock")
                                    ? "waiting_for_lock" : wait.equals("IO") ? "waiting_for_io" : "waiting_other";
                        } else if (state != null && state.startsWith("idle in transaction")) {
                            kind = "idle_in_transaction";
                        } else {
                            continue; // an idle connection in a pool
                        }
                        synchronized (activity) {
                            activity.merge(kind, 1L, Long::sum);
                        }
                    }
                }
                Thread.sleep(20); // a sampling period, not a synchronisation
            }
        }
        return null;
    }

    private static Map<String, Double> shares(Map<String, Long> activity) {
        long total = activity.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        activity.forEach((k, n) -> shares.put(k, total == 0 ? 0 : round((double) n / total)));
        return shares;
    }

    private static long[] merge(List<Samples> samples, int useCase) {
        int n = samples.stream().mapToInt(s -> s.sizes[useCase]).sum();
        long[] all = new long[n];
        int at = 0;
        for (Samples s : samples) {
            System.arraycopy(s.values[useCase], 0, all, at, s.sizes[useCase]);
            at += s.sizes[useCase];
        }
        Arrays.sort(all);
        return all;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
