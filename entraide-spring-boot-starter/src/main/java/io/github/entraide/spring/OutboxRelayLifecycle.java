package io.github.entraide.spring;

import io.github.entraide.relay.OutboxRelay;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Ties the {@link OutboxRelay} to the application context: started in the last lifecycle phase
 * (after the web server, just before the application is ready) and stopped first when the context
 * closes, letting the message in flight finish within the configured timeout. After {@link #stop()}
 * the relay's thread has ended.
 *
 * <p>Thread-safe.
 */
public final class OutboxRelayLifecycle implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayLifecycle.class);

    /** Name of the thread the relay's loop runs on. */
    public static final String THREAD_NAME = "entraide-outbox-relay";

    private final OutboxRelay relay;
    private final RelayThread thread;
    private final Duration shutdownTimeout;
    private volatile boolean running;

    /**
     * @param relay the relay to run, built with {@link RelayThread} as its executor
     * @param thread the executor given to the relay, joined on {@link #stop()}
     * @param shutdownTimeout how long {@link #stop()} waits for the message in flight
     */
    public OutboxRelayLifecycle(OutboxRelay relay, RelayThread thread, Duration shutdownTimeout) {
        this.relay = Objects.requireNonNull(relay, "relay");
        this.thread = Objects.requireNonNull(thread, "thread");
        this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    }

    @Override
    public synchronized void start() {
        if (!running) {
            relay.start();
            running = true;
            LOG.info("Entraide outbox relay started");
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            running = false;
            try {
                if (!relay.shutdown(shutdownTimeout) || !thread.join(shutdownTimeout)) {
                    LOG.warn("Entraide outbox relay did not stop within {}", shutdownTimeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.info("Entraide outbox relay stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Last phase: the relay starts after everything else and stops before anything else. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    /** @return the relay this lifecycle runs */
    public OutboxRelay relay() {
        return relay;
    }

    /**
     * The relay's executor: runs its loop on one daemon thread named {@value #THREAD_NAME} that
     * {@link OutboxRelayLifecycle#stop()} joins, so that no thread outlives the context.
     *
     * <p>Thread-safe.
     */
    public static final class RelayThread implements Executor {
        private Thread thread;

        /** Creates an executor with no thread yet. */
        public RelayThread() {
        }

        @Override
        public synchronized void execute(Runnable command) {
            Objects.requireNonNull(command, "command");
            if (thread != null && thread.isAlive()) {
                throw new IllegalStateException("the outbox relay already runs");
            }
            thread = new Thread(command, THREAD_NAME);
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * Waits for the thread to end.
         *
         * @param timeout how long to wait
         * @return true if no thread runs any more
         * @throws InterruptedException if interrupted while waiting
         */
        public boolean join(Duration timeout) throws InterruptedException {
            Thread current;
            synchronized (this) {
                current = thread;
            }
            if (current == null) {
                return true;
            }
            current.join(Math.max(1, timeout.toMillis()));
            return !current.isAlive();
        }
    }
}
