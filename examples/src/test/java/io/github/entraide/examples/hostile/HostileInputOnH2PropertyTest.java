package io.github.entraide.examples.hostile;

import java.util.UUID;

/** The test kit's hostile-input suite on the JDBC adapter over H2 (PostgreSQL mode), in memory. */
class HostileInputOnH2PropertyTest extends HostileInputOnJdbc {

    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Override
    protected int payloadsPerFamily() {
        return 2;
    }
}
