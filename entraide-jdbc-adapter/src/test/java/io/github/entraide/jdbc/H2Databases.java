package io.github.entraide.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Fresh in-memory H2 databases in PostgreSQL mode, shut down by {@link #closeAll()}. Not thread-safe. */
final class H2Databases {
    private final List<String> created = new ArrayList<>();

    /** @return the URL of a new, empty database */
    String createUrl() {
        String url = "jdbc:h2:mem:entraide-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        created.add(url);
        return url;
    }

    /** @return a data source on a new, empty database */
    SimpleDataSource create() {
        return new SimpleDataSource(createUrl());
    }

    /** Shuts every created database down, which frees its memory. */
    void closeAll() throws SQLException {
        for (String url : created) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        created.clear();
    }
}
