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
 * text's word unigrams and bigrams, its character 3- to 5-grams, the category kind and whether the rules found any
 * money signal. It never makes a text {@code REJECTED}: it moves a text between {@code ACCEPTED} and
 * {@code NEEDS_REVIEW}, and sends a rules' rejection it finds confidently innocent to {@code NEEDS_REVIEW} (see
 * {@link VolunteerOnlyPolicy}).
 *
 * <p>The weights and the two thresholds are read once from {@code volunteer-only-model.txt} next to this class, written
 * by the test-scope {@code VolunteerOnlyModelTrainer} from the labelled corpora; a test checks that retraining gives the
 * shipped file byte for byte. Features: the folded text (see {@link NormalizedText}) is cut into runs of letters and
 * digits, every digit written {@code 0} and runs of digits collapsed ({@code 15} and {@code 250} are both {@code 0}),
 * each of {@code € £ $} a token of its own; {@code u:} a token, {@code b:} two consecutive tokens, {@code c:} three to
 * five consecutive characters of the tokens written one space apart between two spaces (so {@code " pay"} is the start
 * of a word: character grams carry spelling variants, inflections and words glued together that whole words miss),
 * {@code k:} the kind, {@code r:money} when the rules found something. Cost: one hash lookup per token, per bigram and
 * per character gram, without building strings for the grams.
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
    /** The weights of the kind and rule features (the word and gram weights are in the maps and the table below). */
    private final Map<String, Double> others;

    /** The unigram and bigram weights without their prefixes, for {@link #score(String, AssessmentContext.Kind, boolean)}. */
    private final Map<String, Double> unigrams;
    private final Map<String, Double> bigrams;
    /** Tokens that start some weighted bigram: only after them is a bigram key built. */
    private final java.util.Set<String> bigramStarts;
    /** The character-gram weights, looked up by a hash of the gram's characters (see {@link GramTable}). */
    private final GramTable grams;

    LearnedArbiter(double bias, double acceptBelow, double reviewAbove, Map<String, Double> weights) {
        this.bias = bias;
        this.acceptBelow = acceptBelow;
        this.reviewAbove = reviewAbove;
        Map<String, Double> uni = new HashMap<>();
        Map<String, Double> bi = new HashMap<>();
        java.util.Set<String> starts = new java.util.HashSet<>();
        Map<String, Double> gramWeights = new HashMap<>();
        Map<String, Double> rest = new HashMap<>();
        weights.forEach((name, w) -> {
            if (name.startsWith("c:")) {
                gramWeights.put(name.substring(2), w);
            } else if (name.startsWith("u:")) {
                uni.put(name.substring(2), w);
            } else if (name.startsWith("b:")) {
                String pair = name.substring(2);
                bi.put(pair, w);
                starts.add(pair.substring(0, pair.indexOf(' ')));
            } else {
                rest.put(name, w);
            }
        });
        this.others = Map.copyOf(rest);
        this.unigrams = Map.copyOf(uni);
        this.bigrams = Map.copyOf(bi);
        this.bigramStarts = java.util.Set.copyOf(starts);
        this.grams = new GramTable(gramWeights);
    }

    /**
     * What the model makes of a text: the probability that it asks for payment or is doubtful, and the text's own
     * evidence, the sum of the weights of its words, pairs of words and character grams (without the bias, the kind
     * and the rules' signal): positive when the text itself leans towards payment.
     *
     * @param probability the probability
     * @param evidence    the text's own evidence
     * @param tokens      how many tokens the text has (see {@link #features})
     */
    record Score(double probability, double evidence, int tokens) {
    }

    /** Fewer tokens than this, and the model has too little to read to send a text the rules accept to a moderator. */
    static final int MIN_TOKENS_TO_FLAG = 8;

    /**
     * The same score as {@link #score(List)} of {@link #features(String, AssessmentContext.Kind, boolean)}, without
     * building the features: the tokens are read once, a bigram's key is built only after a token that starts a
     * weighted bigram, and each distinct feature counts once.
     */
    Score score(String folded, AssessmentContext.Kind kind, boolean rulesFoundMoney) {
        double[] evidence = {0};
        int[] count = {0};
        java.util.Set<String> seen = new java.util.HashSet<>();
        String[] previous = new String[1];
        tokens(folded, (token, start, end) -> {
            count[0]++;
            Double w = unigrams.get(token);
            if (w != null && seen.add("u:" + token)) {
                evidence[0] += w;
            }
            if (previous[0] != null && bigramStarts.contains(previous[0])) {
                String pair = previous[0] + " " + token;
                Double wb = bigrams.get(pair);
                if (wb != null && seen.add("b:" + pair)) {
                    evidence[0] += wb;
                }
            }
            previous[0] = token;
        });
        if (grams.size() > 0) {
            String view = gramView(folded, null);
            GramTable.Seen counted = new GramTable.Seen(view.length() * (MAX_GRAM - MIN_GRAM + 1));
            for (int i = 0; i < view.length(); i++) {
                for (int n = MIN_GRAM; n <= MAX_GRAM && i + n <= view.length(); n++) {
                    int slot = grams.slot(view, i, n);
                    if (slot >= 0 && counted.add(slot)) {
                        evidence[0] += grams.weight(slot);
                    }
                }
            }
        }
        double z = bias + evidence[0];
        Double wk = others.get("k:" + kind.name());
        if (wk != null) {
            z += wk;
        }
        if (rulesFoundMoney) {
            Double wr = others.get("r:money");
            if (wr != null) {
                z += wr;
            }
        }
        return new Score(1.0 / (1.0 + Math.exp(-z)), evidence[0], count[0]);
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

    /** The shortest and longest character grams. */
    static final int MIN_GRAM = 3;
    static final int MAX_GRAM = 5;

    /**
     * The text the character grams are read from: the tokens one space apart, between two spaces. When {@code spans}
     * is not null, it receives for each character of the view the folded span of the token it belongs to (null for a
     * space).
     */
    private static String gramView(String folded, List<int[]> spans) {
        StringBuilder view = new StringBuilder(folded.length() + 2).append(' ');
        if (spans != null) {
            spans.add(null);
        }
        tokens(folded, (token, start, end) -> {
            view.append(token).append(' ');
            if (spans != null) {
                int[] span = {start, end};
                for (int k = 0; k < token.length(); k++) {
                    spans.add(span);
                }
                spans.add(null);
            }
        });
        return view.toString();
    }

    /** The folded start of the first token a gram touches ({@code from}, {@code to}: its place in the view). */
    private static int gramStart(List<int[]> spans, int from, int to) {
        for (int k = from; k < to; k++) {
            if (spans.get(k) != null) {
                return spans.get(k)[0];
            }
        }
        return 0; // a gram of spaces only cannot happen: tokens are not empty
    }

    /** The folded end of the last token a gram touches. */
    private static int gramEnd(List<int[]> spans, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (spans.get(k) != null) {
                return spans.get(k)[1];
            }
        }
        return 0;
    }

    /**
     * Character-gram weights in an open-addressing table keyed by a 64-bit hash of the gram, so that a text's grams are
     * looked up without building a string for each; a hit is confirmed by comparing the characters, so two grams never
     * share a weight.
     */
    static final class GramTable {
        private final long[] hashes;
        private final String[] keys;
        private final double[] values;
        private final int mask;
        private final int size;

        GramTable(Map<String, Double> weights) {
            int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
            hashes = new long[capacity];
            keys = new String[capacity];
            values = new double[capacity];
            mask = capacity - 1;
            size = weights.size();
            // in sorted order, so that the table (and the slot of each gram) does not depend on the map's iteration
            new java.util.TreeMap<>(weights).forEach((gram, w) -> {
                long h = hash(gram, 0, gram.length());
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                keys[i] = gram;
                values[i] = w;
            });
        }

        int size() {
            return size;
        }

        /** The slot of {@code text[from, from + n)}, or -1 when the gram has no weight. */
        int slot(String text, int from, int n) {
            long h = hash(text, from, from + n);
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (keys[i] != null) {
                if (hashes[i] == h && keys[i].length() == n && keys[i].regionMatches(0, text, from, n)) {
                    return i;
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        double weight(int slot) {
            return values[slot];
        }

        /** FNV-1a over the characters, 64 bits. */
        private static long hash(String text, int from, int to) {
            long h = 0xcbf29ce484222325L;
            for (int k = from; k < to; k++) {
                h ^= text.charAt(k);
                h *= 0x100000001b3L;
            }
            return h;
        }

        /** The slots already counted in one text: an open-addressing set of ints, sized for the text's grams. */
        static final class Seen {
            private final int[] slots;
            private final int seenMask;

            Seen(int grams) {
                int capacity = Integer.highestOneBit(Math.max(4, grams * 2 - 1)) << 1;
                slots = new int[capacity];
                java.util.Arrays.fill(slots, -1);
                seenMask = capacity - 1;
            }

            /** Adds a slot; false when it was already there. */
            boolean add(int slot) {
                int i = (slot * 0x9E3779B9) >>> 1 & seenMask;
                while (slots[i] != -1) {
                    if (slots[i] == slot) {
                        return false;
                    }
                    i = (i + 1) & seenMask;
                }
                slots[i] = slot;
                return true;
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
        List<int[]> spans = new ArrayList<>();
        String view = gramView(folded, spans);
        for (int i = 0; i < view.length(); i++) {
            for (int n = MIN_GRAM; n <= MAX_GRAM && i + n <= view.length(); n++) {
                features.add(new Feature("c:" + view.substring(i, i + n), gramStart(spans, i, i + n),
                        gramEnd(spans, i, i + n)));
            }
        }
        features.add(new Feature("k:" + kind.name(), 0, 0));
        if (rulesFoundMoney) {
            features.add(new Feature("r:money", 0, 0));
        }
        return features;
    }

    /**
     * The score of a text's features (see {@link Score}); each distinct feature counts once, the kind and the rules'
     * signal (last in {@link #features}) after the text's own evidence.
     */
    Score score(List<Feature> features) {
        double evidence = 0;
        int tokens = 0;
        List<Double> context = new ArrayList<>(2);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Feature f : features) {
            if (f.name().startsWith("u:")) {
                tokens++;
            }
            Double w = weight(f.name());
            if (w != null && seen.add(f.name())) {
                if (f.name().startsWith("k:") || f.name().startsWith("r:")) {
                    context.add(w);
                } else {
                    evidence += w;
                }
            }
        }
        double z = bias + evidence;
        for (double w : context) {
            z += w;
        }
        return new Score(1.0 / (1.0 + Math.exp(-z)), evidence, tokens);
    }

    /** The weight of a feature by its name, or null when it has none. */
    private Double weight(String name) {
        if (name.startsWith("u:")) {
            return unigrams.get(name.substring(2));
        }
        if (name.startsWith("b:")) {
            return bigrams.get(name.substring(2));
        }
        if (name.startsWith("c:")) {
            int slot = grams.slot(name, 2, name.length() - 2);
            return slot < 0 ? null : grams.weight(slot);
        }
        return others.get(name);
    }

    /** Whether a rule's {@code NEEDS_REVIEW} may become {@code ACCEPTED}. */
    boolean confidentlyInnocent(double probability) {
        return probability < acceptBelow;
    }

    /**
     * Whether a rule's {@code ACCEPTED} should become {@code NEEDS_REVIEW}: the probability is above {@code reviewAbove},
     * the text's own words lean towards payment, and it has at least {@value #MIN_TOKENS_TO_FLAG} tokens. Without the
     * second condition a short plain text ("Appels le soir.") was sent to a moderator on the bias and its category
     * alone: the training texts are long and half of them paid or doubtful, so a text with little to read gets a
     * probability near one half. Without the third, a single word the corpora tie to compensation was enough
     * ("Un coup de main serait bienvenu."): what the rules let through in a few words, the model does not overrule.
     */
    boolean confidentlyDoubtful(Score score) {
        return confidentlyDoubtful(score, reviewAbove);
    }

    /** {@link #confidentlyDoubtful(Score)} with a given {@code reviewAbove}, for the trainer's cross-validation. */
    static boolean confidentlyDoubtful(Score score, double reviewAbove) {
        return score.probability() > reviewAbove && score.evidence() > 0 && score.tokens() >= MIN_TOKENS_TO_FLAG;
    }

    /** The word or pair of words that pushes most towards payment, or null when none pushes that way. */
    Feature strongest(List<Feature> features) {
        Feature best = null;
        double bestWeight = 0;
        for (Feature f : features) {
            if (f.start() == f.end()) {
                continue;
            }
            Double w = weight(f.name());
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
