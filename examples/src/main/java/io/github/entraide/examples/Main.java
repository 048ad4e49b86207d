package io.github.entraide.examples;

import java.util.Arrays;

/**
 * Entry point of {@code examples/target/entraide-demo.jar}. With no argument (or
 * {@code quickstart}) it runs the quickstart on in-memory adapters.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs an example.
     *
     * @param args the example's name and its arguments
     */
    public static void main(String[] args) {
        String command = args.length == 0 ? "quickstart" : args[0];
        switch (command) {
            case "quickstart":
                Quickstart.main(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
                break;
            default:
                System.err.println("Unknown command: " + command + ". Commands: quickstart");
                System.exit(2);
        }
    }
}
