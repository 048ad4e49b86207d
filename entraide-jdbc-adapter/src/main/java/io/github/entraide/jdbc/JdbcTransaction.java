package io.github.entraide.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.entraide.ConflictException;
import io.github.entraide.StorageException;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.ConsentRecord;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.ModerationDecision;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.Recurrence;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.spi.AppealRepository;
import io.github.entraide.spi.AuditTrail;
import io.github.entraide.spi.IntroductionRepository;
import io.github.entraide.spi.MemberRepository;
import io.github.entraide.spi.ModerationCaseRepository;
import io.github.entraide.spi.OfferRepository;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.OutboxWriter;
import io.github.entraide.spi.RequestRepository;
import io.github.entraide.spi.StorageTransaction;
import io.github.entraide.spi.TerritoryRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One transaction of {@link JdbcStorage}: its connection and repositories. Used by one thread;
 * unusable once closed.
 */
final class JdbcTransaction implements StorageTransaction {
    private static final TypeReference<List<Commune>> COMMUNES = new TypeReference<>() { };
    private static final TypeReference<List<HelpCategory>> CATEGORIES = new TypeReference<>() { };
    private static final TypeReference<List<ConsentRecord>> CONSENTS = new TypeReference<>() { };
    private static final TypeReference<List<MemberRole>> ROLES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Connection connection;
    private final SqlDialect dialect;
    private final JdbcStorage.Tables tables;
    private final List<OutboxMessage> appended = new ArrayList<>();
    private final Set<String> appendedIds = new HashSet<>();
    private boolean closed;

    private final TerritoryCache territoryCache;
    private final TerritoryRepository territories = new Territories();
    private final MemberRepository members = new Members();
    private final OfferRepository offers = new Offers();
    private final RequestRepository requests = new Requests();
    private final IntroductionRepository introductions = new Introductions();
    private final ModerationCaseRepository moderationCases = new ModerationCases();
    private final AppealRepository appeals;
    private final AuditTrail audit = new Audit();
    private final OutboxWriter outboxWriter = new Writer();

    JdbcTransaction(Connection connection, SqlDialect dialect, JdbcStorage.Tables tables,
            TerritoryCache territoryCache) {
        this.connection = connection;
        this.dialect = dialect;
        this.tables = tables;
        this.territoryCache = territoryCache;
        this.appeals = new JdbcAppeals(this, tables);
    }

