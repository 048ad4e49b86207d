package io.github.entraide.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the learned arbiter of the volunteer-only policy from the labelled corpora and writes
 * {@code volunteer-only-model.txt} (run {@link #main(String[])} from the module directory). Deterministic: features in
 * sorted order, full-batch gradient descent with a fixed step and a fixed number of iterations, folds by position, no
 * randomness; {@code VolunteerOnlyModelIsReproducibleTest} checks that retraining gives the shipped file exactly.
 *
 * <p>Label: 1 for {@code paid} and {@code review}, 0 for {@code free}. Features: {@link LearnedArbiter#features}, kept
 * when they occur in at least {@value #MIN_TEXTS} training texts. The L2 strength is chosen among {@link #LAMBDAS} by
 * {@value #FOLDS}-fold cross-validation (log loss); the thresholds from the out-of-fold probabilities: a rule's
 * {@code NEEDS_REVIEW} is accepted below the probability under which at most {@value #PAID_LOST} of the paid or
 * doubtful texts fall, a rule's {@code ACCEPTED} goes to review above the probability over which at most
 * {@value #FREE_FLAGGED} of the innocent texts rise (the same {@code acceptBelow} sends a rules' rejection to a
 * moderator). Every labelled set is training data since the end of issue 18's rounds: heldout-5 to heldout-14 were
 * each run once, clean, then became development data (their clean figures are in {@code docs/volunteer-only.md});
 * there is no clean set left for this model, and the next one must be written by new authors before any change.
 */
final class VolunteerOnlyModelTrainer {

    /** Every labelled set: none is left clean (see the class comment). */
    static final List<String> TRAINING_SETS = List.of("/volunteer-only-corpus.tsv", "/volunteer-only-heldout.tsv",
            "/volunteer-only-context-dev.tsv", "/volunteer-only-context-heldout.tsv",
            "/volunteer-only-context-dev-categories.tsv", "/volunteer-only-context-heldout-2.tsv",
            "/volunteer-only-context-heldout-3.tsv", "/volunteer-only-context-heldout-4.tsv",
            "/volunteer-only-context-heldout-5.tsv", "/volunteer-only-context-dev-6.tsv",
            "/volunteer-only-context-heldout-6.tsv", "/volunteer-only-context-dev-7.tsv",
            "/volunteer-only-context-heldout-7.tsv", "/volunteer-only-context-heldout-8.tsv",
            "/volunteer-only-context-heldout-9.tsv", "/volunteer-only-context-heldout-10.tsv",
            "/volunteer-only-context-heldout-11.tsv", "/volunteer-only-context-heldout-12.tsv",
            "/volunteer-only-context-heldout-13.tsv", "/volunteer-only-context-heldout-14.tsv", "/volunteer-only-short.tsv");

    static final int FOLDS = 5;
    static final int MIN_TEXTS = 2;
    static final int ITERATIONS = 600;
    static final double STEP = 1.0;
    static final double[] LAMBDAS = {0.00003, 0.0001, 0.0003, 0.001, 0.003};
    static final double PAID_LOST = 0.01;
    static final double FREE_FLAGGED = 0.02;

    record Example(List<LearnedArbiter.Feature> features, int label, LabelledCorpus.Phrase phrase, String set) {
    }

    record Model(double bias, TreeMap<String, Double> weights) {
    }

    /** The cross-validation's out-of-fold scores, with the chosen L2 strength. */
    record CrossValidation(double lambda, LearnedArbiter.Score[] scores) {
        /** The out-of-fold probabilities, in the examples' order. */
        double[] outOfFold() {
            return java.util.Arrays.stream(scores).mapToDouble(LearnedArbiter.Score::probability).toArray();
        }
    }

    private VolunteerOnlyModelTrainer() {
    }

    static final VolunteerOnlyPolicy RULES = VolunteerOnlyPolicy.builder().withoutLearnedArbiter().build();

    static Example example(LabelledCorpus.Phrase phrase, String set, boolean withCategory) {
        AssessmentContext context = withCategory ? phrase.context() : AssessmentContext.unknown();
        VolunteerOnlyAssessment rules = RULES.assess(phrase.text(), context);
        List<LearnedArbiter.Feature> features = LearnedArbiter.features(NormalizedText.of(phrase.text()).text(),
                context.kind(), !rules.reasons().isEmpty());
        return new Example(features, phrase.paid() ? 1 : 0, phrase, set);
    }

    static List<Example> trainingExamples() {
        List<Example> examples = new ArrayList<>();
        for (String set : TRAINING_SETS) {
            for (LabelledCorpus.Phrase phrase : LabelledCorpus.load(set)) {
                examples.add(example(phrase, set, true));
            }
        }
        return examples;
    }

    static Model train(List<Example> examples, double lambda) {
        Map<String, Integer> textCounts = new HashMap<>();
        for (Example e : examples) {
            for (String name : new TreeSet<>(names(e))) {
                textCounts.merge(name, 1, Integer::sum);
            }
        }
        TreeSet<String> kept = new TreeSet<>();
        textCounts.forEach((name, count) -> {
            if (count >= MIN_TEXTS) {
                kept.add(name);
            }
        });
        List<String> index = new ArrayList<>(kept);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            position.put(index.get(i), i);
        }
        int[][] rows = new int[examples.size()][];
        for (int r = 0; r < examples.size(); r++) {
            rows[r] = new TreeSet<>(names(examples.get(r))).stream().filter(position::containsKey)
                    .mapToInt(position::get).sorted().toArray();
        }
        double[] w = new double[index.size()];
        double bias = 0;
        int n = examples.size();
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[w.length];
            double biasGradient = 0;
            for (int r = 0; r < n; r++) {
                double z = bias;
                for (int f : rows[r]) {
                    z += w[f];
                }
                double error = 1.0 / (1.0 + Math.exp(-z)) - examples.get(r).label();
                biasGradient += error;
                for (int f : rows[r]) {
                    gradient[f] += error;
                }
            }
            for (int f = 0; f < w.length; f++) {
                w[f] -= STEP * (gradient[f] / n + lambda * w[f]);
            }
            bias -= STEP * biasGradient / n;
        }
        TreeMap<String, Double> weights = new TreeMap<>();
        for (int f = 0; f < w.length; f++) {
            double rounded = Double.parseDouble(LearnedArbiter.format(w[f]));
            if (rounded != 0.0) {
                weights.put(index.get(f), rounded);
            }
        }
        return new Model(Double.parseDouble(LearnedArbiter.format(bias)), weights);
    }

    private static List<String> names(Example e) {
        List<String> names = new ArrayList<>(e.features().size());
        e.features().forEach(f -> names.add(f.name()));
        return names;
    }

    static CrossValidation outOfFold(List<Example> examples, double lambda) {
        LearnedArbiter.Score[] scores = new LearnedArbiter.Score[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(examples.get(i));
                }
            }
            Model model = train(train, lambda);
            LearnedArbiter arbiter = new LearnedArbiter(model.bias(), 0, 1, model.weights()); // built once per fold
            for (int i = fold; i < examples.size(); i += FOLDS) {
                scores[i] = arbiter.score(examples.get(i).features());
            }
        }
        return new CrossValidation(lambda, scores);
    }

    static CrossValidation crossValidate(List<Example> examples) {
        double bestLoss = Double.MAX_VALUE;
        CrossValidation best = null;
        for (double lambda : LAMBDAS) {
            CrossValidation cv = outOfFold(examples, lambda);
            double[] p = cv.outOfFold();
            double loss = 0;
            for (int i = 0; i < p.length; i++) {
                double q = Math.min(Math.max(p[i], 1e-9), 1 - 1e-9);
                loss -= examples.get(i).label() == 1 ? Math.log(q) : Math.log(1 - q);
            }
            loss /= p.length;
            System.out.printf(Locale.ROOT, "lambda %s: out-of-fold log loss %.4f%n", lambda, loss);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = cv;
            }
        }
        return best;
    }

    /** {acceptBelow, reviewAbove} from out-of-fold probabilities. */
    static double[] thresholds(List<Example> examples, double[] p) {
        double[] paid = new double[0];
        double[] free = new double[0];
        for (int i = 0; i < p.length; i++) {
            if (examples.get(i).label() == 1) {
                paid = Arrays.copyOf(paid, paid.length + 1);
                paid[paid.length - 1] = p[i];
            } else {
                free = Arrays.copyOf(free, free.length + 1);
                free[free.length - 1] = p[i];
            }
        }
        Arrays.sort(paid);
        Arrays.sort(free);
        double acceptBelow = paid[(int) Math.floor(PAID_LOST * paid.length)];
        double reviewAbove = free[free.length - 1 - (int) Math.floor(FREE_FLAGGED * free.length)];
        return new double[] {Double.parseDouble(LearnedArbiter.format(acceptBelow)),
                Double.parseDouble(LearnedArbiter.format(reviewAbove))};
    }

    /** The L2 strength the shipped model was trained with, read from its header ("lambda 3.0E-5 chosen by…"). */
    static double shippedLambda() {
        try (java.io.InputStream in = LearnedArbiter.class.getResourceAsStream(LearnedArbiter.RESOURCE)) {
            String text = new String(java.util.Objects.requireNonNull(in, LearnedArbiter.RESOURCE).readAllBytes(),
                    StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("# lambda (\\S+) chosen by").matcher(text);
            if (!m.find()) {
                throw new IllegalStateException(LearnedArbiter.RESOURCE + " has no lambda in its header");
            }
            return Double.parseDouble(m.group(1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The out-of-fold probabilities: with the L2 strength searched among {@link #LAMBDAS} (what writing the model does),
     * or with the shipped model's (what the tests check, five times faster: the search itself is run when the model is
     * rewritten with {@code -Dentraide.writeModel=true}).
     */
    static CrossValidation crossValidation(List<Example> examples, boolean searchLambda) {
        if (searchLambda) {
            return crossValidate(examples);
        }
        double lambda = shippedLambda();
        return outOfFold(examples, lambda);
    }

    /** The whole training: cross-validation, then the final model on every training example. */
    static String trainedFile() {
        return trainedFile(trainingExamples(), true);
    }

    static String trainedFile(List<Example> examples, boolean searchLambda) {
        return trainedFile(examples, crossValidation(examples, searchLambda));
    }

    static String trainedFile(List<Example> examples, CrossValidation cv) {
        double[] t = thresholds(examples, cv.outOfFold());
        Model model = train(examples, cv.lambda());
        String header = "Learned arbiter of the volunteer-only policy (issue 18), written by VolunteerOnlyModelTrainer; do not edit.\n"
                + "L2 logistic regression, " + examples.size() + " training phrases from " + String.join(" ", TRAINING_SETS) + "\n"
                + String.format(Locale.ROOT, "lambda %s chosen by %d-fold cross-validation, %d iterations, step %s; %d features",
                cv.lambda(), FOLDS, ITERATIONS, STEP, model.weights().size());
        return LearnedArbiter.write(model.bias(), t[0], t[1], model.weights(), header);
    }

    /**
     * Writes {@code src/main/resources/io/github/entraide/policy/volunteer-only-model.txt}.
     *
     * @param args ignored
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of("src/main/resources/io/github/entraide/policy", LearnedArbiter.RESOURCE);
        Files.writeString(target, trainedFile(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
