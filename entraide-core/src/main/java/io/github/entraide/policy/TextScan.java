package io.github.entraide.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One assessment in progress: the folded text, its sentences, where reimbursement is spoken of, the
 * words around a position, and the findings so far.
 *
 * <p>Confined to the thread running {@link VolunteerOnlyPolicy#assess(String, AssessmentContext)}; never shared.
 */
final class TextScan {

    /** Words that turn a following payment term into its opposite ("pas payant", "no fee"). */
    private static final Set<String> NEGATORS = words(
            "pas", "non", "sans", "aucun", "aucune", "aucuns", "aucunes", "jamais", "ni", "ne", "n", "nul",
            "nulle", "rien", "not", "no", "without", "never", "zero", "nor", "nothing", "cant", "wont",
            "doesnt", "didnt", "isnt", "arent", "wasnt", "dnt", "refuse", "refuses", "refusons", "decline", "declines");

    /** Words after a negator that make it a figure of speech, not a negation ("ne vous inquiétez pas"). */
    private static final Set<String> NEGATION_IDIOMS = words(
            "inquietez", "inquiete", "inquietes", "inquieter", "hesitez", "hesite", "hesites", "hesiter",
            "worry", "hesitate", "forget", "oubliez", "oublie", "mal", "only", "seulement", "que", "qu",
            "just", "juste");

    /** Words that end the scope of a negation or a context, as a comma or a full stop does. */
    private static final Set<String> CLAUSE_WORDS = words(
            "mais", "but", "however", "cependant", "pourtant", "sinon", "otherwise", "though", "toutefois");

    /** A set of words; repeats are harmless, which keeps the long lists easy to edit. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Substrings one of which every reimbursement match contains (see {@code PaymentSignals.REIMBURSEMENT}). */
    private static final List<String> REIMBURSEMENT_TRIGGERS = List.of("rembours", "reimburs", "refund", "ticket",
            "receipt", "back", "avanc", "front", "presentation", "justificatif", "centime", "coutant", "euro pres",
            "on me", "till", "at cost", "more", "de plus", "rend", "pocket", "advance", "avance", "poche", "argent des", "argent pour", "money", "montant", "cost of", "argent avant", "money before");

    final NormalizedText normalized;
    final String s;
    private final int[] sentenceEnds;
    private final boolean[] sentenceHasReimbursement;
    private final boolean[] sentenceHasGoodsAmount;
    final boolean textHasReimbursement;
    final List<Finding> findings = new ArrayList<>();

    record Finding(int start, int end, VolunteerOnlyReasonCode code, VolunteerOnlyVerdict verdict) {
    }

    /** Whether the author offers to do the person's task, computed once ({@code PaymentContext.helperOffers}). */
    Boolean helperOffers;

    /**
     * Whether each pattern or alternation asked about so far occurs in the text: a scan belongs to one assessment, one
     * thread.
     */
    private final java.util.IdentityHashMap<Object, Boolean> occurs = new java.util.IdentityHashMap<>();

    /** Whether {@code alternation} occurs anywhere in the folded text, searched once per scan. */
    boolean finds(Alternation alternation) {
        return occurs.computeIfAbsent(alternation, a -> alternation.find(s));
    }

    /** Whether {@code pattern} occurs anywhere in the folded text, searched once per scan. */
    boolean finds(java.util.regex.Pattern pattern) {
        return occurs.computeIfAbsent(pattern, p -> pattern.matcher(s).find());
    }

    TextScan(NormalizedText normalized, Alternation reimbursement) {
        this.normalized = normalized;
        this.s = normalized.text();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (isSentenceEnd(i)) {
                ends.add(i);
            }
        }
        ends.add(s.length());
        sentenceEnds = ends.stream().mapToInt(Integer::intValue).toArray();
        sentenceHasReimbursement = new boolean[sentenceEnds.length];
        sentenceHasGoodsAmount = new boolean[sentenceEnds.length];
        boolean mayHaveReimbursement = REIMBURSEMENT_TRIGGERS.stream().anyMatch(s::contains);
        boolean any = false;
        if (mayHaveReimbursement) {
            for (int[] m : reimbursement.findAll(s)) {
                sentenceHasReimbursement[sentenceOf(m[0])] = true;
                any = true;
            }
        }
        textHasReimbursement = any;
    }

    private boolean isSentenceEnd(int i) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\n') {
            return true;
        }
        if (c == '.') {
            // "13.50" and "n°12." : a dot between digits is a decimal point, not the end of a sentence.
            boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
            boolean digitAfter = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
            return !(digitBefore && digitAfter);
        }
        return false;
    }

    int sentenceOf(int pos) {
        int index = java.util.Arrays.binarySearch(sentenceEnds, pos);
        return index >= 0 ? index : -index - 1;
    }

    boolean reimbursementInSentence(int pos) {
        return sentenceHasReimbursement[Math.min(sentenceOf(pos), sentenceHasReimbursement.length - 1)];
    }

    /** Remembers that the sentence states the cost of the goods ("environ 50 € de courses"). */
    void markGoodsAmount(int pos) {
        sentenceHasGoodsAmount[Math.min(sentenceOf(pos), sentenceHasGoodsAmount.length - 1)] = true;
    }

    boolean goodsAmountInSentence(int pos) {
        return sentenceHasGoodsAmount[Math.min(sentenceOf(pos), sentenceHasGoodsAmount.length - 1)];
    }

    void add(int start, int end, VolunteerOnlyReasonCode code, VolunteerOnlyVerdict verdict) {
        if (verdict != VolunteerOnlyVerdict.ACCEPTED) {
            findings.add(new Finding(start, end, code, verdict));
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private boolean wordCharAt(int i) {
        char c = s.charAt(i);
        if (isWordChar(c)) {
            return true;
        }
        // Keep "13,50" and "13.50" as one word.
        return (c == ',' || c == '.') && i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    private static boolean isClauseStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ',' || c == ':' || c == '\n'
                || c == '(' || c == ')' || c == '[' || c == ']';
    }

    /**
     * Up to {@code max} words before {@code pos}, nearest first, within the same clause: a comma, a stop
     * or "mais"/"but" ends the look-back.
     */
    List<String> wordsBefore(int pos, int max) {
        List<String> words = new ArrayList<>(max);
        int i = pos - 1;
        while (i >= 0 && words.size() < max) {
            char c = s.charAt(i);
            if (wordCharAt(i)) {
                int end = i + 1;
                while (i >= 0 && wordCharAt(i)) {
                    i--;
                }
                String word = s.substring(i + 1, end);
                if (CLAUSE_WORDS.contains(word)) {
                    break;
                }
                words.add(word);
            } else if (isClauseStop(c)) {
                break;
            } else {
                i--;
            }
        }
        return words;
    }

    /** Whether one of {@code set} is a word of the text's first {@code limit} characters, across clauses. */
    boolean hasWord(Set<String> set, int limit) {
        return hasWordBetween(0, limit, set);
    }

    /** Whether a word of {@code pos}'s sentence, before {@code pos}, is one of {@code words}. */
    boolean sentenceHasBefore(int pos, Set<String> words) {
        return hasWordBetween(sentenceStart(pos), pos, words);
    }

    /** Whether a word of the sentence ending after {@code pos}, from {@code pos} on, is one of {@code words}. */
    boolean sentenceHasAfter(int pos, Set<String> words) {
        return hasWordBetween(pos, sentenceEnd(Math.max(0, pos - 1)), words);
    }

    /** Whether a word of {@code pos}'s sentence is one of {@code words}. */
    boolean sentenceHas(int pos, Set<String> words) {
        return hasWordBetween(sentenceStart(pos), sentenceEnd(pos), words);
    }

    private int sentenceStart(int pos) {
        int index = Math.min(sentenceOf(pos), sentenceEnds.length - 1);
        return index == 0 ? 0 : sentenceEnds[index - 1] + 1;
    }

    private int sentenceEnd(int pos) {
        return sentenceEnds[Math.min(sentenceOf(pos), sentenceEnds.length - 1)];
    }

    /** Whether a whole word starting in {@code [from, to)} and ending by {@code to} is one of {@code words}. */
    private boolean hasWordBetween(int from, int to, Set<String> words) {
        int n = Math.min(s.length(), to);
        int i = Math.max(0, from);
        while (i < n) {
            if (isWordChar(s.charAt(i)) && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                int start = i;
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
                if (words.contains(s.substring(start, i))) {
                    return true;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    /** Up to {@code max} words after {@code pos}, in reading order, within the same clause. */
    List<String> wordsAfter(int pos, int max) {
        List<String> words = new ArrayList<>(max);
        int i = pos;
        int n = s.length();
        while (i < n && words.size() < max) {
            char c = s.charAt(i);
            if (wordCharAt(i)) {
                int start = i;
                while (i < n && wordCharAt(i)) {
                    i++;
                }
                String word = s.substring(start, i);
                if (CLAUSE_WORDS.contains(word)) {
                    break;
                }
                words.add(word);
            } else if (isClauseStop(c)) {
                break;
            } else {
                i++;
            }
        }
        return words;
    }

    /** The words after {@code pos} even across a colon or a dash: "Tarif : gratuit", "fees - none". */
    List<String> wordsAfterLabel(int pos, int max) {
        int i = pos;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':' || s.charAt(i) == '-' || s.charAt(i) == '=')) {
            i++;
        }
        return wordsAfter(i, max);
    }

    /**
     * Whether a negation stands within {@code window} words before {@code pos} in the same clause
     * ("pas payant", "non rémunéré", "no fee", "I won't charge"), or the term is answered by a negative
     * right after it ("Tarif : gratuit", "je ne facture rien", "fees: none").
     */
    boolean negated(int start, int end, int window) {
        return negatedBefore(start, window) || negatedAfter(end);
    }

    /** Whether a negation stands within {@code window} words before {@code start}, see {@link #negated}. */
    boolean negatedBefore(int start, int window) {
        List<String> before = wordsBefore(start, window + 1);
        boolean restrictive = false;
        for (int k = 0; k < Math.min(window, before.size()); k++) {
            String w = before.get(k);
            if (w.equals("que") || w.equals("qu")) {
                // "ne ... que" restricts, it does not negate: "je ne demande qu'une participation".
                restrictive = true;
                continue;
            }
            if (w.equals("t") && k + 1 < before.size() && before.get(k + 1).endsWith("n")
                    && start > 0 && apostropheBeforeWord(start, k)) {
                return true;
            }
            if (!NEGATORS.contains(w)) {
                continue;
            }
            if (restrictive && (w.equals("ne") || w.equals("n"))) {
                continue;
            }
            String closer = k > 0 ? before.get(k - 1) : "";
            String farther = k + 1 < before.size() ? before.get(k + 1) : "";
            if (NEGATION_IDIOMS.contains(closer) || NEGATION_IDIOMS.contains(farther)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** Whether the term is answered by a negative right after it: "Tarif : gratuit", "fees: none". */
    boolean negatedAfter(int end) {
        List<String> after = wordsAfterLabel(end, 1);
        return !after.isEmpty() && words("rien", "nothing", "gratuit", "gratuite", "gratuitement", "free",
                "none", "aucun", "aucune", "zero", "0", "nada", "offert", "offerte", "benevole").contains(after.get(0));
    }

    /** Whether the k-th word before {@code pos} ("t" of "don't") is preceded by an apostrophe. */
    private boolean apostropheBeforeWord(int pos, int k) {
        // Walk back to the k-th word and look at the character in front of it.
        int i = pos - 1;
        int seen = -1;
        while (i >= 0) {
            if (wordCharAt(i)) {
                seen++;
                while (i >= 0 && wordCharAt(i)) {
                    i--;
                }
                if (seen == k) {
                    return i >= 0 && s.charAt(i) == '\'';
                }
            } else {
                i--;
            }
        }
        return false;
    }

    static boolean anyIn(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String first(List<String> words) {
        return words.isEmpty() ? "" : words.get(0);
    }
}