    void close() {
        closed = true;
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("the transaction is over: do not keep it beyond inTransaction");
        }
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String operation, String sql, Binder binder, RowMapper<T> mapper) {
        check();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw Codec.translate(operation, "query", e);
        }
    }

    <T> Optional<T> one(String operation, String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(operation, sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Runs an insert; a duplicate key is a conflict, reported as zero rows (PostgreSQL's
     * {@code ON CONFLICT DO NOTHING}) or as a unique violation (H2, where only the statement fails).
     *
     * @return true if a row was inserted, false on a duplicate key
     */
    boolean insert(String operation, String sql, Binder binder) {
        check();
        try (PreparedStatement ps = connection.prepareStatement(sql + dialect.onConflictDoNothing())) {
            binder.bind(ps);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (dialect == SqlDialect.H2 && Codec.isUniqueViolation(e)) {
                return false;
            }
            throw Codec.translate(operation, "record", e);
        }
    }

    /** Runs an update or delete and returns the number of rows changed. */
    int update(String operation, String kind, String sql, Binder binder) {
        check();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (Codec.isUniqueViolation(e)) {
                throw new ConflictException(kind, "unique", e);
            }
            throw Codec.translate(operation, kind, e);
        }
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private static Set<String> stringSet(String json) {
        return new TreeSet<>(Codec.fromJson(json, STRINGS));
    }

    @Override
    public TerritoryRepository territories() {
        check();
        return territories;
    }

    @Override
    public MemberRepository members() {
        check();
        return members;
    }

    @Override
    public OfferRepository offers() {
        check();
        return offers;
    }

    @Override
    public RequestRepository requests() {
        check();
        return requests;
    }

    @Override
    public IntroductionRepository introductions() {
        check();
        return introductions;
    }

    @Override
    public ModerationCaseRepository moderationCases() {
        check();
        return moderationCases;
    }

    @Override
    public AppealRepository appeals() {
        check();
        return appeals;
    }

    @Override
    public AuditTrail audit() {
        check();
        return audit;
    }

    @Override
    public OutboxWriter outbox() {
        check();
        return outboxWriter;
    }

    /**
     * The outbox's writing side. Appends are buffered and written by {@link #flushOutbox()};
     * lookups and deletions run at once on the transaction's connection, so they see committed
     * messages (not those appended in this transaction) and roll back with it.
     */
    private final class Writer implements OutboxWriter {
        @Override
        public void append(OutboxMessage message) {
            JdbcTransaction.this.append(message);
        }

        @Override
        public List<OutboxMessage> notificationsMentioning(TerritoryId territoryId, String text) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("text must not be blank");
            }
            return list("list notifications mentioning a text", "SELECT " + JdbcOutbox.COLUMNS + " FROM "
                    + tables.outbox() + " WHERE territory_id = ? AND kind = ? AND payload LIKE ? ESCAPE '\\'"
                    + " ORDER BY sequence", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, OutboxMessage.Kind.NOTIFICATION.name());
                        ps.setString(3, "%" + likeEscaped(text) + "%");
                    }, JdbcOutbox::message);
        }

        @Override
        public List<OutboxMessage> sent(String type, Instant createdBefore) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(createdBefore, "createdBefore");
            return list("list sent outbox messages", "SELECT " + JdbcOutbox.COLUMNS + " FROM " + tables.outbox()
                    + " WHERE status = ? AND type = ? AND created_at < ? ORDER BY sequence", ps -> {
                        ps.setString(1, OutboxMessage.Status.SENT.name());
                        ps.setString(2, type);
                        ps.setLong(3, Codec.nanos(createdBefore));
                    }, JdbcOutbox::message);
        }

        @Override
        public void delete(String id) {
            Objects.requireNonNull(id, "id");
            update("delete outbox message", "outbox message", "DELETE FROM " + tables.outbox() + " WHERE id = ?",
                    ps -> ps.setString(1, id));
        }
    }

    /** A text for a LIKE pattern whose escape character is the backslash: its wildcards match themselves. */
    static String likeEscaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private void append(OutboxMessage message) {
        check();
        Objects.requireNonNull(message, "message");
        if (!appendedIds.add(message.id())) {
            throw new ConflictException("outbox message", message.id());
        }
        appended.add(message);
    }

    /**
     * Writes the appended messages, with sequences taken from the counter row, which stays locked
     * until the commit: sequence order is thus commit order. On PostgreSQL (up to
     * {@value #ONE_STATEMENT_MAX} messages) the commit goes in the same round trip as the write
     * ({@link #flushOutboxAndCommitInOneRoundTrip()}); otherwise the caller commits.
     *
     * @return true if the transaction is committed already (the caller must not commit again)
     */
    boolean flushOutbox() {
        check();
        if (appended.isEmpty()) {
            return false;
        }
        if (dialect == SqlDialect.POSTGRESQL && appended.size() <= ONE_STATEMENT_MAX) {
            flushOutboxAndCommitInOneRoundTrip();
            return true;
        }
        try {
            long last;
            try (PreparedStatement ps = connection.prepareStatement("UPDATE " + tables.outboxCounter()
                    + " SET assigned = assigned + ? WHERE name = 'outbox'")) {
                ps.setLong(1, appended.size());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("the outbox counter row is missing: was the schema migrated?");
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT assigned FROM " + tables.outboxCounter()
                    + " WHERE name = 'outbox'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            long sequence = last - appended.size();
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + tables.outbox()
                    + " (id, territory_id, sequence, kind, type, payload, created_at, status, attempts, next_attempt_at,"
                    + " last_error, leased_until) VALUES (" + placeholders(12) + ")" + dialect.onConflictDoNothing())) {
                for (OutboxMessage m : appended) {
                    sequence++;
                    ps.setString(1, m.id());
                    ps.setString(2, m.territoryId().value());
                    ps.setLong(3, sequence);
                    ps.setString(4, m.kind().name());
                    ps.setString(5, m.type());
                    ps.setString(6, m.payload());
                    ps.setLong(7, Codec.nanos(m.createdAt()));
                    ps.setString(8, m.status().name());
                    ps.setInt(9, m.attempts());
                    ps.setLong(10, Codec.nanos(m.nextAttemptAt()));
                    Codec.setOptionalString(ps, 11, m.lastError());
                    ps.setNull(12, Types.BIGINT);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new ConflictException("outbox message", appended.get(i).id());
                    }
                }
            }
        } catch (SQLException e) {
            throw Codec.translate("append outbox messages", "outbox message", e);
        }
        return false;
    }

    /** The most messages written in one statement (11 parameters each, within the driver's 32,767). */
    private static final int ONE_STATEMENT_MAX = 1_000;

    /** SQLState of a NOT NULL violation: the sequence is null when the counter row is missing. */
    private static final String NOT_NULL_VIOLATION = "23502";

    /**
     * PostgreSQL: the counter's update and the inserts as one statement (a data-modifying
     * {@code WITH}), followed by {@code COMMIT} in the same round trip (the driver sends both
     * before one Sync). The counter row serialises the commits of transactions that append
     * messages; it is now locked only while the server runs that statement and the commit, never
     * while the application's thread waits to be scheduled or a reply crosses the network, which
     * on a busy machine was most of the time it was held (the national run measured a mean wait of
     * 20 ms for it). A taken message id is a unique violation and a missing counter row leaves the
     * sequence null (a NOT NULL violation): either fails the statement, the server then skips the
     * {@code COMMIT}, and the caller rolls back. Nothing of such a transaction is committed.
     */
    private void flushOutboxAndCommitInOneRoundTrip() {
        StringBuilder sql = new StringBuilder("WITH c AS (UPDATE ").append(tables.outboxCounter())
                .append(" SET assigned = assigned + ? WHERE name = 'outbox' RETURNING assigned) INSERT INTO ")
                .append(tables.outbox()).append(" (id, territory_id, sequence, kind, type, payload, created_at, status,"
                        + " attempts, next_attempt_at, last_error, leased_until) SELECT v.id, v.territory_id,"
                        + " (SELECT assigned FROM c) - ? + v.n, v.kind, v.type, v.payload, v.created_at, v.status,"
                        + " v.attempts, v.next_attempt_at, v.last_error, CAST(NULL AS BIGINT) FROM (VALUES ");
        for (int i = 0; i < appended.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(CAST(? AS BIGINT), ?, ?, ?, ?, ?, CAST(? AS BIGINT), ?,"
                    + " CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS VARCHAR))");
        }
        sql.append(") AS v (n, id, territory_id, kind, type, payload, created_at, status, attempts, next_attempt_at,"
                + " last_error); COMMIT");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int p = 1;
            ps.setLong(p++, appended.size());
            ps.setLong(p++, appended.size());
            for (int i = 0; i < appended.size(); i++) {
                OutboxMessage m = appended.get(i);
                ps.setLong(p++, i + 1);
                ps.setString(p++, m.id());
                ps.setString(p++, m.territoryId().value());
                ps.setString(p++, m.kind().name());
                ps.setString(p++, m.type());
                ps.setString(p++, m.payload());
                ps.setLong(p++, Codec.nanos(m.createdAt()));
                ps.setString(p++, m.status().name());
                ps.setInt(p++, m.attempts());
                ps.setLong(p++, Codec.nanos(m.nextAttemptAt()));
                Codec.setOptionalString(ps, p++, m.lastError());
            }
            ps.execute();
        } catch (SQLException e) {
            if (NOT_NULL_VIOLATION.equals(e.getSQLState())) {
                throw new StorageException("append outbox messages",
                        new SQLException("the outbox counter row is missing: was the schema migrated?", e));
            }
            throw Codec.translate("append outbox messages", "outbox message", e);
        }
    }

    // ---------------------------------------------------------------- territories

    private static final String TERRITORY_COLUMNS = "id, name, communes, catalogue, settings, version";

    private Territory territory(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String name = rs.getString("name");
        String communes = rs.getString("communes");
        String catalogue = rs.getString("catalogue");
        String settings = rs.getString("settings");
        long version = rs.getLong("version");
        return territoryCache.get(id, name, communes, catalogue, settings, version,
                () -> Territory.reconstitute(TerritoryId.of(id), name, Codec.fromJson(communes, COMMUNES),
                        CategoryCatalogue.of(Codec.fromJson(catalogue, CATEGORIES)),
                        Codec.fromJson(settings, TerritorySettings.class), version));
    }

    private final class Territories implements TerritoryRepository {
        /** The territories this transaction read or wrote, by id, as stored (a use case may read one twice). */
        private final Map<String, Territory> seen = new HashMap<>();

        @Override
        public Territory insert(Territory territory) {
            Objects.requireNonNull(territory, "territory");
            boolean inserted = JdbcTransaction.this.insert("insert territory", "INSERT INTO " + tables.territory()
                    + " (" + TERRITORY_COLUMNS + ") VALUES (" + placeholders(6) + ")", ps -> {
                        ps.setString(1, territory.id().value());
                        ps.setString(2, territory.name());
                        ps.setString(3, Codec.json(territory.communes()));
                        ps.setString(4, Codec.json(territory.catalogue().all()));
                        ps.setString(5, Codec.json(territory.settings()));
                        ps.setLong(6, 1);
                    });
            if (!inserted) {
                throw new ConflictException("territory", territory.id());
            }
            Territory stored = territory.withVersion(1);
            seen.put(stored.id().value(), stored);
            return stored;
        }

        @Override
        public Territory update(Territory territory) {
            Objects.requireNonNull(territory, "territory");
            int rows = JdbcTransaction.this.update("update territory", "territory", "UPDATE " + tables.territory()
                    + " SET name = ?, communes = ?, catalogue = ?, settings = ?, version = ? WHERE id = ? AND version = ?",
                    ps -> {
                        ps.setString(1, territory.name());
                        ps.setString(2, Codec.json(territory.communes()));
                        ps.setString(3, Codec.json(territory.catalogue().all()));
                        ps.setString(4, Codec.json(territory.settings()));
                        ps.setLong(5, territory.version() + 1);
                        ps.setString(6, territory.id().value());
                        ps.setLong(7, territory.version());
                    });
            if (rows != 1) {
                throw new ConflictException("territory", territory.id());
            }
            Territory stored = territory.withVersion(territory.version() + 1);
            seen.put(stored.id().value(), stored);
            return stored;
        }

        @Override
        public Optional<Territory> find(TerritoryId id) {
            Objects.requireNonNull(id, "id");
            Territory known = seen.get(id.value());
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Territory> found = one("find territory", "SELECT " + TERRITORY_COLUMNS + " FROM "
                    + tables.territory() + " WHERE id = ?", ps -> ps.setString(1, id.value()),
                    JdbcTransaction.this::territory);
            found.ifPresent(t -> seen.put(id.value(), t));
            return found;
        }

        @Override
        public List<Territory> all() {
            return list("list territories", "SELECT " + TERRITORY_COLUMNS + " FROM " + tables.territory()
                    + " ORDER BY id", ps -> { }, JdbcTransaction.this::territory);
        }
    }

    // ---------------------------------------------------------------- members

    private static final String MEMBER_COLUMNS = "territory_id, id, display_name, email, email_lower, phone, locale,"
            + " location, roles, consents, year_of_birth, verified, status, registered_at, last_active_at, version";

    private static Member member(ResultSet rs) throws SQLException {
        int year = rs.getInt("year_of_birth");
        Optional<Integer> yearOfBirth = rs.wasNull() ? Optional.empty() : Optional.of(year);
        List<MemberRole> roles = Codec.fromJson(rs.getString("roles"), ROLES);
        return Member.reconstitute(MemberId.of(rs.getString("id")), TerritoryId.of(rs.getString("territory_id")),
                rs.getString("display_name"), new ContactDetails(rs.getString("email"),
                        Optional.ofNullable(rs.getString("phone"))),
                Locale.forLanguageTag(rs.getString("locale")),
                Codec.fromJson(rs.getString("location"), CoarseLocation.class),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), Codec.fromJson(rs.getString("consents"), CONSENTS),
                yearOfBirth, rs.getBoolean("verified"), MemberStatus.valueOf(rs.getString("status")),
                Codec.instant(rs, "registered_at"), Codec.instant(rs, "last_active_at"), rs.getLong("version"));
    }

    private static String lowerEmail(Member member) {
        return member.contact().email().toLowerCase(Locale.ROOT);
    }

    private static List<String> roleNames(Set<MemberRole> roles) {
        List<String> names = new ArrayList<>();
        for (MemberRole r : MemberRole.values()) {
            if (roles.contains(r)) {
                names.add(r.name());
            }
        }
        return names;
    }

    private final class Members implements MemberRepository {
        /**
         * The members this transaction read or wrote, by territory and id, as stored: a use case
         * reads its actor, touches it and reads it again, and each read was a round trip. A row
         * changed by another transaction since is caught by the version check of an update.
         */
        private final Map<String, Member> seen = new HashMap<>();

        private String key(TerritoryId territoryId, MemberId id) {
            return territoryId.value() + '\u0000' + id.value();
        }

        /** Binds every column but the keys and the version, from index 1: 13 parameters. */
        private void bindFields(PreparedStatement ps, Member m) throws SQLException {
            ps.setString(1, m.displayName());
            ps.setString(2, m.contact().email());
            ps.setString(3, lowerEmail(m));
            Codec.setOptionalString(ps, 4, m.contact().phone());
            ps.setString(5, m.locale().toLanguageTag());
            ps.setString(6, Codec.json(m.location()));
            ps.setString(7, Codec.json(roleNames(m.roles())));
            ps.setString(8, Codec.json(m.consents()));
            if (m.yearOfBirth().isPresent()) {
                ps.setInt(9, m.yearOfBirth().get());
            } else {
                ps.setNull(9, Types.INTEGER);
            }
            ps.setBoolean(10, m.verified());
            ps.setString(11, m.status().name());
            ps.setLong(12, Codec.nanos(m.registeredAt()));
            ps.setLong(13, Codec.nanos(m.lastActiveAt()));
        }

        private boolean idTaken(Member member) {
            return one("find member", "SELECT 1 FROM " + tables.member() + " WHERE territory_id = ? AND id = ?", ps -> {
                ps.setString(1, member.territoryId().value());
                ps.setString(2, member.id().value());
            }, rs -> true).isPresent();
        }

        private boolean emailTakenByAnother(Member member) {
            return one("find member", "SELECT 1 FROM " + tables.member()
                    + " WHERE territory_id = ? AND email_lower = ? AND id <> ?", ps -> {
                        ps.setString(1, member.territoryId().value());
                        ps.setString(2, lowerEmail(member));
                        ps.setString(3, member.id().value());
                    }, rs -> true).isPresent();
        }

        @Override
        public Member insert(Member member) {
            Objects.requireNonNull(member, "member");
            boolean inserted = JdbcTransaction.this.insert("insert member", "INSERT INTO " + tables.member()
                    + " (display_name, email, email_lower, phone, locale, location, roles, consents, year_of_birth,"
                    + " verified, status, registered_at, last_active_at, territory_id, id, version) VALUES ("
                    + placeholders(16) + ")", ps -> {
                        bindFields(ps, member);
                        ps.setString(14, member.territoryId().value());
                        ps.setString(15, member.id().value());
                        ps.setLong(16, 1);
                    });
            if (!inserted) {
                if (idTaken(member)) {
                    throw new ConflictException("member", member.id());
                }
                throw new ConflictException("member", "email", null);
            }
            Member stored = member.withVersion(1);
            seen.put(key(stored.territoryId(), stored.id()), stored);
            return stored;
        }

        @Override
        public Member update(Member member) {
            Objects.requireNonNull(member, "member");
            Member before = seen.get(key(member.territoryId(), member.id()));
            // An address unchanged since this transaction read the row needs no check: the unique
            // index keeps it this member's while the row holds it, and a row changed since fails
            // the version check below.
            boolean sameAddress = before != null && before.version() == member.version()
                    && Objects.equals(lowerEmail(before), lowerEmail(member));
            if (!sameAddress && emailTakenByAnother(member)) {
                throw new ConflictException("member", "email", null);
            }
            int rows = JdbcTransaction.this.update("update member", "member", "UPDATE " + tables.member()
                    + " SET display_name = ?, email = ?, email_lower = ?, phone = ?, locale = ?, location = ?, roles = ?,"
                    + " consents = ?, year_of_birth = ?, verified = ?, status = ?, registered_at = ?, last_active_at = ?,"
                    + " version = ? WHERE territory_id = ? AND id = ? AND version = ?", ps -> {
                        bindFields(ps, member);
                        ps.setLong(14, member.version() + 1);
                        ps.setString(15, member.territoryId().value());
                        ps.setString(16, member.id().value());
                        ps.setLong(17, member.version());
                    });
            if (rows != 1) {
                throw new ConflictException("member", member.id());
            }
            Member stored = member.withVersion(member.version() + 1);
            seen.put(key(stored.territoryId(), stored.id()), stored);
            return stored;
        }

        @Override
        public Optional<Member> find(TerritoryId territoryId, MemberId id) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(id, "id");
            String key = key(territoryId, id);
            Member known = seen.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Member> found = one("find member", "SELECT " + MEMBER_COLUMNS + " FROM " + tables.member()
                    + " WHERE territory_id = ? AND id = ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, id.value());
                    }, JdbcTransaction::member);
            found.ifPresent(m -> seen.put(key, m));
            return found;
        }

        @Override
        public Optional<Member> findByEmail(TerritoryId territoryId, String email) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(email, "email");
            return one("find member by e-mail", "SELECT " + MEMBER_COLUMNS + " FROM " + tables.member()
                    + " WHERE territory_id = ? AND email_lower = ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, email.toLowerCase(Locale.ROOT));
                    }, JdbcTransaction::member);
        }

        @Override
        public List<Member> all(TerritoryId territoryId) {
            Objects.requireNonNull(territoryId, "territoryId");
            return list("list members", "SELECT " + MEMBER_COLUMNS + " FROM " + tables.member()
                    + " WHERE territory_id = ? ORDER BY id", ps -> ps.setString(1, territoryId.value()),
                    JdbcTransaction::member);
        }

        @Override
        public List<Member> inactiveSince(Instant instant) {
            Objects.requireNonNull(instant, "instant");
            return list("list inactive members", "SELECT " + MEMBER_COLUMNS + " FROM " + tables.member()
                    + " WHERE last_active_at < ? AND status <> ? ORDER BY territory_id, id", ps -> {
                        ps.setLong(1, Codec.nanos(instant));
                        ps.setString(2, MemberStatus.ERASED.name());
                    }, JdbcTransaction::member);
        }
    }

    // ---------------------------------------------------------------- offers

    static final String OFFER_COLUMNS = "territory_id, id, helper_id, category_id, location, latitude,"
            + " longitude, radius_km, availability, languages, capacity, load, free_text, status, created_at, updated_at,"
            + " last_helped_at, version";

    static HelpOffer offer(ResultSet rs) throws SQLException {
        return HelpOffer.reconstitute(OfferId.of(rs.getString("id")), TerritoryId.of(rs.getString("territory_id")),
                MemberId.of(rs.getString("helper_id")), CategoryId.of(rs.getString("category_id")),
                Codec.fromJson(rs.getString("location"), CoarseLocation.class),
                GeoPoint.of(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getDouble("radius_km"),
                Codec.fromJson(rs.getString("availability"), WeeklyAvailability.class),
                stringSet(rs.getString("languages")), rs.getInt("capacity"), rs.getInt("load"),
                rs.getString("free_text"), OfferStatus.valueOf(rs.getString("status")),
                Codec.instant(rs, "created_at"), Codec.instant(rs, "updated_at"),
                Codec.optionalInstant(rs, "last_helped_at"), rs.getLong("version"));
    }

    private final class Offers implements OfferRepository {
        /** Binds every column but the keys and the version, from index 1: 17 parameters (with the grid cell). */
        private void bindFields(PreparedStatement ps, HelpOffer o) throws SQLException {
            ps.setString(1, o.helperId().value());
            ps.setString(2, o.categoryId().value());
            ps.setString(3, Codec.json(o.location()));
            ps.setDouble(4, o.point().latitude());
            ps.setDouble(5, o.point().longitude());
            ps.setDouble(6, o.radiusKm());
            ps.setString(7, Codec.json(o.availability()));
            ps.setString(8, Codec.json(sorted(o.languages())));
            ps.setInt(9, o.capacity());
            ps.setInt(10, o.load());
            ps.setString(11, o.freeText());
            ps.setString(12, o.status().name());
            ps.setLong(13, Codec.nanos(o.createdAt()));
            ps.setLong(14, Codec.nanos(o.updatedAt()));
            Codec.setOptionalInstant(ps, 15, o.lastHelpedAt());
            ps.setInt(16, JdbcCandidateSource.row(o.point().latitude()));
            ps.setInt(17, JdbcCandidateSource.col(o.point().longitude()));
        }

        @Override
        public HelpOffer insert(HelpOffer offer) {
            Objects.requireNonNull(offer, "offer");
            boolean inserted = JdbcTransaction.this.insert("insert offer", "INSERT INTO " + tables.offer()
                    + " (helper_id, category_id, location, latitude, longitude, radius_km, availability, languages,"
                    + " capacity, load, free_text, status, created_at, updated_at, last_helped_at, cell_row, cell_col,"
                    + " territory_id, id, version) VALUES (" + placeholders(20) + ")", ps -> {
                        bindFields(ps, offer);
                        ps.setString(18, offer.territoryId().value());
                        ps.setString(19, offer.id().value());
                        ps.setLong(20, 1);
                    });
            if (!inserted) {
                throw new ConflictException("offer", offer.id());
            }
            return offer.withVersion(1);
        }

        @Override
        public HelpOffer update(HelpOffer offer) {
            Objects.requireNonNull(offer, "offer");
            int rows = JdbcTransaction.this.update("update offer", "offer", "UPDATE " + tables.offer()
                    + " SET helper_id = ?, category_id = ?, location = ?, latitude = ?, longitude = ?, radius_km = ?,"
                    + " availability = ?, languages = ?, capacity = ?, load = ?, free_text = ?, status = ?,"
                    + " created_at = ?, updated_at = ?, last_helped_at = ?, cell_row = ?, cell_col = ?, version = ?"
                    + " WHERE territory_id = ? AND id = ? AND version = ?", ps -> {
                        bindFields(ps, offer);
                        ps.setLong(18, offer.version() + 1);
                        ps.setString(19, offer.territoryId().value());
                        ps.setString(20, offer.id().value());
                        ps.setLong(21, offer.version());
                    });
            if (rows != 1) {
                throw new ConflictException("offer", offer.id());
            }
            return offer.withVersion(offer.version() + 1);
        }

        @Override
        public Optional<HelpOffer> find(TerritoryId territoryId, OfferId id) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(id, "id");
            return one("find offer", "SELECT " + OFFER_COLUMNS + " FROM " + tables.offer()
                    + " WHERE territory_id = ? AND id = ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, id.value());
                    }, JdbcTransaction::offer);
        }

        @Override
        public List<HelpOffer> byHelper(TerritoryId territoryId, MemberId helperId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(helperId, "helperId");
            return list("list offers by helper", "SELECT " + OFFER_COLUMNS + " FROM " + tables.offer()
                    + " WHERE territory_id = ? AND helper_id = ? ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, helperId.value());
                    }, JdbcTransaction::offer);
        }

        @Override
        public List<HelpOffer> published(TerritoryId territoryId, CategoryId categoryId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(categoryId, "categoryId");
            return list("list published offers", "SELECT " + OFFER_COLUMNS + " FROM " + tables.offer()
                    + " WHERE territory_id = ? AND category_id = ? AND status = ? ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, categoryId.value());
                        ps.setString(3, OfferStatus.PUBLISHED.name());
                    }, JdbcTransaction::offer);
        }

        @Override
        public List<HelpOffer> all(TerritoryId territoryId) {
            Objects.requireNonNull(territoryId, "territoryId");
            return list("list offers", "SELECT " + OFFER_COLUMNS + " FROM " + tables.offer()
                    + " WHERE territory_id = ? ORDER BY id", ps -> ps.setString(1, territoryId.value()),
                    JdbcTransaction::offer);
        }
    }

    // ---------------------------------------------------------------- requests

    private static final String REQUEST_COLUMNS = "territory_id, id, requester_id, on_behalf_of, category_id,"
            + " free_text, location, latitude, longitude, timing, urgency, languages, recurrence, status, created_at,"
            + " updated_at, expires_at, version";

    private static HelpRequest request(ResultSet rs) throws SQLException {
        return HelpRequest.reconstitute(RequestId.of(rs.getString("id")), TerritoryId.of(rs.getString("territory_id")),
                MemberId.of(rs.getString("requester_id")), Codec.optionalJson(rs, "on_behalf_of", OnBehalfOf.class),
                CategoryId.of(rs.getString("category_id")), rs.getString("free_text"),
                Codec.fromJson(rs.getString("location"), CoarseLocation.class),
                GeoPoint.of(rs.getDouble("latitude"), rs.getDouble("longitude")),
                Codec.fromJson(rs.getString("timing"), Timing.class), Urgency.valueOf(rs.getString("urgency")),
                stringSet(rs.getString("languages")), Codec.optionalJson(rs, "recurrence", Recurrence.class),
                RequestStatus.valueOf(rs.getString("status")), Codec.instant(rs, "created_at"),
                Codec.instant(rs, "updated_at"), Codec.instant(rs, "expires_at"), rs.getLong("version"));
    }

    private final class Requests implements RequestRepository {
        /** Binds every column but the keys and the version, from index 1: 15 parameters. */
        private void bindFields(PreparedStatement ps, HelpRequest r) throws SQLException {
            ps.setString(1, r.requesterId().value());
            Codec.setOptionalJson(ps, 2, r.onBehalfOf());
            ps.setString(3, r.categoryId().value());
            ps.setString(4, r.freeText());
            ps.setString(5, Codec.json(r.location()));
            ps.setDouble(6, r.point().latitude());
            ps.setDouble(7, r.point().longitude());
            ps.setString(8, Codec.json(r.timing()));
            ps.setString(9, r.urgency().name());
            ps.setString(10, Codec.json(sorted(r.languages())));
            Codec.setOptionalJson(ps, 11, r.recurrence());
            ps.setString(12, r.status().name());
            ps.setLong(13, Codec.nanos(r.createdAt()));
            ps.setLong(14, Codec.nanos(r.updatedAt()));
            ps.setLong(15, Codec.nanos(r.expiresAt()));
        }

        @Override
        public HelpRequest insert(HelpRequest request) {
            Objects.requireNonNull(request, "request");
            boolean inserted = JdbcTransaction.this.insert("insert request", "INSERT INTO " + tables.request()
                    + " (requester_id, on_behalf_of, category_id, free_text, location, latitude, longitude, timing,"
                    + " urgency, languages, recurrence, status, created_at, updated_at, expires_at, territory_id, id,"
                    + " version) VALUES (" + placeholders(18) + ")", ps -> {
                        bindFields(ps, request);
                        ps.setString(16, request.territoryId().value());
                        ps.setString(17, request.id().value());
                        ps.setLong(18, 1);
                    });
            if (!inserted) {
                throw new ConflictException("request", request.id());
            }
            return request.withVersion(1);
        }

        @Override
        public HelpRequest update(HelpRequest request) {
            Objects.requireNonNull(request, "request");
            int rows = JdbcTransaction.this.update("update request", "request", "UPDATE " + tables.request()
                    + " SET requester_id = ?, on_behalf_of = ?, category_id = ?, free_text = ?, location = ?,"
                    + " latitude = ?, longitude = ?, timing = ?, urgency = ?, languages = ?, recurrence = ?, status = ?,"
                    + " created_at = ?, updated_at = ?, expires_at = ?, version = ?"
                    + " WHERE territory_id = ? AND id = ? AND version = ?", ps -> {
                        bindFields(ps, request);
                        ps.setLong(16, request.version() + 1);
                        ps.setString(17, request.territoryId().value());
                        ps.setString(18, request.id().value());
                        ps.setLong(19, request.version());
                    });
            if (rows != 1) {
                throw new ConflictException("request", request.id());
            }
            return request.withVersion(request.version() + 1);
        }

        @Override
        public Optional<HelpRequest> find(TerritoryId territoryId, RequestId id) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(id, "id");
            return one("find request", "SELECT " + REQUEST_COLUMNS + " FROM " + tables.request()
                    + " WHERE territory_id = ? AND id = ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, id.value());
                    }, JdbcTransaction::request);
        }

        @Override
        public List<HelpRequest> byRequester(TerritoryId territoryId, MemberId requesterId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(requesterId, "requesterId");
            return list("list requests by requester", "SELECT " + REQUEST_COLUMNS + " FROM " + tables.request()
                    + " WHERE territory_id = ? AND requester_id = ? ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, requesterId.value());
                    }, JdbcTransaction::request);
        }

        @Override
        public List<HelpRequest> byStatus(TerritoryId territoryId, RequestStatus status) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(status, "status");
            return list("list requests by status", "SELECT " + REQUEST_COLUMNS + " FROM " + tables.request()
                    + " WHERE territory_id = ? AND status = ? ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, status.name());
                    }, JdbcTransaction::request);
        }

        @Override
        public List<HelpRequest> all(TerritoryId territoryId) {
            Objects.requireNonNull(territoryId, "territoryId");
            return list("list requests", "SELECT " + REQUEST_COLUMNS + " FROM " + tables.request()
                    + " WHERE territory_id = ? ORDER BY id", ps -> ps.setString(1, territoryId.value()),
                    JdbcTransaction::request);
        }

        @Override
        public List<HelpRequest> openExpiringBy(Instant instant) {
            Objects.requireNonNull(instant, "instant");
            return list("list expiring requests", "SELECT " + REQUEST_COLUMNS + " FROM " + tables.request()
                    + " WHERE status IN (?, ?) AND expires_at <= ? ORDER BY territory_id, id", ps -> {
                        ps.setString(1, RequestStatus.OPEN.name());
                        ps.setString(2, RequestStatus.PENDING_REVIEW.name());
                        ps.setLong(3, Codec.nanos(instant));
                    }, JdbcTransaction::request);
        }
    }

    // ---------------------------------------------------------------- introductions

    private static final String INTRODUCTION_COLUMNS = "territory_id, id, request_id, offer_id, helper_id,"
            + " beneficiary_id, status, proposed_at, expires_at, answered_at, helper_confirmed, beneficiary_confirmed,"
            + " helper_renews, beneficiary_renews, closed_at, helper_feedback, beneficiary_feedback, version";

    private static Introduction introduction(ResultSet rs) throws SQLException {
        return Introduction.reconstitute(IntroductionId.of(rs.getString("id")),
                TerritoryId.of(rs.getString("territory_id")), RequestId.of(rs.getString("request_id")),
                OfferId.of(rs.getString("offer_id")), MemberId.of(rs.getString("helper_id")),
                MemberId.of(rs.getString("beneficiary_id")), IntroductionStatus.valueOf(rs.getString("status")),
                Codec.instant(rs, "proposed_at"), Codec.instant(rs, "expires_at"),
                Codec.optionalInstant(rs, "answered_at"), rs.getBoolean("helper_confirmed"),
                rs.getBoolean("beneficiary_confirmed"), rs.getBoolean("helper_renews"),
                rs.getBoolean("beneficiary_renews"), Codec.optionalInstant(rs, "closed_at"),
                Optional.ofNullable(rs.getString("helper_feedback")),
                Optional.ofNullable(rs.getString("beneficiary_feedback")), rs.getLong("version"));
    }

    private final class Introductions implements IntroductionRepository {
        /** Binds every column but the keys and the version, from index 1: 15 parameters. */
        private void bindFields(PreparedStatement ps, Introduction i) throws SQLException {
            ps.setString(1, i.requestId().value());
            ps.setString(2, i.offerId().value());
            ps.setString(3, i.helperId().value());
            ps.setString(4, i.beneficiaryId().value());
            ps.setString(5, i.status().name());
            ps.setLong(6, Codec.nanos(i.proposedAt()));
            ps.setLong(7, Codec.nanos(i.expiresAt()));
            Codec.setOptionalInstant(ps, 8, i.answeredAt());
            ps.setBoolean(9, i.helperConfirmed());
            ps.setBoolean(10, i.beneficiaryConfirmed());
            ps.setBoolean(11, i.helperRenews());
            ps.setBoolean(12, i.beneficiaryRenews());
            Codec.setOptionalInstant(ps, 13, i.closedAt());
            Codec.setOptionalString(ps, 14, i.helperFeedback());
            Codec.setOptionalString(ps, 15, i.beneficiaryFeedback());
        }

        @Override
        public Introduction insert(Introduction introduction) {
            Objects.requireNonNull(introduction, "introduction");
            boolean inserted = JdbcTransaction.this.insert("insert introduction", "INSERT INTO "
                    + tables.introduction() + " (request_id, offer_id, helper_id, beneficiary_id, status, proposed_at,"
                    + " expires_at, answered_at, helper_confirmed, beneficiary_confirmed, helper_renews,"
                    + " beneficiary_renews, closed_at, helper_feedback, beneficiary_feedback, territory_id, id, version)"
                    + " VALUES (" + placeholders(18) + ")",
                    ps -> {
                        bindFields(ps, introduction);
                        ps.setString(16, introduction.territoryId().value());
                        ps.setString(17, introduction.id().value());
                        ps.setLong(18, 1);
                    });
            if (!inserted) {
                throw new ConflictException("introduction", introduction.id());
            }
            return introduction.withVersion(1);
        }

        @Override
        public Introduction update(Introduction introduction) {
            Objects.requireNonNull(introduction, "introduction");
            int rows = JdbcTransaction.this.update("update introduction", "introduction", "UPDATE "
                    + tables.introduction() + " SET request_id = ?, offer_id = ?, helper_id = ?, beneficiary_id = ?,"
                    + " status = ?, proposed_at = ?, expires_at = ?, answered_at = ?, helper_confirmed = ?,"
                    + " beneficiary_confirmed = ?, helper_renews = ?, beneficiary_renews = ?, closed_at = ?,"
                    + " helper_feedback = ?, beneficiary_feedback = ?, version = ?"
                    + " WHERE territory_id = ? AND id = ? AND version = ?", ps -> {
                        bindFields(ps, introduction);
                        ps.setLong(16, introduction.version() + 1);
                        ps.setString(17, introduction.territoryId().value());
                        ps.setString(18, introduction.id().value());
                        ps.setLong(19, introduction.version());
                    });
            if (rows != 1) {
                throw new ConflictException("introduction", introduction.id());
            }
            return introduction.withVersion(introduction.version() + 1);
        }

        @Override
        public Optional<Introduction> find(TerritoryId territoryId, IntroductionId id) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(id, "id");
            return one("find introduction", "SELECT " + INTRODUCTION_COLUMNS + " FROM " + tables.introduction()
                    + " WHERE territory_id = ? AND id = ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, id.value());
                    }, JdbcTransaction::introduction);
        }

        @Override
        public List<Introduction> byRequest(TerritoryId territoryId, RequestId requestId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(requestId, "requestId");
            return list("list introductions by request", "SELECT " + INTRODUCTION_COLUMNS + " FROM "
                    + tables.introduction() + " WHERE territory_id = ? AND request_id = ? ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, requestId.value());
                    }, JdbcTransaction::introduction);
        }

        @Override
        public List<Introduction> byMember(TerritoryId territoryId, MemberId memberId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(memberId, "memberId");
            return list("list introductions by member", "SELECT " + INTRODUCTION_COLUMNS + " FROM "
                    + tables.introduction() + " WHERE territory_id = ? AND (helper_id = ? OR beneficiary_id = ?)"
                    + " ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, memberId.value());
                        ps.setString(3, memberId.value());
                    }, JdbcTransaction::introduction);
        }

        @Override
        public List<Introduction> all(TerritoryId territoryId) {
            Objects.requireNonNull(territoryId, "territoryId");
            return list("list introductions", "SELECT " + INTRODUCTION_COLUMNS + " FROM " + tables.introduction()
                    + " WHERE territory_id = ? ORDER BY id", ps -> ps.setString(1, territoryId.value()),
                    JdbcTransaction::introduction);
        }

        @Override
        public List<Introduction> proposedExpiringBy(Instant instant) {
            Objects.requireNonNull(instant, "instant");
            return list("list expiring introductions", "SELECT " + INTRODUCTION_COLUMNS + " FROM "
                    + tables.introduction() + " WHERE status = ? AND expires_at <= ? ORDER BY territory_id, id", ps -> {
                        ps.setString(1, IntroductionStatus.PROPOSED.name());
                        ps.setLong(2, Codec.nanos(instant));
                    }, JdbcTransaction::introduction);
        }
    }

    // ---------------------------------------------------------------- moderation cases

    private static final TypeReference<ModerationDecision> DECISION = new TypeReference<>() { };

    private static final String CASE_COLUMNS = "territory_id, id, subject_kind, subject_id, concerned_member_id,"
            + " origin, reason_codes, reporter_id, report_reason, reporter_comment, urgent, status, opened_at, decision,"
            + " version";

    private static ModerationCase moderationCase(ResultSet rs) throws SQLException {
        String reportReason = rs.getString("report_reason");
        String decision = rs.getString("decision");
        return ModerationCase.reconstitute(ModerationCaseId.of(rs.getString("id")),
                TerritoryId.of(rs.getString("territory_id")),
                new ModerationSubject(ModerationSubject.Kind.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_id")),
                MemberId.of(rs.getString("concerned_member_id")), CaseOrigin.valueOf(rs.getString("origin")),
                Codec.fromJson(rs.getString("reason_codes"), STRINGS),
                Optional.ofNullable(rs.getString("reporter_id")).map(MemberId::of),
                Optional.ofNullable(reportReason).map(ReportReason::valueOf), rs.getString("reporter_comment"),
                rs.getBoolean("urgent"), CaseStatus.valueOf(rs.getString("status")), Codec.instant(rs, "opened_at"),
                decision == null ? Optional.empty() : Optional.of(Codec.fromJson(decision, DECISION)),
                rs.getLong("version"));
    }

    private final class ModerationCases implements ModerationCaseRepository {
        /** Binds every column but the keys and the version, from index 1: 12 parameters. */
        private void bindFields(PreparedStatement ps, ModerationCase c) throws SQLException {
            ps.setString(1, c.subject().kind().name());
            ps.setString(2, c.subject().id());
            ps.setString(3, c.concernedMemberId().value());
            ps.setString(4, c.origin().name());
            ps.setString(5, Codec.json(c.reasonCodes()));
            Codec.setOptionalString(ps, 6, c.reporterId().map(MemberId::value));
            Codec.setOptionalString(ps, 7, c.reportReason().map(ReportReason::name));
            ps.setString(8, c.comment());
            ps.setBoolean(9, c.urgent());
            ps.setString(10, c.status().name());
            ps.setLong(11, Codec.nanos(c.openedAt()));
            Codec.setOptionalJson(ps, 12, c.decision());
        }

        @Override
        public ModerationCase insert(ModerationCase moderationCase) {
            Objects.requireNonNull(moderationCase, "moderationCase");
            boolean inserted = JdbcTransaction.this.insert("insert moderation case", "INSERT INTO "
                    + tables.moderationCase() + " (subject_kind, subject_id, concerned_member_id, origin, reason_codes,"
                    + " reporter_id, report_reason, reporter_comment, urgent, status, opened_at, decision, territory_id,"
                    + " id, version) VALUES (" + placeholders(15) + ")", ps -> {
                        bindFields(ps, moderationCase);
                        ps.setString(13, moderationCase.territoryId().value());
                        ps.setString(14, moderationCase.id().value());
                        ps.setLong(15, 1);
                    });
            if (!inserted) {
                throw new ConflictException("moderation case", moderationCase.id());
            }
            return moderationCase.withVersion(1);
        }

        @Override
        public ModerationCase update(ModerationCase moderationCase) {
            Objects.requireNonNull(moderationCase, "moderationCase");
            int rows = JdbcTransaction.this.update("update moderation case", "moderation case", "UPDATE "
                    + tables.moderationCase() + " SET subject_kind = ?, subject_id = ?, concerned_member_id = ?,"
                    + " origin = ?, reason_codes = ?, reporter_id = ?, report_reason = ?, reporter_comment = ?,"
                    + " urgent = ?, status = ?, opened_at = ?, decision = ?, version = ?"
                    + " WHERE territory_id = ? AND id = ? AND version = ?", ps -> {
                        bindFields(ps, moderationCase);
                        ps.setLong(13, moderationCase.version() + 1);
                        ps.setString(14, moderationCase.territoryId().value());
                        ps.setString(15, moderationCase.id().value());
                        ps.setLong(16, moderationCase.version());
                    });
            if (rows != 1) {
                throw new ConflictException("moderation case", moderationCase.id());
            }
            return moderationCase.withVersion(moderationCase.version() + 1);
        }

        @Override
        public Optional<ModerationCase> find(TerritoryId territoryId, ModerationCaseId id) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(id, "id");
            return one("find moderation case", "SELECT " + CASE_COLUMNS + " FROM " + tables.moderationCase()
                    + " WHERE territory_id = ? AND id = ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, id.value());
                    }, JdbcTransaction::moderationCase);
        }

        @Override
        public List<ModerationCase> queue(TerritoryId territoryId, Optional<CaseStatus> status,
                Optional<ModerationSubject.Kind> kind, Optional<CaseOrigin> origin) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(origin, "origin");
            List<String> values = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT " + CASE_COLUMNS + " FROM " + tables.moderationCase()
                    + " WHERE territory_id = ?");
            values.add(territoryId.value());
            status.ifPresent(s -> {
                sql.append(" AND status = ?");
                values.add(s.name());
            });
            kind.ifPresent(k -> {
                sql.append(" AND subject_kind = ?");
                values.add(k.name());
            });
            origin.ifPresent(o -> {
                sql.append(" AND origin = ?");
                values.add(o.name());
            });
            // true sorts after false on H2 and PostgreSQL: DESC puts urgent cases first.
            sql.append(" ORDER BY urgent DESC, opened_at, id");
            return list("list the moderation queue", sql.toString(), ps -> {
                for (int i = 0; i < values.size(); i++) {
                    ps.setString(i + 1, values.get(i));
                }
            }, JdbcTransaction::moderationCase);
        }

        @Override
        public List<ModerationCase> bySubject(TerritoryId territoryId, ModerationSubject subject) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(subject, "subject");
            return list("list moderation cases by subject", "SELECT " + CASE_COLUMNS + " FROM "
                    + tables.moderationCase() + " WHERE territory_id = ? AND subject_kind = ? AND subject_id = ?"
                    + " ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, subject.kind().name());
                        ps.setString(3, subject.id());
                    }, JdbcTransaction::moderationCase);
        }

        @Override
        public List<ModerationCase> involving(TerritoryId territoryId, MemberId memberId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(memberId, "memberId");
            return list("list moderation cases involving a member", "SELECT " + CASE_COLUMNS + " FROM "
                    + tables.moderationCase() + " WHERE territory_id = ? AND (concerned_member_id = ?"
                    + " OR reporter_id = ?) ORDER BY id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, memberId.value());
                        ps.setString(3, memberId.value());
                    }, JdbcTransaction::moderationCase);
        }

        @Override
        public long reportsSince(TerritoryId territoryId, MemberId reporterId, Instant since) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(reporterId, "reporterId");
            Objects.requireNonNull(since, "since");
            return one("count reports", "SELECT COUNT(*) FROM " + tables.moderationCase()
                    + " WHERE territory_id = ? AND reporter_id = ? AND opened_at >= ?", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, reporterId.value());
                        ps.setLong(3, Codec.nanos(since));
                    }, rs -> rs.getLong(1)).orElse(0L);
        }
    }

    // ---------------------------------------------------------------- audit trail

    private static final String AUDIT_COLUMNS = "territory_id, id, occurred_at, actor, action, subject_kind,"
            + " subject_id, concerned_member_id, reason_code";

    private static AuditEntry auditEntry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("id"), TerritoryId.of(rs.getString("territory_id")),
                Codec.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
                new ModerationSubject(ModerationSubject.Kind.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_id")),
                Optional.ofNullable(rs.getString("concerned_member_id")).map(MemberId::of),
                Optional.ofNullable(rs.getString("reason_code")));
    }

    /** Append-only: this class has, on purpose, no statement that updates or deletes a row. */
    private final class Audit implements AuditTrail {
        @Override
        public void append(AuditEntry entry) {
            Objects.requireNonNull(entry, "entry");
            boolean inserted = JdbcTransaction.this.insert("append audit entry", "INSERT INTO " + tables.audit()
                    + " (" + AUDIT_COLUMNS + ") VALUES (" + placeholders(9) + ")", ps -> {
                        ps.setString(1, entry.territoryId().value());
                        ps.setString(2, entry.id());
                        ps.setLong(3, Codec.nanos(entry.at()));
                        ps.setString(4, entry.actor());
                        ps.setString(5, entry.action());
                        ps.setString(6, entry.subject().kind().name());
                        ps.setString(7, entry.subject().id());
                        Codec.setOptionalString(ps, 8, entry.concernedMemberId().map(MemberId::value));
                        Codec.setOptionalString(ps, 9, entry.reasonCode());
                    });
            if (!inserted) {
                throw new ConflictException("audit entry", entry.id());
            }
        }

        @Override
        public List<AuditEntry> between(TerritoryId territoryId, Instant from, Instant to) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            return list("list audit entries", "SELECT " + AUDIT_COLUMNS + " FROM " + tables.audit()
                    + " WHERE territory_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id",
                    ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setLong(2, Codec.nanos(from));
                        ps.setLong(3, Codec.nanos(to));
                    }, JdbcTransaction::auditEntry);
        }

        @Override
        public List<AuditEntry> concerning(TerritoryId territoryId, MemberId memberId) {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(memberId, "memberId");
            return list("list audit entries concerning a member", "SELECT " + AUDIT_COLUMNS + " FROM "
                    + tables.audit() + " WHERE territory_id = ? AND concerned_member_id = ?"
                    + " ORDER BY occurred_at, id", ps -> {
                        ps.setString(1, territoryId.value());
                        ps.setString(2, memberId.value());
                    }, JdbcTransaction::auditEntry);
        }
    }
}
