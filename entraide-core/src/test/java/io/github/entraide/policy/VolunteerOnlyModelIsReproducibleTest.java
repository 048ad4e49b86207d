package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The shipped model of the learned arbiter is exactly what {@link VolunteerOnlyModelTrainer} makes from the labelled
 * corpora, so the model cannot drift from its data; prints the cross-validation figures of rules + model on the
 * training data. Run with {@code -Dentraide.writeModel=true} to rewrite the shipped file after a corpus change (the L2
 * strength is then chosen again by cross-validation; the check alone reuses the shipped one).
 */
class VolunteerOnlyModelIsReproducibleTest {

    /** The training examples and their out-of-fold probabilities, computed once for both tests (about a minute). */
    private static final class Shared {
        static final List<VolunteerOnlyModelTrainer.Example> EXAMPLES = VolunteerOnlyModelTrainer.trainingExamples();
        static final VolunteerOnlyModelTrainer.CrossValidation CV = VolunteerOnlyModelTrainer.crossValidation(EXAMPLES,
                Boolean.getBoolean("entraide.writeModel"));
    }

    @Test
    void retrainingFromTheCorporaGivesTheShippedModel() throws IOException {
        // the L2 strength is the shipped one, searched again only when the model is rewritten
        String trained = VolunteerOnlyModelTrainer.trainedFile(Shared.EXAMPLES, Shared.CV);
        if (Boolean.getBoolean("entraide.writeModel")) {
            Files.writeString(Path.of("src/main/resources/io/github/entraide/policy", LearnedArbiter.RESOURCE), trained,
                    StandardCharsets.UTF_8);
        }
        String shipped;
        try (InputStream in = LearnedArbiter.class.getResourceAsStream(LearnedArbiter.RESOURCE)) {
            assertThat(in).as("shipped model").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(trained);
    }

    /**
     * Cross-validated figures on the training data: each phrase's rule verdict (with its category) arbitrated by a model
     * that did not see it (out of fold), with the thresholds chosen on the same out-of-fold probabilities.
     */
    @Test
    void crossValidationOnTheTrainingDataIsReported() {
        List<VolunteerOnlyModelTrainer.Example> examples = Shared.EXAMPLES;
        VolunteerOnlyModelTrainer.CrossValidation cv = Shared.CV;
        double[] t = VolunteerOnlyModelTrainer.thresholds(examples, cv.outOfFold());
        int[] rules = new int[4];
        int[] both = new int[4];
        int[] model = new int[4];
        int paid = 0;
        int free = 0;
        for (int i = 0; i < examples.size(); i++) {
            VolunteerOnlyModelTrainer.Example e = examples.get(i);
            VolunteerOnlyAssessment a = VolunteerOnlyModelTrainer.RULES.assess(e.phrase().text(), e.phrase().context());
            double p = cv.scores()[i].probability();
            VolunteerOnlyVerdict arbitrated = a.verdict();
            if (a.isRejected() && p < t[0]) {
                arbitrated = VolunteerOnlyVerdict.NEEDS_REVIEW; // as the policy does: a moderator, never accepted
            } else if (a.requiresReview() && p < t[0]) {
                arbitrated = VolunteerOnlyVerdict.ACCEPTED;
            } else if (a.isAccepted() && LearnedArbiter.confidentlyDoubtful(cv.scores()[i], t[1])) {
                arbitrated = VolunteerOnlyVerdict.NEEDS_REVIEW;
            }
            boolean modelAlone = p >= 0.5;
            if (e.label() == 1) {
                paid++;
            } else {
                free++;
            }
            count(rules, e.label(), a.verdict() != VolunteerOnlyVerdict.ACCEPTED, a.isRejected());
            count(both, e.label(), arbitrated != VolunteerOnlyVerdict.ACCEPTED, arbitrated == VolunteerOnlyVerdict.REJECTED);
            count(model, e.label(), modelAlone, false);
        }
        System.out.printf(Locale.ROOT, "cross-validation (%d folds, lambda %s, acceptBelow %s, reviewAbove %s), %d phrases"
                        + " (%d paid or review, %d free)%n", VolunteerOnlyModelTrainer.FOLDS, cv.lambda(), t[0], t[1],
                examples.size(), paid, free);
        print("rules alone (tuned on these sets)", rules, paid, free);
        print("rules + model (out of fold)", both, paid, free);
        print("model alone at 0.5 (out of fold)", model, paid, free);
        assertThat(both[3]).as("the model never makes an innocent text REJECTED").isLessThanOrEqualTo(rules[3]);
        assertThat(t[0]).isLessThan(t[1]);
    }

    /** tp, fp, fn, free rejected. */
    private static void count(int[] c, int label, boolean flagged, boolean rejected) {
        if (label == 1 && flagged) {
            c[0]++;
        } else if (label == 0 && flagged) {
            c[1]++;
            if (rejected) {
                c[3]++;
            }
        } else if (label == 1) {
            c[2]++;
        }
    }

    private static void print(String name, int[] c, int paid, int free) {
        System.out.printf(Locale.ROOT, "  %s: precision %.3f, recall %.3f, innocent accepted %.3f, innocent REJECTED %d%n",
                name, (double) c[0] / Math.max(1, c[0] + c[1]), (double) c[0] / paid, (double) (free - c[1]) / free, c[3]);
    }
}
