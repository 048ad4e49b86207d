package io.github.entraide.examples.hostile;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.HostileInputContract;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The test kit's hostile-input suite on the JDBC adapter: every hostile string in every text field
 * of every command is refused with no row changed, or stored and read back from the tables
 * verbatim. Subclasses name the database.
 */
abstract class HostileInputOnJdbc extends HostileInputContract {
    private HikariDataSource pool;

    /** @return the JDBC URL of a fresh, empty database or schema for one test */
    protected abstract String freshDatabaseUrl();

    /** @return how many payloads of each family of the catalogue go into every field */
    protected abstract int payloadsPerFamily();

    /** Releases what {@link #freshDatabaseUrl()} created, after the pool is closed. */
    protected void dropDatabase() {
    }

    @Override
    protected final Storage newStorage() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(freshDatabaseUrl());
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        return JdbcStorage.builder(pool).migrateOnStart(true).build();
    }

    @Override
    protected final Object contentsOf(Storage storage) {
        return JdbcContents.rows(pool);
    }

    @Override
    protected final Collection<String> storedStrings(Storage storage) {
        return JdbcContents.strings(pool);
    }

    @Override
    protected final List<String> payloadsForEveryField() {
        return representativePayloads(payloadsPerFamily());
    }

    @Override
    protected int randomTries() {
        return 5;
    }

    @AfterEach
    final void closePool() {
        if (pool != null) {
            pool.close();
        }
        dropDatabase();
    }
}
