package io.github.entraide.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.entraide.ConflictException;
import io.github.entraide.StorageException;
import io.github.entraide.internal.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * Conversions between domain values and columns: instants as BIGINT nanoseconds since the epoch
 * (UTC, exact on H2 and PostgreSQL, from 1677-09-21 to 2262-04-11), nested values as JSON text
 * through Entraide's Jackson mapper. Stateless.
 */
final class Codec {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** SQLState of a unique or primary key violation, on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLState of a serialization failure (H2 also reports a deadlock with it). */
    static final String SERIALIZATION_FAILURE = "40001";
    /** SQLState of a deadlock PostgreSQL detected. */
    static final String DEADLOCK_DETECTED = "40P01";

    private Codec() {
    }

    static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("instant " + instant + " is outside 1677-09-21..2262-04-11", e);
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getLong(column));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(instant(value));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(instant(value));
    }

    static void setOptionalInstant(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(index, nanos(value.get()));
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    static void setOptionalString(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("write JSON of " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T fromJson(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("read JSON of " + type.getSimpleName(), e);
        }
    }

    static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("read JSON of " + type.getType().getTypeName(), e);
        }
    }

    static <T> Optional<T> optionalJson(ResultSet rs, String column, Class<T> type) throws SQLException {
        String json = rs.getString(column);
        return json == null ? Optional.empty() : Optional.of(fromJson(json, type));
    }

    static void setOptionalJson(PreparedStatement ps, int index, Optional<?> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, json(value.get()));
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    /**
     * Whether an exception, or one chained to it, is a unique or primary key violation.
     *
     * @param e the exception
     * @return true for SQLState 23505
     */
    static boolean isUniqueViolation(SQLException e) {
        return hasState(e, java.util.Set.of(UNIQUE_VIOLATION));
    }

    /**
     * Whether the database rolled the transaction back because of concurrent ones: a deadlock it
     * detected or a serialization failure.
     *
     * @param e the exception
     * @return true for SQLState 40P01 or 40001
     */
    static boolean isConcurrencyRollback(SQLException e) {
        return hasState(e, java.util.Set.of(DEADLOCK_DETECTED, SERIALIZATION_FAILURE));
    }

    private static boolean hasState(SQLException e, java.util.Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (states.contains(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The exception to throw for a driver failure: a {@link ConflictException} for a unique
     * violation, or for a transaction the database rolled back because of concurrent ones (a
     * detected deadlock, a serialization failure), a {@link StorageException} otherwise, each
     * with the cause.
     *
     * @param operation what was being done (no personal data)
     * @param kind the kind of record, for conflicts
     * @param e the driver's exception
     * @return the exception to throw
     */
    static RuntimeException translate(String operation, String kind, SQLException e) {
        if (isUniqueViolation(e)) {
            return new ConflictException(kind, "id", e);
        }
        if (isConcurrencyRollback(e)) {
            return ConflictException.concurrentTransactions(operation, e);
        }
        return new StorageException(operation, e);
    }
}
