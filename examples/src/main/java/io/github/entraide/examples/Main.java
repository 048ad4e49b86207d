package io.github.entraide.examples;

import io.github.entraide.examples.portal.PortalConfig;
import io.github.entraide.examples.portal.PortalServer;
import io.github.entraide.examples.portal.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Entry point of {@code examples/target/entraide-demo.jar}:
 * <ul>
 *   <li>no argument (or {@code portal}): the demo city portal on http://localhost:8080;</li>
 *   <li>{@code scenario}: the Grenoble scenario, headless, ending with one line of JSON; it waits
 *       up to {@code ENTRAIDE_SCENARIO_DRAIN_SECONDS} (default 300) for its e-mails to be sent,
 *       exits 0 when all were, 1 otherwise (with a message in French and English);</li>
 *   <li>{@code quickstart}: the quickstart on in-memory adapters.</li>
 * </ul>
 * Configuration comes from environment variables (see {@link PortalConfig}).
 */
public final class Main {
    /** Seconds the scenario waits for the outbox to drain by default (an SMTP server down at start). */
    static final long DEFAULT_DRAIN_SECONDS = 300;

    /** The portal the default command started, for the smoke test to stop. */
    static volatile PortalServer portal;

    private Main() {
    }

    /**
     * Runs a command and exits with its status (the portal keeps running).
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
        if (args.length > 0 && "scenario".equals(args[0])) {
            System.exit(0); // the relay's and SMTP server's threads must not keep the JVM alive
        }
    }

    /**
     * How long the scenario waits for its e-mails once it has run: {@code ENTRAIDE_SCENARIO_DRAIN_SECONDS},
     * default {@value #DEFAULT_DRAIN_SECONDS}.
     */
    static Duration drainTimeout(Map<String, String> env) {
        String value = env.getOrDefault("ENTRAIDE_SCENARIO_DRAIN_SECONDS", "").strip();
        if (value.isEmpty()) {
            return Duration.ofSeconds(DEFAULT_DRAIN_SECONDS);
        }
        long seconds;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ENTRAIDE_SCENARIO_DRAIN_SECONDS is not a number", e);
        }
        if (seconds < 0) {
            throw new IllegalArgumentException("ENTRAIDE_SCENARIO_DRAIN_SECONDS must be 0 or more");
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * Runs a command.
     *
     * @param args the command and its arguments
     * @param env the environment variables
     * @param out standard output
     * @param err standard error
     * @return the exit status (0 when the portal started)
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "portal" : args[0];
        try {
            switch (command) {
                case "portal":
                    portal = PortalServer.runForever(PortalConfig.fromEnvironment(env), out);
                    return 0;
                case "scenario":
                    return Scenario.run(PortalConfig.fromEnvironment(env), Scenario.Size.grenoble(),
                            drainTimeout(env), out, err);
                case "quickstart":
                    Quickstart.main(Arrays.copyOfRange(args, 1, args.length));
                    return 0;
                default:
                    err.println("Unknown command: " + command + ". Commands: portal (default), scenario, quickstart");
                    return 2;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("Configuration error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Cannot start the portal: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // A database or SMTP server that cannot be reached at start, for example.
            err.println("Cannot run " + command + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
