package io.github.entraide.jdbc;

import io.github.entraide.testkit.contract.PostgresDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * Throw-away PostgreSQL schemas for tests, each with a migrated {@link JdbcStorage}; dropped by
 * {@link #closeAll()}. Not thread-safe.
 */
final class PostgresSchemas {
    private final List<PostgresDatabase> created = new ArrayList<>();

    /** @return a new, empty, migrated schema */
    PostgresDatabase create() {
        PostgresDatabase db = PostgresDatabase.create();
        created.add(db);
        return db;
    }

    /** @return the schema created last */
    PostgresDatabase last() {
        return created.get(created.size() - 1);
    }

    /** @return a migrated storage on a new, empty schema */
    JdbcStorage storage() {
        return JdbcStorage.builder(create().dataSource()).migrateOnStart(true).build();
    }

    /** Drops every created schema. */
    void closeAll() {
        created.forEach(PostgresDatabase::close);
        created.clear();
    }
}
