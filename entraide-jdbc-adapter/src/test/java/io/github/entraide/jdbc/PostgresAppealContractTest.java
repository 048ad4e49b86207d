package io.github.entraide.jdbc;

import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.AppealRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The JDBC storage on PostgreSQL ({@code ENTRAIDE_TEST_PG_URL}) passes the appeal
 * repository contract, each test in a schema of its own.
 */
class PostgresAppealContractTest extends AppealRepositoryContract {
    private final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Storage newStorage() {
        return schemas.storage();
    }

    @AfterEach
    void dropSchemas() {
        schemas.closeAll();
    }
}
