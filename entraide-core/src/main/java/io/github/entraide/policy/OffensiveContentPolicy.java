package io.github.entraide.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens free texts (offers, requests, reports, appeals) for offensive content in French and English:
 * insults, slurs, threats, sexual content and attempts to collect contact details outside an
 * introduction. It never rejects: a text with a finding goes to a moderator with reasons they can read
 * ({@link OffensiveContentReason#message(java.util.Locale)}).
 *
 * <h2>How</h2>
 * <p>The text is folded like the volunteer-only policy's ({@code NormalizedText}: case, accents,
 * apostrophes, invisible characters) and cut into words at every character that is not a letter or a
 * digit, so a term matches whole words only: {@code con} does not match "conversation", {@code pute}
 * does not match "dispute", {@code retard} is never a slur ("en retard"). A term ending in {@code *}
 * matches any word it begins ({@code connard*}: connarde, connards). Some terms are only offensive in
 * context and carry their own exceptions:
 * <ul>
 *   <li>{@code bite} (French, vulgar) is left alone after English words ({@code a bite to eat},
 *       {@code doesn't bite}, {@code won't bite});</li>
 *   <li>{@code con} counts only after {@code espèce de}, {@code gros}, {@code sale}, {@code pauvre},
 *       {@code quel}, {@code t'es}&hellip; ({@code pros and cons}, {@code chili con carne} pass);</li>
 *   <li>threats need a target: {@code te tuer}, {@code kill you}, not "les soldats ont été tués" in a
 *       history homework;</li>
 *   <li>{@code sexe}/{@code sexuel}/{@code sexual} pass after {@code éducation}/{@code harcèlement} and
 *       before {@code education}/{@code harassment}/{@code des} ("le sexe des fleurs");</li>
 *   <li>messaging apps (WhatsApp, Telegram&hellip;) are fine as a subject of IT help; only "ajoutez-moi",
 *       "add me on", "écrivez-moi sur", a phone number or an e-mail address in the text are harvesting.</li>
 * </ul>
 * <p>Cost is linear in the number of words. Precision and recall on the project's FR/EN corpus are in
 * {@code entraide-core/docs/offensive-content.md}.
 *
 * <p>A territory adds its own terms ({@link OffensiveContentReasonCode#TERRITORY_TERM}) or removes
 * standard ones with {@link #withTerms(Set, Set)}. Instances are immutable and thread-safe;
 * {@link #standard()} is shared.
 */
public final class OffensiveContentPolicy {

    private static final Set<String> ENGLISH_BEFORE_BITE = TextScan.words("a", "to", "t", "doesnt", "dont",
            "wont", "will", "may", "might", "not", "never", "quick", "the", "one", "dog", "can", "no", "mosquito",
            "insect", "frost", "snake");
    private static final Set<String> CON_CONTEXT = TextScan.words("de", "gros", "sale", "pauvre", "quel", "es",
            "etes", "vieux", "petit", "grand", "bande", "ce", "cette", "vrai", "un");
    private static final Set<String> SEXUAL_INNOCENT_BEFORE = TextScan.words("education", "harcelement",
            "harassment", "violences", "violence", "abus", "abuse", "agressions", "agression", "assault", "orientation");
    private static final Set<String> SEXUAL_INNOCENT_AFTER = TextScan.words("education", "ed", "harassment", "abuse",
            "assault", "offender", "des", "ratio");

    /** Words that, just before a threat, make it a reassurance: "my dog won't hurt you", "ça va pas te tuer". */
    private static final Set<String> NEGATED_THREAT = TextScan.words("pas", "not", "t", "never", "jamais", "wont",
            "cant", "doesnt", "dont", "wouldnt", "nobody", "personne");

    /** A term: its words (the last may be a prefix) and its kind. */
    private record Term(String text, String[] words, boolean prefix, OffensiveContentReasonCode code) {
    }

    private static final Map<String, OffensiveContentReasonCode> STANDARD_TERMS = standardTerms();

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,5}\\.[a-z]{2,12}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:\\+ ?33 ?|0033 ?|0)[1-9](?:[ .-]?[0-9]{2}){4}(?![0-9])|(?<![0-9])\\+ ?[1-9][0-9 .-]{8,16}[0-9](?![0-9])");

    private static final OffensiveContentPolicy STANDARD = new OffensiveContentPolicy(STANDARD_TERMS);

    private final Map<String, OffensiveContentReasonCode> terms;
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<Term> prefixFirst = new ArrayList<>();

    private OffensiveContentPolicy(Map<String, OffensiveContentReasonCode> terms) {
        this.terms = Map.copyOf(terms);
        for (Map.Entry<String, OffensiveContentReasonCode> e : this.terms.entrySet()) {
            String text = e.getKey();
            boolean prefix = text.endsWith("*");
            String[] words = splitWords(prefix ? text.substring(0, text.length() - 1) : text);
            if (words.length == 0) {
                continue;
            }
            Term term = new Term(text, words, prefix, e.getValue());
            if (prefix && words.length == 1) {
                prefixFirst.add(term);
            } else {
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(term);
            }
        }
    }

    /**
     * The standard screening, without territory terms.
     *
     * @return the shared standard policy
     */
    public static OffensiveContentPolicy standard() {
        return STANDARD;
    }

    /**
     * This policy with a territory's own terms added and some standard ones removed. Terms are folded
     * like texts (case and accents do not matter); a trailing {@code *} makes the last word a prefix.
     * Removing a term that is not in the list is harmless; removing {@code connard} also removes
     * {@code connard*}.
     *
     * @param added   terms that send a text to moderation as {@link OffensiveContentReasonCode#TERRITORY_TERM}
     * @param removed standard terms the territory does not want screened
     * @return a new policy
     * @throws NullPointerException     if a set or a term is null
     * @throws IllegalArgumentException if an added term has no letter or digit
     */
    public OffensiveContentPolicy withTerms(Set<String> added, Set<String> removed) {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(removed, "removed");
        Map<String, OffensiveContentReasonCode> next = new LinkedHashMap<>(terms);
        for (String term : removed) {
            String folded = NormalizedText.foldTerm(Objects.requireNonNull(term, "removed term"));
            String bare = folded.endsWith("*") ? folded.substring(0, folded.length() - 1) : folded;
            next.remove(bare);
            next.remove(bare + "*");
        }
        for (String term : added) {
            String folded = NormalizedText.foldTerm(Objects.requireNonNull(term, "added term"));
            if (splitWords(folded.replace("*", "")).length == 0) {
                throw new IllegalArgumentException("a territory term needs a letter or a digit: \"" + term + "\"");
            }
            next.put(folded, OffensiveContentReasonCode.TERRITORY_TERM);
        }
        return new OffensiveContentPolicy(next);
    }

    /**
     * Screens a text.
     *
     * @param text the free text, possibly empty
     * @return what was found, in the order of the text
     * @throws NullPointerException if {@code text} is null
     */
    public OffensiveContentAssessment assess(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return OffensiveContentAssessment.clear();
        }
        NormalizedText normalized = NormalizedText.of(text);
        String s = normalized.text();
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (TextScan.isWordChar(s.charAt(i))) {
                int start = i;
                while (i < s.length() && TextScan.isWordChar(s.charAt(i))) {
                    i++;
                }
                spans.add(new int[] {start, i});
                words.add(s.substring(start, i));
            } else {
                i++;
            }
        }
        List<Found> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            for (Term term : byFirstWord.getOrDefault(words.get(w), List.of())) {
                tryTerm(term, words, w, spans, found);
            }
            for (Term term : prefixFirst) {
                if (words.get(w).startsWith(term.words[0])) {
                    tryTerm(term, words, w, spans, found);
                }
            }
        }
        addPattern(EMAIL, s, found);
        addPattern(PHONE, s, found);
        if (found.isEmpty()) {
            return OffensiveContentAssessment.clear();
        }
        found.sort(Comparator.comparingInt(Found::start));
        List<OffensiveContentReason> reasons = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : found) {
            if (f.start < lastEnd) {
                continue; // one reason per stretch of text
            }
            reasons.add(new OffensiveContentReason(f.code, normalized.excerpt(f.start, f.end)));
            lastEnd = f.end;
        }
        return new OffensiveContentAssessment(reasons);
    }

    private record Found(int start, int end, OffensiveContentReasonCode code) {
    }

    private void tryTerm(Term term, List<String> words, int w, List<int[]> spans, List<Found> found) {
        int n = term.words.length;
        if (w + n > words.size()) {
            return;
        }
        for (int k = 0; k < n; k++) {
            String word = words.get(w + k);
            boolean last = k == n - 1;
            if (last && term.prefix ? !word.startsWith(term.words[k]) : !word.equals(term.words[k])) {
                return;
            }
        }
        String before = w > 0 ? words.get(w - 1) : "";
        if (term.code != OffensiveContentReasonCode.TERRITORY_TERM && innocentInContext(term.text, before, words, w)) {
            return;
        }
        found.add(new Found(spans.get(w)[0], spans.get(w + n - 1)[1], term.code));
    }

    /** The exceptions of the standard terms, see the class comment. */
    private static boolean innocentInContext(String term, String before, List<String> words, int w) {
        switch (term) {
            case "bite":
                String after = w + 1 < words.size() ? words.get(w + 1) : "";
                return ENGLISH_BEFORE_BITE.contains(before) || after.equals("to") || after.equals("of")
                        || after.equals("size") || after.equals("sized");
            case "con":
                return !CON_CONTEXT.contains(before);
            case "sexuel*":
            case "sexual*":
            case "sexe":
            case "sex":
                return SEXUAL_INNOCENT_BEFORE.contains(before)
                        || w + 1 < words.size() && SEXUAL_INNOCENT_AFTER.contains(words.get(w + 1));
            case "your number":
                return w + 2 < words.size() && words.get(w + 2).equals("of");
            default:
                return STANDARD_TERMS.get(term) == OffensiveContentReasonCode.THREAT && NEGATED_THREAT.contains(before);
        }
    }

    private static void addPattern(Pattern pattern, String s, List<Found> found) {
        if (pattern == EMAIL && s.indexOf('@') < 0) {
            return;
        }
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            found.add(new Found(m.start(), m.end(), OffensiveContentReasonCode.CONTACT_HARVESTING));
        }
    }

    private static String[] splitWords(String folded) {
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    private static Map<String, OffensiveContentReasonCode> standardTerms() {
        Map<String, OffensiveContentReasonCode> m = new LinkedHashMap<>();
        put(m, OffensiveContentReasonCode.INSULT,
                // French
                "connard*", "connasse*", "salope*", "salaud*", "encule*", "pute", "putes", "putain", "fdp",
                "fils de pute", "ntm", "nique ta mere", "nique ta race", "ta gueule", "ferme ta gueule",
                "abruti*", "debile", "debiles", "cretin*", "imbecile*", "idiot", "idiote", "idiots", "batard*",
                "tocard*", "bouffon", "bouffonne", "pauvre type", "gros porc", "grosse vache", "ducon",
                "trou du cul", "couillon*", "pouffiasse*", "petasse*", "enfoire*", "con", "conne", "connes",
                "sous merde", "grognasse*", "va te faire foutre", "va chier",
                // English
                "asshole*", "arsehole*", "bastard*", "bitch", "bitches", "fuck*", "motherfucker*", "shithead*",
                "piece of shit", "moron*", "cunt*", "dickhead*", "wanker*", "twat*", "dumbass*", "scumbag*",
                "douchebag*", "shut up bitch", "shut the fuck up", "stfu", "go to hell", "screw you");
        put(m, OffensiveContentReasonCode.SLUR,
                "negre", "negres", "negresse*", "bougnoul*", "youpin*", "bicot*", "pd", "pede", "pedes",
                "tapette*", "tarlouze*", "gouine*", "sale arabe", "sale arabes", "sale noir", "sale noire",
                "sale noirs", "sale juif", "sale juive", "sale juifs", "sale musulman", "sale musulmane",
                "sale race", "sale pede", "sale etranger", "sale etrangers", "mongolien*", "gogol*", "triso",
                "chinetoque*", "niakou*", "bamboula", "rentre dans ton pays", "retourne dans ton pays",
                "rentrez chez vous", "nigger*", "nigga*", "faggot*", "fag", "fags", "kike*", "spic", "spics",
                "chink*", "paki", "pakis", "tranny", "trannies", "dyke*", "wetback*", "retarded", "you retard",
                "go back to your country", "raghead*", "towelhead*");
        put(m, OffensiveContentReasonCode.THREAT,
                "te tuer", "vous tuer", "te buter", "vous buter", "t egorger", "vous egorger", "te crever",
                "te casser la gueule", "vous casser la gueule", "te defoncer la gueule", "tu es mort", "t es mort",
                "tu es un homme mort", "je sais ou tu habites", "je sais ou vous habitez", "tu vas le regretter",
                "vous allez le regretter", "tu vas me le payer", "vous allez me le payer", "tu vas prendre cher",
                "je vais te frapper", "je vais vous frapper", "te casser les dents", "kill you", "kill u",
                "hurt you", "beat you up", "you re dead", "youre dead", "you are dead", "i know where you live",
                "you ll regret", "you will regret", "gonna get you", "smash your face", "break your legs",
                "burn your house", "bruler ta maison", "cramer ta maison");
        put(m, OffensiveContentReasonCode.SEXUAL,
                "plan cul", "plans cul", "sexe", "sex", "sexy", "porno*", "porn", "pornograph*", "nude", "nudes", "erotique*",
                "erotic*", "coquine", "coquines", "fellation*", "bite", "bites", "envie de baiser", "baiser avec",
                "dick pic*", "blowjob*", "horny", "escort girl", "escort girls", "sugar daddy",
                "massage naturiste", "massage tantrique", "faveurs sexuelles", "sexual favours", "sexual favors",
                "sexuel*", "sexual*", "partie de jambes en l air", "photos de toi nue", "photos de toi nu",
                "send nudes", "hookup*", "hook up", "one night stand", "webcam coquine", "sucer la bite");
        put(m, OffensiveContentReasonCode.CONTACT_HARVESTING,
                "donne moi ton", "donnez moi votre", "envoie moi ton", "envoyez moi votre", "laisse moi ton",
                "laissez moi votre", "laissez votre numero", "laisse ton numero", "ton numero de telephone",
                "votre numero de telephone", "ton numero de tel", "votre numero de tel", "ton 06", "votre 06",
                "ton 07", "votre 07", "ton adresse mail", "votre adresse mail", "ton adresse e mail",
                "votre adresse e mail", "ton email", "votre email", "ton mail", "votre mail", "ton adresse perso",
                "ajoute moi", "ajoutez moi", "contacte moi sur", "contactez moi sur", "ecris moi sur",
                "ecrivez moi sur", "ecris moi directement", "ecrivez moi directement", "appelle moi directement",
                "appelez moi directement", "hors de la plateforme", "en dehors de la plateforme", "add me on",
                "add me at", "message me on", "text me on", "text me at", "dm me", "send me your", "give me your",
                "your phone number", "your number", "your email", "your e mail", "your address",
                "your home address", "off the platform", "outside the platform", "contact me directly",
                "call me directly", "email me at", "whatsapp me", "snap me");
        return m;
    }

    private static void put(Map<String, OffensiveContentReasonCode> m, OffensiveContentReasonCode code, String... terms) {
        for (String t : terms) {
            m.put(t, code);
        }
    }
}
