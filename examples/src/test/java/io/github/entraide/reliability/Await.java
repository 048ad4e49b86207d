package io.github.entraide.reliability;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Deadline-bounded polling of a condition on state (never a fixed sleep standing for synchronisation). */
final class Await {
    private Await() {
    }

    /**
     * Polls until the condition holds.
     *
     * @throws AssertionError with the description (and the last observed state) at the deadline
     */
    static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<?> observed) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; observed: "
                        + observed.get());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition, () -> "-");
    }
}
