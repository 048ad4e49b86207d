package io.github.entraide.jdbc;

import io.github.entraide.StorageException;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The relay side of the outbox table. Each call is a short transaction of its own. A claim
 * selects due, unleased messages in sequence order with {@code FOR UPDATE SKIP LOCKED} (rows
 * another claim is leasing at that moment are skipped rather than waited for), then writes their
 * lease in the same transaction: relays on several nodes each claim a message once. Thread-safe.
 */
final class JdbcOutbox implements Outbox {
    private static final int MAX_ERROR_LENGTH = 1000;
    static final String COLUMNS = "id, territory_id, sequence, kind, type, payload, created_at, status,"
            + " attempts, next_attempt_at, last_error";

    private final JdbcStorage storage;

    JdbcOutbox(JdbcStorage storage) {
        this.storage = storage;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T transaction(String operation, Work<T> work) {
        Connection c = storage.open(operation);
        boolean committed = false;
        try {
            T result = work.run(c);
            c.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            JdbcStorage.rollback(c, e);
            throw new StorageException(operation, e);
        } finally {
            if (!committed) {
                JdbcStorage.rollback(c, null);
            }
            JdbcStorage.close(c);
        }
    }

    private String table() {
        return storage.tables().outbox();
    }

    static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getString("id"), TerritoryId.of(rs.getString("territory_id")),
                rs.getLong("sequence"), OutboxMessage.Kind.valueOf(rs.getString("kind")), rs.getString("type"),
                rs.getString("payload"), Codec.instant(rs, "created_at"),
                OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Codec.instant(rs, "next_attempt_at"), Optional.ofNullable(rs.getString("last_error")));
    }

    private static String error(String error) {
        Objects.requireNonNull(error, "error");
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    @Override
    public List<OutboxMessage> claim(int max, Instant now, Duration lease) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        long nowNanos = Codec.nanos(now);
        long until = Codec.nanos(now.plus(lease));
        return transaction("claim outbox messages", c -> {
            List<OutboxMessage> claimed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table()
                    + " WHERE status = 'PENDING' AND next_attempt_at <= ? AND (leased_until IS NULL OR leased_until <= ?)"
                    + " ORDER BY sequence LIMIT " + max + " FOR UPDATE SKIP LOCKED")) {
                ps.setLong(1, nowNanos);
                ps.setLong(2, nowNanos);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(message(rs));
                    }
                }
            }
            if (!claimed.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table()
                        + " SET leased_until = ? WHERE id = ?")) {
                    for (OutboxMessage m : claimed) {
                        ps.setLong(1, until);
                        ps.setString(2, m.id());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return claimed;
        });
    }

    private int update(String operation, String sql, JdbcTransaction.Binder binder) {
        return transaction(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void markSent(String id, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        update("mark outbox message sent", "UPDATE " + table() + " SET status = 'SENT', attempts = attempts + 1,"
                + " next_attempt_at = ?, leased_until = NULL WHERE id = ? AND status <> 'SENT'", ps -> {
                    ps.setLong(1, Codec.nanos(now));
                    ps.setString(2, id);
                });
    }

    @Override
    public void markFailed(String id, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        String text = error(error);
        update("mark outbox message failed", "UPDATE " + table() + " SET attempts = attempts + 1,"
                + " next_attempt_at = ?, last_error = ?, leased_until = NULL WHERE id = ? AND status = 'PENDING'", ps -> {
                    ps.setLong(1, Codec.nanos(nextAttemptAt));
                    ps.setString(2, text);
                    ps.setString(3, id);
                });
    }

    @Override
    public void markDead(String id, Instant now, String error) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        String text = error(error);
        update("mark outbox message dead", "UPDATE " + table() + " SET status = 'DEAD', attempts = attempts + 1,"
                + " next_attempt_at = ?, last_error = ?, leased_until = NULL WHERE id = ?", ps -> {
                    ps.setLong(1, Codec.nanos(now));
                    ps.setString(2, text);
                    ps.setString(3, id);
                });
    }

    @Override
    public boolean requeue(String id, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        return update("requeue outbox message", "UPDATE " + table() + " SET status = 'PENDING', next_attempt_at = ?,"
                + " leased_until = NULL WHERE id = ? AND status = 'DEAD'", ps -> {
                    ps.setLong(1, Codec.nanos(now));
                    ps.setString(2, id);
                }) == 1;
    }

    @Override
    public Optional<OutboxMessage> find(String id) {
        Objects.requireNonNull(id, "id");
        return transaction("find outbox message", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table() + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(message(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<OutboxMessage> dead(TerritoryId territoryId) {
        Objects.requireNonNull(territoryId, "territoryId");
        return transaction("list dead outbox messages", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table()
                    + " WHERE territory_id = ? AND status = 'DEAD' ORDER BY sequence")) {
                ps.setString(1, territoryId.value());
                List<OutboxMessage> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(message(rs));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public long pendingCount() {
        return transaction("count pending outbox messages", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table()
                    + " WHERE status = 'PENDING'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<Instant> oldestPendingCreatedAt() {
        return transaction("find the oldest pending outbox message", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(created_at) FROM " + table()
                    + " WHERE status = 'PENDING'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Codec.optionalInstant(rs, 1);
            }
        });
    }

    @Override
    public long deadCount() {
        return transaction("count dead outbox messages", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table()
                    + " WHERE status = 'DEAD'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
