package io.github.entraide.examples;

/** Quickstart placeholder. */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        System.out.println("Entraide quickstart");
    }
}
