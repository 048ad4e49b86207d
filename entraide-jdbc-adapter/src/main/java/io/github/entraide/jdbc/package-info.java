/**
 * Storage on PostgreSQL (production) and H2 (embedded default) through plain JDBC:
 * {@link io.github.entraide.jdbc.JdbcStorage}, its versioned schema with its own history table,
 * and the outbox table claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
package io.github.entraide.jdbc;
