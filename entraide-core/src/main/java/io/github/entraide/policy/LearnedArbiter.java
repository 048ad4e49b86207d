package io.github.entraide.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The learned arbiter of the volunteer-only policy (issue 18): an L2-regularised logistic regression on the folded
 * text's word unigrams and bigrams, the category kind and whether the rules found any money signal. It only moves a
 * text between {@code ACCEPTED} and {@code NEEDS_REVIEW}; {@code REJECTED} stays the rules' alone.
 *
 * <p>The weights and the two thresholds are read once from {@code volunteer-only-model.txt} next to this class, written
 * by the test-scope {@code VolunteerOnlyModelTrainer} from the labelled corpora; a test checks that retraining gives the
 * shipped file byte for byte. Features: the folded text (see {@link NormalizedText}) is cut into runs of letters and
 * digits, every digit written {@code 0} and runs of digits collapsed ({@code 15} and {@code 250} are both {@code 0}),
 * each of {@code € £ $} a token of its own; {@code u:} a token, {@code b:} two consecutive tokens, {@code k:} the kind,
 * {@code r:money} when the rules found something. Cost: one hash lookup per token and per bigram.
 *
 * <p>Immutable and thread-safe.
 */
final class LearnedArbiter {

    /** Name of the model resource, relative to this class. */
    static final String RESOURCE = "volunteer-only-model.txt";

    private static final class Holder {
        static final LearnedArbiter SHIPPED = load();
    }

    private final double bias;
    private final double acceptBelow;
    private final double reviewAbove;
    private final Map<String, Double> weights;

    /** The unigram and bigram weights without their prefixes, for {@link #probability(String, AssessmentContext.Kind, boolean)}. */
    private final Map<String, Double> unigrams;
    private final Map<String, Double> bigrams;
    /** Tokens that start some weighted bigram: only after them is a bigram key built. */
    private final java.util.Set<String> bigramStarts;

    LearnedArbiter(double bias, double acceptBelow, double reviewAbove, Map<String, Double> weights) {
        this.bias = bias;
        this.acceptBelow = acceptBelow;
        this.reviewAbove = reviewAbove;
        this.weights = Map.copyOf(weights);
        Map<String, Double> uni = new HashMap<>();
        Map<String, Double> bi = new HashMap<>();
        java.util.Set<String> starts = new java.util.HashSet<>();
        weights.forEach((name, w) -> {
            if (name.startsWith("u:")) {
                uni.put(name.substring(2), w);
            } else if (name.startsWith("b:")) {
                String pair = name.substring(2);
                bi.put(pair, w);
                starts.add(pair.substring(0, pair.indexOf(' ')));
            }
        });
        this.unigrams = Map.copyOf(uni);
        this.bigrams = Map.copyOf(bi);
        this.bigramStarts = java.util.Set.copyOf(starts);
    }

    /**
     * The same probability as {@link #probability(List)} of {@link #features(String, AssessmentContext.Kind, boolean)},
     * without building the features: the tokens are read once, a bigram's key is built only after a token that starts
     * a weighted bigram, and each distinct feature counts once.
     */
    double probability(String folded, AssessmentContext.Kind kind, boolean rulesFoundMoney) {
        double[] z = {bias};
        java.util.Set<String> seen = new java.util.HashSet<>();
        String[] previous = new String[1];
        tokens(folded, (token, start, end) -> {
            Double w = unigrams.get(token);
            if (w != null && seen.add("u:" + token)) {
                z[0] += w;
            }
            if (previous[0] != null && bigramStarts.contains(previous[0])) {
                String pair = previous[0] + " " + token;
                Double wb = bigrams.get(pair);
                if (wb != null && seen.add("b:" + pair)) {
                    z[0] += wb;
                }
            }
            previous[0] = token;
        });
        Double wk = weights.get("k:" + kind.name());
        if (wk != null) {
            z[0] += wk;
        }
        if (rulesFoundMoney) {
            Double wr = weights.get("r:money");
            if (wr != null) {
                z[0] += wr;
            }
        }
        return 1.0 / (1.0 + Math.exp(-z[0]));
    }

    /** The shipped model, loaded on first use. */
    static LearnedArbiter shipped() {
        return Holder.SHIPPED;
    }

    /** A feature and the folded span it came from ({@code start == end} for the kind and rule features). */
    record Feature(String name, int start, int end) {
    }

