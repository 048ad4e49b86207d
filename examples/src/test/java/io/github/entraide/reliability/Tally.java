package io.github.entraide.reliability;

import io.github.entraide.ConflictException;
import io.github.entraide.EntraideException;
import io.github.entraide.StorageException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Runs use cases as a portal would and counts what happened: successes, refusals (a rule said no,
 * which is a normal answer under concurrency), conflicts (retried at once in a new transaction,
 * as the library asks), and failures (anything else, such as a {@link StorageException}).
 * Thread-safe.
 */
final class Tally {
    /** How many times a use case is retried after a {@link ConflictException}. */
    static final int MAX_RETRIES = 50;

    private final Map<String, LongAdder> succeeded = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> conflicts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();
    private final LongAdder gaveUp = new LongAdder();
    private final Queue<String> failureSamples = new ConcurrentLinkedQueue<>();

    /**
     * Runs a use case, retrying it on conflicts.
     *
     * @return its result, or empty if refused, failed or given up
     */
    <T> Optional<T> run(String kind, Supplier<T> useCase) {
        for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
            try {
                T result = useCase.get();
                count(succeeded, kind);
                return Optional.of(result);
            } catch (ConflictException e) {
                count(conflicts, kind);
            } catch (StorageException e) {
                fail(kind, e);
                return Optional.empty();
            } catch (EntraideException e) {
                count(refused, kind + ":" + e.code().name().toLowerCase(java.util.Locale.ROOT));
                return Optional.empty();
            } catch (RuntimeException e) {
                fail(kind, e);
                return Optional.empty();
            }
        }
        gaveUp.increment();
        return Optional.empty();
    }

    private void fail(String kind, RuntimeException e) {
        count(failed, kind);
        if (failureSamples.size() < 20) {
            failureSamples.add(kind + ": " + describe(e));
        }
    }

    /** The exception's class chain and SQLStates (no message: it could hold personal data). */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                b.append('[').append(sql.getSQLState()).append(']');
            }
            if (!(t instanceof EntraideException)) {
                // Where an unexpected exception came from, as a frame of the library (no message).
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith("io.github.entraide.")
                            && !frame.getClassName().startsWith("io.github.entraide.reliability.")) {
                        b.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                                .append(':').append(frame.getLineNumber());
                        break;
                    }
                }
            }
        }
        return b.toString();
    }

    private static void count(Map<String, LongAdder> map, String kind) {
        map.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long succeeded(String kind) {
        LongAdder a = succeeded.get(kind);
        return a == null ? 0 : a.sum();
    }

    Map<String, Long> succeeded() {
        return snapshot(succeeded);
    }

    Map<String, Long> refused() {
        return snapshot(refused);
    }

    Map<String, Long> conflicts() {
        return snapshot(conflicts);
    }

    Map<String, Long> failed() {
        return snapshot(failed);
    }

    long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    long gaveUp() {
        return gaveUp.sum();
    }

    Queue<String> failureSamples() {
        return failureSamples;
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> map) {
        Map<String, Long> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
