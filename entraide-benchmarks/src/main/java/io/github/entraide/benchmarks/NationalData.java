package io.github.entraide.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.entraide.Entraide;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.ConsentRecord;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.internal.Json;
import io.github.entraide.jdbc.JdbcStorage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The data of the national load run ({@link NationalLoadRun}): the real communes of France (in INSEE
 * order) cut into {@value #TERRITORIES} territories of equal population, {@value #HELPERS} helpers
 * (each a member and a published in-person groceries offer) and {@value #BENEFICIARIES}
 * beneficiaries placed by population, with fixed seeds. Stored in the schema
 * {@value #SCHEMA} of the benchmark database: territories through the use case, members and offers
 * with {@code COPY} into the adapter's tables, each column written exactly as the adapter writes it
 * ({@code BenchmarkPeersAgreeJdbcTest} compares them). A marker table records a finished seed, so
 * that later runs reuse it after {@link #reset} puts it back as seeded.
 */
final class NationalData {
    static final String SCHEMA = "entraide_national";
    static final int TERRITORIES = 100;
    static final int HELPERS = 1_000_000;
    static final int BENEFICIARIES = 200_000;
    /** The fixed instant of every seeded record (the run itself uses the system clock). */
    static final Instant SEEDED_AT = Instant.parse("2026-11-26T12:00:00Z");
    private static final String DATA_VERSION = "national-v1";
    private static final String MARKER = "entraide_national_loaded";
    private static final long HELPER_SEED = 42;
    private static final long BENEFICIARY_SEED = 43;
    private static final int CHUNK = 20_000;

    static final String MEMBER_COLUMNS = "territory_id, id, display_name, email, email_lower, phone, locale, location,"
            + " roles, consents, year_of_birth, verified, status, registered_at, last_active_at, version";

    /** A territory of the run: its id and communes. */
    record Plan(TerritoryId id, String name, List<Commune> communes) {
    }

    /** Where a seeded person lives: their territory (index), commune and point. */
    record Place(int territory, Commune commune, GeoPoint point) {
    }

    private static final List<Commune> COMMUNES = FranceFixture.communes();
    private static final long[] CUMULATIVE = cumulative();
    private static final int[] TERRITORY_OF = territoryOfCommune();
    private static final List<Plan> PLANS = plans();

    private NationalData() {
    }

    private static long[] cumulative() {
        long[] c = new long[COMMUNES.size()];
        long sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += COMMUNES.get(i).population();
            c[i] = sum;
        }
        return c;
    }

    /** Commune i belongs to the territory whose population range holds its cumulative population. */
    private static int[] territoryOfCommune() {
        long total = CUMULATIVE[CUMULATIVE.length - 1];
        int[] of = new int[COMMUNES.size()];
        for (int i = 0; i < of.length; i++) {
            long before = i == 0 ? 0 : CUMULATIVE[i - 1];
            of[i] = (int) Math.min(TERRITORIES - 1, before * TERRITORIES / total);
        }
        return of;
    }

    private static List<Plan> plans() {
        List<List<Commune>> groups = new ArrayList<>();
        for (int t = 0; t < TERRITORIES; t++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < COMMUNES.size(); i++) {
            groups.get(TERRITORY_OF[i]).add(COMMUNES.get(i));
        }
        List<Plan> plans = new ArrayList<>();
        for (int t = 0; t < TERRITORIES; t++) {
            List<Commune> communes = groups.get(t);
            plans.add(new Plan(territoryId(t), "France " + (t + 1) + " (" + communes.get(0).name() + " – "
                    + communes.get(communes.size() - 1).name() + ")", List.copyOf(communes)));
        }
        return List.copyOf(plans);
    }

    static TerritoryId territoryId(int t) {
        return TerritoryId.of(String.format(Locale.ROOT, "fr-%02d", t));
    }

    /** @return the territories, in order */
    static List<Plan> territories() {
        return PLANS;
    }

    /** The settings of every territory: the defaults, with daily limits a load run does not hit. */
    static TerritorySettings settings() {
        return TerritorySettings.defaults().withRateLimits(new RateLimits(1_000, 10, 1_000));
    }

    private static Place place(SplittableRandom random) {
        long target = random.nextLong(CUMULATIVE[CUMULATIVE.length - 1]);
        int i = Arrays.binarySearch(CUMULATIVE, target + 1);
        int index = i >= 0 ? i : -i - 1;
        Commune c = COMMUNES.get(index);
        double lat = Math.max(-90, Math.min(90, c.centroid().latitude() + (random.nextDouble() - 0.5) * 0.036));
        double lon = Math.max(-180, Math.min(180, c.centroid().longitude() + (random.nextDouble() - 0.5) * 0.05));
        return new Place(TERRITORY_OF[index], c, GeoPoint.of(lat, lon));
    }

    /**
     * Where each beneficiary lives, in seeding order (beneficiary {@code j} is member {@code b<j>}).
     *
     * @return the places
     */
    static List<Place> beneficiaries() {
        SplittableRandom random = new SplittableRandom(BENEFICIARY_SEED);
        List<Place> places = new ArrayList<>(BENEFICIARIES);
        for (int j = 0; j < BENEFICIARIES; j++) {
            places.add(place(random));
        }
        return places;
    }

    static Member member(TerritoryId territory, String id, Commune commune, MemberRole role) {
        return Member.reconstitute(MemberId.of(id), territory, role == MemberRole.HELPER ? "Aidant" : "Voisin",
                new ContactDetails(id + "@example.org", Optional.empty()), Locale.FRENCH,
                CoarseLocation.commune(commune.inseeCode()), EnumSet.of(role),
                List.of(new ConsentRecord(ConsentPurpose.TERMS_OF_USE, "2026-11", true, SEEDED_AT),
                        new ConsentRecord(ConsentPurpose.CONTACT_SHARING, "2026-11", true, SEEDED_AT)),
                Optional.of(1980), false, MemberStatus.ACTIVE, SEEDED_AT, SEEDED_AT, 1);
    }

    /** Helper i's offer: groceries in person, within 1 to 10 km, for 1 to 3 people at once. */
    static HelpOffer offer(TerritoryId territory, int i, Place place, SplittableRandom random) {
        double radius = 1 + random.nextInt(10);
        int capacity = 1 + random.nextInt(3);
        return HelpOffer.create(OfferId.of("o" + i), territory, MemberId.of("h" + i), CategoryCatalogue.GROCERIES,
                CoarseLocation.commune(place.commune().inseeCode()), place.point(), radius,
                WeeklyAvailability.always(), Set.of("fr"), capacity, "", OfferStatus.PUBLISHED, SEEDED_AT)
                .withVersion(1);
    }

    static String schemaUrl(String baseUrl) {
        return JdbcBenchData.schemaUrl(baseUrl, SCHEMA);
    }

    /**
     * Seeds the schema unless a finished seed of this data version is there.
     *
     * @param baseUrl the database's JDBC URL
     * @return the seconds the seed took (its own, earlier, when reused) and whether it was reused
     * @throws Exception if the database fails
     */
    static JdbcBenchData.Loaded ensureSeeded(String baseUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        String url = schemaUrl(baseUrl);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + MARKER + " (data_version VARCHAR(64) NOT NULL,"
                    + " seed_seconds DOUBLE PRECISION NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT data_version, seed_seconds FROM " + MARKER)) {
                if (rs.next() && DATA_VERSION.equals(rs.getString(1))) {
                    double seconds = rs.getDouble(2);
                    System.out.printf(Locale.ROOT, "[national] reusing the seeded schema %s (seeded in %.1f s)%n",
                            SCHEMA, seconds);
                    return new JdbcBenchData.Loaded(url, HELPERS, seconds, true);
                }
            }
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        JdbcStorage storage = JdbcStorage.builder(JdbcBenchData.dataSource(url)).migrateOnStart(true).build();
        Entraide entraide = Entraide.builder().storage(storage).build();
        for (Plan p : PLANS) {
            entraide.territories().create(Actor.administrator("bench"), new CreateTerritory(p.id().value(), p.name(),
                    p.communes(), CategoryCatalogue.defaults(), settings()));
        }
        ExecutorService copiers = Executors.newFixedThreadPool(2);
        try {
            Future<?> members = copiers.submit(() -> copy(url, "member", MEMBER_COLUMNS, NationalData::memberRows));
            Future<?> offers = copiers.submit(() -> copy(url, "offer", JdbcBenchData.COPY_COLUMNS,
                    NationalData::offerRows));
            members.get();
            offers.get();
        } finally {
            copiers.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) " + JdbcStorage.DEFAULT_PREFIX + "member");
            s.execute("VACUUM (ANALYZE) " + JdbcStorage.DEFAULT_PREFIX + "offer");
            s.execute("CREATE TABLE " + MARKER + " (data_version VARCHAR(64) NOT NULL,"
                    + " seed_seconds DOUBLE PRECISION NOT NULL)");
            double seconds = (System.nanoTime() - start) / 1e9;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + MARKER
                    + " (data_version, seed_seconds) VALUES (?, ?)")) {
                ps.setString(1, DATA_VERSION);
                ps.setDouble(2, seconds);
                ps.executeUpdate();
            }
            System.out.printf(Locale.ROOT, "[national] seeded %d territories, %d helpers, %d beneficiaries in %.1f s%n",
                    TERRITORIES, HELPERS, BENEFICIARIES, seconds);
            return new JdbcBenchData.Loaded(url, HELPERS, seconds, false);
        }
    }

    /** Writes rows to the CSV of a COPY, chunk by chunk. */
    private interface Rows {
        void write(RowSink sink) throws SQLException;
    }

    /** Receives the CSV rows of a COPY. */
    private interface RowSink {
        StringBuilder row();

        void endRow() throws SQLException;
    }

    private static Void copy(String url, String table, String columns, Rows rows) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit = off");
            }
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + JdbcStorage.DEFAULT_PREFIX + table
                    + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
            StringBuilder buffer = new StringBuilder(CHUNK * 300);
            int[] count = {0};
            try {
                rows.write(new RowSink() {
                    @Override
                    public StringBuilder row() {
                        return buffer;
                    }

                    @Override
                    public void endRow() throws SQLException {
                        if (buffer.length() == 0 || buffer.charAt(buffer.length() - 1) != '\n') {
                            buffer.append('\n');
                        }
                        if (++count[0] % CHUNK == 0) {
                            flush(in, buffer);
                        }
                    }
                });
                flush(in, buffer);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            c.commit();
        }
        return null;
    }

    private static void flush(CopyIn in, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private static void memberRows(RowSink sink) throws SQLException {
        SplittableRandom random = new SplittableRandom(HELPER_SEED);
        for (int i = 0; i < HELPERS; i++) {
            Place p = place(random);
            random.nextInt(10); // the offer's radius and capacity: the same draws as offerRows
            random.nextInt(3);
            memberRow(sink.row(), member(territoryId(p.territory()), "h" + i, p.commune(), MemberRole.HELPER));
            sink.endRow();
        }
        List<Place> beneficiaries = beneficiaries();
        for (int j = 0; j < beneficiaries.size(); j++) {
            Place p = beneficiaries.get(j);
            memberRow(sink.row(), member(territoryId(p.territory()), "b" + j, p.commune(), MemberRole.BENEFICIARY));
            sink.endRow();
        }
    }

    private static void offerRows(RowSink sink) throws SQLException {
        SplittableRandom random = new SplittableRandom(HELPER_SEED);
        for (int i = 0; i < HELPERS; i++) {
            Place p = place(random);
            JdbcBenchData.row(sink.row(), offer(territoryId(p.territory()), i, p, random));
            sink.endRow();
        }
    }

    /** Helper i's place and offer, for the checks of the run (the same draws as the seed). */
    static List<HelpOffer> offers(int count) {
        SplittableRandom random = new SplittableRandom(HELPER_SEED);
        List<HelpOffer> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Place p = place(random);
            offers.add(offer(territoryId(p.territory()), i, p, random));
        }
        return offers;
    }

    /** One member row as the adapter writes it (see {@code JdbcTransaction.Members}). */
    static void memberRow(StringBuilder b, Member m) {
        JdbcBenchData.quoted(b, m.territoryId().value()).append(',');
        JdbcBenchData.quoted(b, m.id().value()).append(',');
        JdbcBenchData.quoted(b, m.displayName()).append(',');
        JdbcBenchData.quoted(b, m.contact().email()).append(',');
        JdbcBenchData.quoted(b, m.contact().email().toLowerCase(Locale.ROOT)).append(',');
        m.contact().phone().ifPresent(phone -> JdbcBenchData.quoted(b, phone));
        b.append(',');
        JdbcBenchData.quoted(b, m.locale().toLanguageTag()).append(',');
        JdbcBenchData.quoted(b, json(m.location())).append(',');
        List<String> roles = new ArrayList<>();
        for (MemberRole r : MemberRole.values()) {
            if (m.roles().contains(r)) {
                roles.add(r.name());
            }
        }
        JdbcBenchData.quoted(b, json(roles)).append(',');
        JdbcBenchData.quoted(b, json(m.consents())).append(',');
        m.yearOfBirth().ifPresent(b::append);
        b.append(',').append(m.verified()).append(',');
        JdbcBenchData.quoted(b, m.status().name()).append(',');
        b.append(JdbcBenchData.nanos(m.registeredAt())).append(',');
        b.append(JdbcBenchData.nanos(m.lastActiveAt())).append(',');
        b.append(m.version());
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Puts a seeded schema back as seeded: no request, introduction, moderation case, audit entry
     * or outbox message; every offer and member changed by a run back at version 1 with its seeded
     * load and instants; then VACUUM, so that the candidate source's index-only scans read no table
     * page.
     *
     * @param url the schema's URL
     * @return seconds spent
     * @throws SQLException if the database fails
     */
    static double reset(String url) throws SQLException {
        long start = System.nanoTime();
        String p = JdbcStorage.DEFAULT_PREFIX;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + p + "request, " + p + "introduction, " + p + "outbox, " + p + "moderation_case, "
                    + p + "audit_entry");
            s.executeUpdate("UPDATE " + p + "offer SET load = 0, last_helped_at = NULL, updated_at = created_at,"
                    + " version = 1 WHERE version <> 1");
            s.executeUpdate("UPDATE " + p + "member SET last_active_at = registered_at, version = 1 WHERE version <> 1");
            s.execute("VACUUM (ANALYZE) " + p + "offer");
            s.execute("VACUUM (ANALYZE) " + p + "member");
            s.execute("VACUUM (ANALYZE) " + p + "outbox");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
