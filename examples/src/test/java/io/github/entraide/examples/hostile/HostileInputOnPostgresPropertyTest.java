package io.github.entraide.examples.hostile;

import io.github.entraide.testkit.contract.PostgresDatabase;

/**
 * The test kit's hostile-input suite on the JDBC adapter over PostgreSQL ({@code ENTRAIDE_TEST_PG_URL}),
 * in a schema of its own. Skips loudly without the URL; fails under {@code CI=true}.
 */
class HostileInputOnPostgresPropertyTest extends HostileInputOnJdbc {
    private PostgresDatabase database;

    @Override
    protected String freshDatabaseUrl() {
        database = PostgresDatabase.create();
        return database.url();
    }

    @Override
    protected int payloadsPerFamily() {
        return 1;
    }

    @Override
    protected void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
