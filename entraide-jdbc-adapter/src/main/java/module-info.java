/**
 * Entraide's JDBC storage: PostgreSQL in production, H2 embedded. Depends on the core only; the
 * portal supplies the driver and the {@link javax.sql.DataSource}.
 */
module io.github.entraide.jdbc {
    requires transitive io.github.entraide.core;
    requires transitive java.sql;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.entraide.jdbc;
}
