package io.github.entraide.examples.hostile;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.HostileInputContract;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The test kit's hostile-input suite on the JDBC adapter over H2 (PostgreSQL mode): every hostile
 * string in every text field of every command is refused with no row changed, or stored and read
 * back from the tables verbatim.
 */
class HostileInputOnH2PropertyTest extends HostileInputContract {
    private HikariDataSource dataSource;

    @Override
    protected Storage newStorage() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        return JdbcStorage.builder(dataSource).migrateOnStart(true).build();
    }

    @Override
    protected Object contentsOf(Storage storage) {
        return JdbcContents.rows(dataSource);
    }

    @Override
    protected Collection<String> storedStrings(Storage storage) {
        return JdbcContents.strings(dataSource);
    }

    @Override
    protected List<String> payloadsForEveryField() {
        return representativePayloads(2);
    }

    @Override
    protected int randomTries() {
        return 5;
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