    /** Receives the tokens of a folded text in reading order, with the span each came from. */
    private interface Tokens {
        void token(String token, int start, int end);
    }

    /**
     * Cuts a folded text into tokens: runs of letters and digits, every digit written {@code 0} and runs of digits
     * collapsed; each of {@code € £ $} a token of its own.
     */
    private static void tokens(String folded, Tokens tokens) {
        int i = 0;
        int n = folded.length();
        StringBuilder b = new StringBuilder();
        while (i < n) {
            char c = folded.charAt(i);
            int start = i;
            if (c == '€' || c == '£' || c == '$') {
                i++;
                tokens.token(String.valueOf(c), start, i);
            } else if (Character.isLetterOrDigit(c)) {
                b.setLength(0);
                while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                    char d = folded.charAt(i);
                    if (Character.isDigit(d)) {
                        if (b.length() == 0 || b.charAt(b.length() - 1) != '0') {
                            b.append('0');
                        }
                    } else {
                        b.append(d);
                    }
                    i++;
                }
                tokens.token(b.toString(), start, i);
            } else {
                i++;
            }
        }
    }

    /** The features of a folded text, in reading order (the kind and rule features last). */
    static List<Feature> features(String folded, AssessmentContext.Kind kind, boolean rulesFoundMoney) {
        List<Feature> features = new ArrayList<>();
        String[] previous = new String[1];
        int[] previousStart = new int[1];
        tokens(folded, (token, start, end) -> {
            features.add(new Feature("u:" + token, start, end));
            if (previous[0] != null) {
                features.add(new Feature("b:" + previous[0] + " " + token, previousStart[0], end));
            }
            previous[0] = token;
            previousStart[0] = start;
        });
        features.add(new Feature("k:" + kind.name(), 0, 0));
        if (rulesFoundMoney) {
            features.add(new Feature("r:money", 0, 0));
        }
        return features;
    }

    /** The probability that the text asks for payment or is doubtful; each distinct feature counts once. */
    double probability(List<Feature> features) {
        double z = bias;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Feature f : features) {
            Double w = weights.get(f.name());
            if (w != null && seen.add(f.name())) {
                z += w;
            }
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Whether a rule's {@code NEEDS_REVIEW} may become {@code ACCEPTED}. */
    boolean confidentlyInnocent(double probability) {
        return probability < acceptBelow;
    }

    /** Whether a rule's {@code ACCEPTED} should become {@code NEEDS_REVIEW}. */
    boolean confidentlyDoubtful(double probability) {
        return probability > reviewAbove;
    }

    /** The word or pair of words that pushes most towards payment, or null when none pushes that way. */
    Feature strongest(List<Feature> features) {
        Feature best = null;
        double bestWeight = 0;
        for (Feature f : features) {
            if (f.start() == f.end()) {
                continue;
            }
            Double w = weights.get(f.name());
            if (w != null && w > bestWeight) {
                best = f;
                bestWeight = w;
            }
        }
        return best;
    }

    /** The model as the shipped file spells it: header, bias, thresholds, then features in sorted order. */
    static String write(double bias, double acceptBelow, double reviewAbove, java.util.SortedMap<String, Double> weights,
                        String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append("bias\t").append(format(bias)).append('\n');
        out.append("acceptBelow\t").append(format(acceptBelow)).append('\n');
        out.append("reviewAbove\t").append(format(reviewAbove)).append('\n');
        weights.forEach((name, w) -> out.append("w\t").append(name).append('\t').append(format(w)).append('\n'));
        return out.toString();
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static LearnedArbiter load() {
        InputStream in = Objects.requireNonNull(LearnedArbiter.class.getResourceAsStream(RESOURCE), RESOURCE);
        double bias = 0;
        double acceptBelow = 0;
        double reviewAbove = 1;
        Map<String, Double> weights = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                switch (columns[0]) {
                    case "bias" -> bias = Double.parseDouble(columns[1]);
                    case "acceptBelow" -> acceptBelow = Double.parseDouble(columns[1]);
                    case "reviewAbove" -> reviewAbove = Double.parseDouble(columns[1]);
                    case "w" -> weights.put(columns[1], Double.parseDouble(columns[2]));
                    default -> throw new IllegalStateException(RESOURCE + ": unexpected line " + columns[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LearnedArbiter(bias, acceptBelow, reviewAbove, weights);
    }
}
