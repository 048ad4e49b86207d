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

/**
 * A labelled corpus read from a {@code label<TAB>lang<TAB>text} resource, or {@code label<TAB>lang<TAB>category<TAB>text}
 * where the category is a catalogue id ({@code homework}, {@code other.administrative-help}&hellip;), and its
 * measurement. Phrases without a category are assessed with {@link AssessmentContext#unknown()}.
 */
final class LabelledCorpus {

    record Phrase(int line, String label, String lang, String category, String text) {
        AssessmentContext context() {
            return AssessmentContext.of(kindOf(category));
        }

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
                String[] columns = line.split("\t", 4);
                if (columns.length < 3 || !List.of("paid", "free", "review").contains(columns[0])) {
                    throw new IllegalStateException(resource + ":" + number + " is not label<TAB>lang<TAB>[category<TAB>]text");
                }
                if (columns.length == 4) {
                    kindOf(columns[2]); // fails on an unknown category
                    phrases.add(new Phrase(number, columns[0], columns[1], columns[2], columns[3]));
                } else {
                    phrases.add(new Phrase(number, columns[0], columns[1], "", columns[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }

    /** The default catalogue's categories, as the use cases map them (see ModerationService). */
    static AssessmentContext.Kind kindOf(String category) {
        return switch (category) {
            case "" -> AssessmentContext.Kind.UNKNOWN;
            case "homework" -> AssessmentContext.Kind.HOMEWORK;
            case "other.administrative-help" -> AssessmentContext.Kind.ADMINISTRATIVE_HELP;
            case "other.it-help" -> AssessmentContext.Kind.IT_HELP;
            case "groceries" -> AssessmentContext.Kind.GROCERIES;
            case "conversation" -> AssessmentContext.Kind.CONVERSATION;
            case "other", "other.pet-walking", "other.mask-making", "other.printing-attestations" -> AssessmentContext.Kind.OTHER;
            default -> throw new IllegalStateException("unknown category " + category);
        };
    }

    /** Measures with each phrase's category, when the corpus gives one. */
    static Measure measure(VolunteerOnlyPolicy policy, List<Phrase> phrases) {
        return measure(policy, phrases, true);
    }

    /**
     * Measures the policy.
     *
     * @param withCategory whether to pass each phrase's category; false assesses the text alone
     */
    static Measure measure(VolunteerOnlyPolicy policy, List<Phrase> phrases, boolean withCategory) {
        int tp = 0, fp = 0, fn = 0, paid = 0, paidRejected = 0, paidReviewed = 0, freeReviewed = 0, freeRejected = 0;
        List<String> errors = new ArrayList<>();
        for (Phrase phrase : phrases) {
            VolunteerOnlyAssessment a = withCategory ? policy.assess(phrase.text(), phrase.context())
                    : policy.assess(phrase.text());
            boolean predicted = !a.isAccepted();
            if (phrase.paid()) {
                paid++;
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                    errors.add("MISSED    line " + phrase.line() + " [" + phrase.label() + "] " + a.verdict() + " " + phrase.text());
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
