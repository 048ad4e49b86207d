package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.matching.CandidateScorer;
import io.github.entraide.matching.MatchingContext;
import io.github.entraide.matching.MatchingPolicy;
import io.github.entraide.matching.StandardScorers;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.testkit.contract.ContractFixtures;
import io.github.entraide.testkit.properties.MatchingProperties;
import io.github.entraide.testkit.property.PropertyResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The checks {@link JdbcCandidateSource} must pass on every database: the test kit's property that
 * a candidate source returns exactly what brute force returns, on three policies, and the grid
 * cells written by Java equal those migration V3 computes in SQL. Each property try stores the
 * scenario's offers, exactly as generated (versions included), in the one schema of the test, after
 * deleting the previous try's. Not thread-safe.
 */
final class CandidateSourceChecks {
    static final MatchingPolicy STANDARD = MatchingPolicy.standard();
    static final MatchingPolicy STRICT_NO_RADIUS = STANDARD.toBuilder().safeguarding(true, true)
            .withoutFilter("radius").withScorer(StandardScorers.load(), 10).build();
    static final MatchingPolicy WHOLE_KM_TIES = STANDARD.toBuilder().withoutScorer("distance")
            .withoutScorer("recency").withoutScorer("load").withScorer(new CandidateScorer() {
                @Override
                public String name() {
                    return "whole-km";
                }

                @Override
                public double cost(MatchingContext c) {
                    return c.isRemote() ? 0 : Math.floor(c.distanceKm());
                }

                @Override
                public double minimumCost(double minDistanceKm) {
                    return Math.floor(minDistanceKm);
                }
            }, 1).build();

    private final JdbcStorage storage;
    private final DataSource dataSource;
    private final JdbcCandidateSource source;

    CandidateSourceChecks(DataSource dataSource) {
        this.dataSource = dataSource;
        this.storage = JdbcStorage.builder(dataSource).migrateOnStart(true).build();
        this.source = JdbcCandidateSource.over(storage);
    }

    /** Replaces the stored offers by these, stored exactly (the version too), and returns the source. */
    private CandidateSource knowing(List<HelpOffer> offers) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + storage.tables().offer());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        storage.inTransaction(t -> {
            offers.forEach(t.offers()::insert);
            return null;
        });
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE "
                + storage.tables().offer() + " SET version = ? WHERE territory_id = ? AND id = ?")) {
            for (HelpOffer o : offers) {
                ps.setLong(1, o.version());
                ps.setString(2, o.territoryId().value());
                ps.setString(3, o.id().value());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return source;
    }

    /** Checks the property on a policy and returns its result. */
    PropertyResult equalsBruteForce(String name, MatchingPolicy policy, int tries) {
        Function<List<HelpOffer>, CandidateSource> factory = this::knowing;
        PropertyResult result = MatchingProperties.candidateSourceEqualsBruteForce(name, policy, factory)
                .tries(tries).check();
        assertThat(result.tries()).isGreaterThanOrEqualTo(tries);
        return result;
    }

    /** Offers at many points (cell edges, poles, the antimeridian) get from Java the cells V3's SQL computes. */
    void javaCellsEqualMigrationCells() throws SQLException {
        Random random = new Random(20261126L);
        double[][] edges = {{45.18, 5.72}, {45.0, 5.0}, {-0.01, -0.01}, {0, 0}, {89.999999, 179.999999},
            {-90, -180}, {90, 180}, {44.99999999999999, 5.000000000000001}, {-33.87, 151.21}, {64.1, -21.9}};
        storage.inTransaction(t -> {
            for (int i = 0; i < 400; i++) {
                double lat = i < edges.length ? edges[i][0] : random.nextDouble() * 180 - 90;
                double lon = i < edges.length ? edges[i][1] : random.nextDouble() * 360 - 180;
                HelpOffer base = ContractFixtures.minimalOffer(ContractFixtures.METROPOLE, "cell-" + i, "h" + i,
                        CategoryCatalogue.GROCERIES, OfferStatus.PUBLISHED);
                t.offers().insert(HelpOffer.reconstitute(base.id(), base.territoryId(), base.helperId(),
                        base.categoryId(), base.location(), io.github.entraide.domain.GeoPoint.of(lat, lon),
                        base.radiusKm(), base.availability(), base.languages(), base.capacity(), base.load(),
                        base.freeText(), base.status(), base.createdAt(), base.updatedAt(), base.lastHelpedAt(), 0));
            }
            return null;
        });
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN cell_row = CAST(FLOOR((latitude + 90)"
                        + " * 100) AS INTEGER) AND cell_col = CAST(FLOOR((longitude + 180) * 100) AS INTEGER)"
                        + " THEN 1 ELSE 0 END) FROM " + storage.tables().offer())) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(400);
            assertThat(rs.getLong(2)).isEqualTo(400);
        }
    }
}
