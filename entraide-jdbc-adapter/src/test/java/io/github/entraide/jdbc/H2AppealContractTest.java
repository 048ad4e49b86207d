package io.github.entraide.jdbc;

import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.AppealRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The JDBC storage on embedded H2 (PostgreSQL mode) passes the appeal repository contract. */
class H2AppealContractTest extends AppealRepositoryContract {
    private final H2Databases databases = new H2Databases();

    @Override
    protected Storage newStorage() {
        return JdbcStorage.builder(databases.create()).migrateOnStart(true).build();
    }

    @AfterEach
    void dropDatabases() throws Exception {
        databases.closeAll();
    }
}
