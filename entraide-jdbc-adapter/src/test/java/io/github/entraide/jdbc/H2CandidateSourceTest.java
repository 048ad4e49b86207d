package io.github.entraide.jdbc;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcCandidateSource} on H2 returns exactly what brute force returns (the test kit's
 * property, 300 generated scenarios per policy, each with a limit of 1, 3 and 10 for every request).
 */
class H2CandidateSourceTest {
    private static final int TRIES = 300;
    private final H2Databases databases = new H2Databases();
    private CandidateSourceChecks checks;

    @BeforeEach
    void createDatabase() {
        checks = new CandidateSourceChecks(databases.create());
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        databases.closeAll();
    }

    @Test
    void sqlSourceEqualsBruteForceUnderTheStandardPolicy() {
        checks.equalsBruteForce("H2 source equals brute force, standard", CandidateSourceChecks.STANDARD, TRIES);
    }

    @Test
    void sqlSourceEqualsBruteForceWithoutRadiusFilterAndWithHeavyLoad() {
        checks.equalsBruteForce("H2 source equals brute force, no radius", CandidateSourceChecks.STRICT_NO_RADIUS,
                TRIES);
    }

    @Test
    void sqlSourceEqualsBruteForceForAScorerWithManyTies() {
        checks.equalsBruteForce("H2 source equals brute force, ties", CandidateSourceChecks.WHOLE_KM_TIES, TRIES);
    }

    @Test
    void gridCellsWrittenByJavaEqualThoseOfTheMigration() throws SQLException {
        checks.javaCellsEqualMigrationCells();
    }
}
