package io.github.entraide.examples.hostile;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.HostileInputContract;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The test kit's hostile-input suite on the JDBC adapter over PostgreSQL ({@code ENTRAIDE_TEST_PG_URL}),
 * in a schema of its own. Skips loudly without the URL; fails under {@code CI=true}.
 */
class HostileInputOnPostgresPropertyTest extends HostileInputContract {
    private PostgresDatabase database;
    private HikariDataSource pool;

    @Override
    protected Storage newStorage() {
        database = PostgresDatabase.create();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        return JdbcStorage.builder(pool).migrateOnStart(true).build();
    }

    @Override
    protected Object contentsOf(Storage storage) {
        return JdbcContents.rows(pool);
    }

    @Override
    protected Collection<String> storedStrings(Storage storage) {
        return JdbcContents.strings(pool);
    }

    @Override
    protected List<String> payloadsForEveryField() {
        return representativePayloads(1);
    }

    @Override
    protected int randomTries() {
        return 5;
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
