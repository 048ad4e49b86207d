package io.github.entraide.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A labelled corpus read from a {@code label<TAB>lang<TAB>text} resource, and its measurement. */
final class LabelledCorpus {

    record Phrase(int line, String label, String lang, String text) {
        boolean paid() {
            return !label.equals("free");
        }
    }

    record Measure(int total, int paid, int free, int truePositives, int falsePositives, int falseNegatives,
                   int paidRejected, int paidReviewed, int freeReviewed, int freeRejected, List<String> errors) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        /** Share of innocent ("free") phrases that are ACCEPTED. */
        double innocentAccepted() {
            return free == 0 ? 1.0 : (double) (free - falsePositives) / free;
        }

        String report(String name) {
            return String.format(Locale.ROOT, "%s: %d phrases (%d paid or review, %d free); precision %.3f, recall %.3f;"
                            + " innocent accepted %.3f; paid -> %d REJECTED + %d NEEDS_REVIEW; free -> %d NEEDS_REVIEW + %d REJECTED; TP %d FP %d FN %d",
                    name, total, paid, free, precision(), recall(), innocentAccepted(), paidRejected, paidReviewed, freeReviewed, freeRejected,
                    truePositives, falsePositives, falseNegatives);
        }
    }

    private LabelledCorpus() {
    }

    static List<Phrase> load(String resource) {
        InputStream in = Objects.requireNonNull(LabelledCorpus.class.getResourceAsStream(resource), resource);
        List<Phrase> phrases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                if (columns.length != 3 || !List.of("paid", "free", "review").contains(columns[0])) {
                    throw new IllegalStateException(resource + ":" + number + " is not label<TAB>lang<TAB>text");
                }
                phrases.add(new Phrase(number, columns[0], columns[1], columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }

    static Measure measure(VolunteerOnlyPolicy policy, List<Phrase> phrases) {
        int tp = 0, fp = 0, fn = 0, paid = 0, paidRejected = 0, paidReviewed = 0, freeReviewed = 0, freeRejected = 0;
        List<String> errors = new ArrayList<>();
        for (Phrase phrase : phrases) {
            VolunteerOnlyAssessment a = policy.assess(phrase.text());
            boolean predicted = !a.isAccepted();
            if (phrase.paid()) {
                paid++;
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                    errors.add("MISSED    line " + phrase.line() + " [" + phrase.label() + "] " + phrase.text());
                }
                if (a.isRejected()) {
                    paidRejected++;
                } else if (a.requiresReview()) {
                    paidReviewed++;
                }
            } else if (predicted) {
                fp++;
                if (a.isRejected()) {
                    freeRejected++;
                } else {
                    freeReviewed++;
                }
                errors.add("FLAGGED   line " + phrase.line() + " " + a.verdict() + " " + a.reasons() + " " + phrase.text());
            }
        }
        return new Measure(phrases.size(), paid, phrases.size() - paid, tp, fp, fn, paidRejected, paidReviewed,
                freeReviewed, freeRejected, errors);
    }
}
