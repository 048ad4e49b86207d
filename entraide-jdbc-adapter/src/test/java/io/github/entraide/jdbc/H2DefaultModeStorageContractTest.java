package io.github.entraide.jdbc;

import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.contract.StorageContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The JDBC storage on H2 in its default mode (no {@code MODE=PostgreSQL}, upper-case
 * identifiers), as a portal that just embeds H2 would configure it, passes every contract suite
 * (run through the aggregating {@link StorageContract}).
 */
class H2DefaultModeStorageContractTest extends StorageContract {
    private final List<String> urls = new ArrayList<>();

    @Override
    protected Storage newStorage() {
        String url = "jdbc:h2:mem:entraide-default-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        urls.add(url);
        return JdbcStorage.builder(new SimpleDataSource(url)).tablePrefix("ent_").migrateOnStart(true).build();
    }

    @AfterEach
    void shutDown() throws SQLException {
        for (String url : urls) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        urls.clear();
    }
}
