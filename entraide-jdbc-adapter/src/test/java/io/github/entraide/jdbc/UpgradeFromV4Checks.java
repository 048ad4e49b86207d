package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.matching.BruteForceCandidateSource;
import io.github.entraide.matching.Blocks;
import io.github.entraide.matching.MatchingEnvironment;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.testkit.contract.ContractFixtures;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A schema left at version 4, with rows in every table, upgraded in place to the latest version:
 * every row of every table reads back the same, column by column, and the candidate source works
 * on the upgraded schema (its answers equal brute force over the stored offers). Run on H2 by
 * {@link JdbcMigrationTest} and on PostgreSQL by {@link PostgresMigrationTest}.
 */
final class UpgradeFromV4Checks {
    private static final int OFFERS = 600;

    private UpgradeFromV4Checks() {
    }

    /** Migrates an empty database to V4, fills it, upgrades it and checks nothing changed or went missing. */
    static void upgradeKeepsEveryRow(DataSource dataSource, SqlDialect dialect) throws SQLException {
        upgradeKeepsEveryRow(dataSource, dialect, storage -> { });
    }

    /** The same, with a step run on the filled V4 schema before the upgrade (partitioning it, for example). */
    static void upgradeKeepsEveryRow(DataSource dataSource, SqlDialect dialect,
            java.util.function.Consumer<JdbcStorage> atVersionFour) throws SQLException {
        String prefix = JdbcStorage.DEFAULT_PREFIX;
        assertThat(new Migrations(dialect, prefix, 4).migrate(dataSource)).isEqualTo(4);
        JdbcStorage storage = JdbcStorage.builder(dataSource).dialect(dialect).build();
        fill(storage);
        insertIntroductionsAsVersionFourDid(dataSource, prefix);
        atVersionFour.accept(storage);
        List<HelpOffer> offers = storage.inTransaction(t -> t.offers().all(ContractFixtures.METROPOLE));

        Map<String, List<String>> before = dump(dataSource, prefix);
        List<String> filled = List.of("territory", "member", "offer", "request", "introduction", "moderation_case",
                "audit_entry", "outbox", "outbox_counter");
        for (String table : filled) {
            assertThat(before.get(prefix + table)).as("rows of %s before the upgrade", table).isNotEmpty();
        }
        assertThat(before.get(prefix + "offer")).hasSize(OFFERS + 1);

        assertThat(storage.migrate()).isEqualTo(Migrations.countAfter(4));
        Map<String, List<String>> after = dump(dataSource, prefix);
        for (Map.Entry<String, List<String>> table : before.entrySet()) {
            if (table.getKey().endsWith("schema_history")) {
                assertThat(after.get(table.getKey())).hasSize(Migrations.countAfter(0));
            } else {
                assertThat(after.get(table.getKey())).as("rows of %s after the upgrade", table.getKey())
                        .isEqualTo(table.getValue());
            }
        }

        // The upgraded schema serves the candidate source, with the answers brute force gives.
        JdbcCandidateSource source = JdbcCandidateSource.over(storage);
        BruteForceCandidateSource brute = BruteForceCandidateSource.over(offers);
        MatchingPolicy policy = MatchingPolicy.standard();
        MatchingEnvironment environment = new MatchingEnvironment(ContractFixtures.metropole(),
                id -> Optional.empty(), Blocks.none(), ContractFixtures.T0);
        Random random = new Random(5);
        int nonEmpty = 0;
        for (int i = 0; i < 40; i++) {
            HelpRequest request = request(i, random);
            var expected = brute.topCandidates(request, policy, environment, 10);
            assertThat(source.topCandidates(request, policy, environment, 10)).as("request %d", i)
                    .isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(20);
    }

    /** Rows in every table, through the adapter at V4. */
    private static void fill(JdbcStorage storage) {
        var metropole = ContractFixtures.METROPOLE;
        Random random = new Random(4);
        List<HelpOffer> offers = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            HelpOffer base = ContractFixtures.minimalOffer(metropole, "o-" + i, "h-" + i, CategoryCatalogue.GROCERIES,
                    OfferStatus.PUBLISHED);
            GeoPoint point = GeoPoint.of(45.10 + random.nextDouble() * 0.15, 5.65 + random.nextDouble() * 0.2);
            offers.add(HelpOffer.reconstitute(base.id(), base.territoryId(), base.helperId(), base.categoryId(),
                    base.location(), point, 1 + random.nextInt(5), base.availability(), base.languages(),
                    1 + random.nextInt(3), 0, base.freeText(), i % 7 == 0 ? OfferStatus.SUSPENDED : base.status(),
                    base.createdAt(), base.updatedAt(),
                    base.lastHelpedAt(), 1));
        }
        storage.inTransaction(t -> {
            t.territories().insert(ContractFixtures.metropole());
            t.territories().insert(ContractFixtures.meylan());
            t.members().insert(ContractFixtures.fullMember(metropole, "m-full", "amelie@example.org"));
            t.members().insert(ContractFixtures.minimalMember(metropole, "m-min", "min@example.org"));
            t.offers().insert(ContractFixtures.fullOffer(metropole, "o-full", "m-full"));
            offers.forEach(t.offers()::insert);
            t.requests().insert(ContractFixtures.fullRequest(metropole, "r-full", "m-min"));
            t.requests().insert(ContractFixtures.minimalRequest(metropole, "r-min", "m-min", RequestStatus.OPEN,
                    ContractFixtures.at(86_400)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(metropole, "c-1",
                    ModerationSubject.offer(OfferId.of("o-full")), "m-full", ContractFixtures.at(12)));
            t.moderationCases().insert(ContractFixtures.decidedReport(metropole, "c-2"));
            t.audit().append(ContractFixtures.auditEntry(metropole, "a-1", ContractFixtures.at(10),
                    Optional.of("m-full")));
            t.audit().append(ContractFixtures.auditEntry(metropole, "a-2", ContractFixtures.at(11), Optional.empty()));
            t.outbox().append(ContractFixtures.message(metropole, "msg-1", ContractFixtures.T0));
            t.outbox().append(ContractFixtures.event(metropole, "evt-1", ContractFixtures.T0));
            return null;
        });
    }

    /**
     * The introductions, written with the columns version 4 had: today's adapter also writes the
     * feedback columns of V7, which a V4 schema lacks.
     */
    private static void insertIntroductionsAsVersionFourDid(DataSource dataSource, String prefix) throws SQLException {
        var metropole = ContractFixtures.METROPOLE;
        List<io.github.entraide.domain.Introduction> intros = List.of(
                ContractFixtures.fullIntroduction(metropole, "i-full", "r-full", "o-full", "m-full", "m-min"),
                ContractFixtures.proposedIntroduction(metropole, "i-proposed", "r-min", "o-1", "h-1", "m-min",
                        ContractFixtures.at(172_800)));
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + prefix + "introduction (territory_id, id, request_id, offer_id, helper_id,"
                + " beneficiary_id, status, proposed_at, expires_at, answered_at, helper_confirmed,"
                + " beneficiary_confirmed, helper_renews, beneficiary_renews, closed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (io.github.entraide.domain.Introduction i : intros) {
                ps.setString(1, i.territoryId().value());
                ps.setString(2, i.id().value());
                ps.setString(3, i.requestId().value());
                ps.setString(4, i.offerId().value());
                ps.setString(5, i.helperId().value());
                ps.setString(6, i.beneficiaryId().value());
                ps.setString(7, i.status().name());
                ps.setLong(8, Codec.nanos(i.proposedAt()));
                ps.setLong(9, Codec.nanos(i.expiresAt()));
                Codec.setOptionalInstant(ps, 10, i.answeredAt());
                ps.setBoolean(11, i.helperConfirmed());
                ps.setBoolean(12, i.beneficiaryConfirmed());
                ps.setBoolean(13, i.helperRenews());
                ps.setBoolean(14, i.beneficiaryRenews());
                Codec.setOptionalInstant(ps, 15, i.closedAt());
                ps.executeUpdate();
            }
        }
    }

    private static HelpRequest request(int i, Random random) {
        HelpRequest base = ContractFixtures.minimalRequest(ContractFixtures.METROPOLE, "q-" + i, "b-" + i,
                RequestStatus.OPEN, ContractFixtures.at(86_400));
        GeoPoint point = GeoPoint.of(45.10 + random.nextDouble() * 0.15, 5.65 + random.nextDouble() * 0.2);
        return HelpRequest.reconstitute(base.id(), base.territoryId(), base.requesterId(), base.onBehalfOf(),
                CategoryCatalogue.GROCERIES, base.freeText(), base.location(), point, base.timing(), base.urgency(),
                base.languages(), base.recurrence(), base.status(), base.createdAt(), base.updatedAt(),
                base.expiresAt(), base.version());
    }

    /** Every row of every table of the prefix, each as the text of its columns, sorted; by table name. */
    static Map<String, List<String>> dump(DataSource dataSource, String prefix) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), prefix.replace("_", "\\_") + "%",
                    new String[] {"TABLE", "BASE TABLE", "PARTITIONED TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            if (table.endsWith("schema_history") && rs.getMetaData().getColumnName(i)
                                    .equalsIgnoreCase("applied_at")) {
                                continue;
                            }
                            // Added by V7, empty on the rows V4 held: compared as absent.
                            if (table.contains("introduction") && rs.getString(i) == null && rs.getMetaData()
                                    .getColumnName(i).toLowerCase(java.util.Locale.ROOT).endsWith("_feedback")) {
                                continue;
                            }
                            row.append(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT))
                                    .append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
