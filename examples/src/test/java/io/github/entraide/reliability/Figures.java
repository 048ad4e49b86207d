package io.github.entraide.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The figures a reliability test measured, written as one JSON object to
 * {@code target/guarantees/<TestName>.json} (relative to the module, where Surefire runs) and
 * printed as one summary line, so that the README's "Guarantees" table can be filled from a run.
 * Insertion-ordered; values are numbers, booleans, strings, collections or nested maps. Not
 * thread-safe: fill it from the test's thread once the work is done.
 */
final class Figures {
    private final String testName;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Figures(String testName) {
        this.testName = testName;
    }

    /** @return empty figures for a test class */
    static Figures of(Class<?> testClass) {
        return new Figures(testClass.getSimpleName());
    }

    /** Adds (or replaces) a figure. */
    Figures put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** Adds a nested group of figures, for one scenario of the test. */
    Figures put(String key, Figures nested) {
        values.put(key, nested.values);
        return this;
    }

    /** @return a nested group, for one scenario (written with the parent) */
    static Figures scenario() {
        return new Figures("");
    }

    /** Writes the JSON file and prints the summary line; returns the file. */
    Path write() {
        Path dir = Path.of("target", "guarantees");
        Path file = dir.resolve(testName + ".json");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, json(values) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!values.isEmpty()) {
            System.out.println("[guarantees] " + testName + ": " + summary(values) + " -> " + file);
        }
        return file;
    }

    private static String summary(Map<?, ?> map) {
        StringJoiner line = new StringJoiner(", ");
        map.forEach((k, v) -> line.add(k + "=" + (v instanceof Map<?, ?> m ? "{" + summary(m) + "}" : v)));
        return line.toString();
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> j.add(string(String.valueOf(k)) + ": " + json(v)));
            return j.toString();
        }
        if (value instanceof Collection<?> list) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            list.forEach(v -> j.add(json(v)));
            return j.toString();
        }
        return string(value.toString());
    }

    private static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
