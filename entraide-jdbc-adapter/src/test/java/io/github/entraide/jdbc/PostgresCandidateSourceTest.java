package io.github.entraide.jdbc;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcCandidateSource} on PostgreSQL returns exactly what brute force returns: the test kit's
 * property, 100 generated scenarios per policy, each with a limit of 1, 3 and 10 for every request
 * (fewer tries than on H2: each try rewrites the offers of a schema over the network; about 80 s for
 * the three policies).
 */
class PostgresCandidateSourceTest {
    private static final int TRIES = 100;
    private final PostgresSchemas schemas = new PostgresSchemas();
    private CandidateSourceChecks checks;

    @BeforeEach
    void createDatabase() {
        checks = new CandidateSourceChecks(schemas.create().dataSource());
    }

    @AfterEach
    void dropSchemas() {
        schemas.closeAll();
    }

    @Test
    void sqlSourceEqualsBruteForceUnderTheStandardPolicy() {
        checks.equalsBruteForce("PostgreSQL source equals brute force, standard", CandidateSourceChecks.STANDARD,
                TRIES);
    }

    @Test
    void sqlSourceEqualsBruteForceWithoutRadiusFilterAndWithHeavyLoad() {
        checks.equalsBruteForce("PostgreSQL source equals brute force, no radius",
                CandidateSourceChecks.STRICT_NO_RADIUS, TRIES);
    }

    @Test
    void sqlSourceEqualsBruteForceForAScorerWithManyTies() {
        checks.equalsBruteForce("PostgreSQL source equals brute force, ties", CandidateSourceChecks.WHOLE_KM_TIES,
                TRIES);
    }

    @Test
    void gridCellsWrittenByJavaEqualThoseOfTheMigration() throws SQLException {
        checks.javaCellsEqualMigrationCells();
    }
}
