package io.github.entraide.policy;

import static io.github.entraide.policy.VolunteerOnlyReasonCode.AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.COMPENSATION;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.OFFER_TO_PAY;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_MEANS;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_WORD;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.RATE;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyVerdict.ACCEPTED;
import static io.github.entraide.policy.VolunteerOnlyVerdict.NEEDS_REVIEW;
import static io.github.entraide.policy.VolunteerOnlyVerdict.REJECTED;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in signals of payment, in French and English, applied to a folded text (see
 * {@link NormalizedText}). Every pattern is compiled once; none has nested unbounded quantifiers, so
 * matching stays linear in the length of the text.
 *
 * <p>Stateless and thread-safe.
 */
final class PaymentSignals {

    private PaymentSignals() {
    }

    private static Set<String> words(String... words) {
        return TextScan.words(words);
    }

    /** Start of a word: no letter or digit just before. */
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** End of a word: no letter or digit just after. */
    private static final String E = "(?![\\p{L}\\p{N}])";

    /** Digits, with thousands ("1 000", "1.000") and cents ("13,50"). */
    private static final String NUM = "(?<num>\\d{1,3}(?:[ .]\\d{3}){1,2}(?![\\d])(?:[.,]\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)";

    /** Currency written after the number. Group "cur". */
    private static final String CUR_AFTER = "(?<cur>€|\\$|£|(?:euros?|eur|e|balles|dollars?|usd|gbp|bucks?|quid|chf|francs?"
            + "|centimes?|cents?|cts|pounds|livres sterling|ronds|k€)" + E + ")";

    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])" + NUM + " ?" + CUR_AFTER);
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<cur>€|\\$|£|eur|usd|gbp|chf) ?" + NUM + "(?![\\p{N}])");

    private static final String NUMBER_WORD = "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
            + "|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|octante|nonante|cents?|mille"
            + "|quelques|plusieurs|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|hundred|thousand|few|couple|some|several|of|zero)";
    private static final Pattern AMOUNT_WORDS = Pattern.compile(
            B + "(?<num>" + NUMBER_WORD + "(?:(?:-et-| et | and |-| )" + NUMBER_WORD + "){0,4}) (?:d')?"
                    + "(?<cur>euros?|eur|balles|dollars?|bucks?|quid|pounds|livres sterling|centimes?|cents?|sou"
                    + "|sous(?![-\\p{L}])|pennies|penny|francs|ronds)" + E);
    private static final Pattern AMOUNT_SLANG = Pattern.compile(
            B + "(?:fiver|tenner|billets? de (?:\\d{1,3}|cinq|dix|vingt|cinquante|cent)(?: euros?| €)?|biff(?:ton)?s?|thune)" + E);

    private static final List<String> CURRENCY_WORD_TRIGGERS = List.of("eur", "balle", "dollar", "buck", "quid",
            "pound", "livre", "centime", "cent", "sou", "penn", "franc", "rond");

    private static final List<String> SLANG_TRIGGERS = List.of("fiver", "tenner", "billet", "biff", "thune");

    /** What makes an amount a rate, right after it. */
    private static final String UNIT = "(?:h|hr|hrs|heures?|hours?|seances?|sessions?|cours|lessons?|lecons?|visites?|visits?"
            + "|promenades?|balades?|walks?|sorties?|outings?|passages?|courses?|trips?|runs?|jours?|journees?|days?"
            + "|nuits?|nights?|semaines?|weeks?|mois|months?|demi-heures?|demi-journees?|half-hours?|half hours?"
            + "|interventions?|demarches?|prestations?|services?|rendez-vous|rdv|livraisons?|deliver(?:y|ies)"
            + "|deplacements?|kilometres?|km|miles?|appels?|calls?|conversations?|discussions?|visios?|papotages?|chats?|errands?|tasks?|taches?|fois|times?|kg|personnes?|pers"
            + "|bags?|sacs?|colis|parcels?|items?|articles?|trajets?"
            // a unit of administrative help: "30 € le dossier", "£40 per return" (heldout-4's misses)
            + "|dossiers?|formulaires?|declarations?|courriers?|lettres?|letters?|forms?|applications?|claims?"
            + "|returns?(?! (?:tickets?|trips?|journeys?|fares?))|files?|trimestres?|recuperations?|installations?|reparations?"
            + "|depannages?|cas|case|cases|rendez-vous|recherches?|traductions?|translations?|copies?|impressions?)";
    static final Pattern RATE_AFTER_AMOUNT = Pattern.compile(
            " ?(?:(?:max|maximum|environ|seulement|only|net|brut|nets|ttc|ht|each|chacune?|min|minimum|tout compris) ){0,2}"
                    + "(?:/ ?" + UNIT + E + "|d(?:e |')(?:l'|la |le )" + UNIT + E + "|l'" + UNIT + E
                    + "|(?:flat|a go|per go|par tete|per head|forfaitaires?|all in|tout compris|the lot)" + E
                    + "|(?!a la (?:livraison|reception|remise|recuperation)" + E + ")(?:par|per|a|an|la|le|the|each|chaque|pour|for|every) ?"
                    + "(?:l'|la |le |une |un |a |an |the |each |chaque )?" + UNIT + E + ")");
    private static final Pattern BARE_RATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/h-])(\\d{1,4}(?:[.,]\\d{1,2})?) ?(?:/ ?(?:h|hr|heure|hour)" + E + "|(?<=\\d)(?:ph|p/h|phr)" + E
                    + "|(?:de l'heure|l'heure|par heure|per hour|an hour|a hour|la seance|par seance|per session|a session"
                    + "|la course|par course|la balade|la promenade|la sortie|par promenade|per walk|a walk|le cours"
                    + "|la demi-journee|par demi-journee|per half day|la matinee"
                    + "|par cours|per lesson|a lesson|the hour|la demi-heure|la nuit|per night|a night)" + E + ")");

    private static final Set<String> ORDINAL_NOUNS = words("etage", "etg", "arrondissement", "arr", "arrdt", "siecle",
            "classe", "annee", "rang", "place", "position", "edition", "anniversaire", "generation", "tour", "porte",
            "batiment", "bat", "rue", "avenue", "circonscription", "secteur", "division", "ligne", "degre", "dan",
            "chapitre", "episode", "et", "ou", "a", "au", "de", "du", "semaine", "jour", "mois", "fois", "b", "c",
            "eme", "annees", "trimestre", "periode", "heure", "enfant", "fils", "fille", "petit", "petite");
    private static final Set<String> ORDINAL_BEFORE = words("le", "la", "les", "au", "du", "en", "dans", "paris", "lyon",
            "marseille", "arrondissement", "niveau", "classe", "de", "l", "the", "sa", "son", "ma", "mon", "ta", "ton",
            "et", "ou", "des", "aux", "eleve", "eleves", "entre", "cm1", "cm2", "college", "collegien", "bat", "etage");
    private static final Set<String> SCHOOL_WORDS = words("devoirs", "college", "collegien", "collegiens", "eleve",
            "eleves", "classe", "niveau", "maths", "math", "francais", "anglais", "scolaire", "cm1", "cm2", "lycee",
            "cours", "soutien", "ecole", "physique", "histoire");
    /** Words before an amount that make it a price: "je prends 10 €", "only $5". */
    private static final Set<String> PAY_BEFORE = words("prends", "prend", "prendrai", "prendrais", "demande",
            "demandons", "demanderai", "demanderais", "facture", "facturerai", "facturer", "payer", "paierai",
            "payerai", "pay", "paying", "charge", "charges", "charging", "ask", "asking", "take", "takes",
            "seulement", "only", "just", "juste", "moyennant", "contre", "donne", "donnerai", "donnerais", "donner",
            "give", "giving", "offre", "offrirai", "verse", "verserai", "verser", "file", "filerai", "gagner", "earn",
            "recevoir", "receive", "pr", "pour", "for", "a", "at", "tarif", "prix", "fee", "fees", "rate", "rates",
            "remuneration", "salaire", "pourboire", "tip", "coute", "coutera", "cost", "costs", "comptez", "compter",
            "forfait", "flat", "send", "envoie", "envoyer", "verserons", "donnerons");
    private static final Set<String> HOUSEHOLD_BILLS = words("loyer", "loyers", "factures", "facture", "impots",
            "impot", "amende", "amendes", "charges", "bills", "bill", "rent", "taxes", "tax", "cantine", "electricite",
            "gaz", "eau", "mutuelle", "pension", "retraite", "allocations", "caf");
    /** Words around "tarif" that make it a public fare or tariff, a topic of administrative help. */
    private static final Set<String> PUBLIC_FARES = words("carte", "abonnement", "demarches", "demarche",
            "billet", "billets", "transport", "transports", "bus", "tram", "train", "musee", "cinema", "piscine", "sncf",
            "cantine", "electricite", "gaz", "eau", "energie", "social", "sociale", "sociaux", "solidaire", "solidaires",
            "tag", "edf", "bleu");
    private static final Set<String> WEIGHT_VERBS = words("carry", "carrying", "lift", "lifting", "weigh", "weighs",
            "weighing", "lost", "lose", "gained", "gain", "porter", "soulever", "pese", "pesent", "heavy", "over",
            "than");
    private static final Set<String> POUND_PAYMENT = words("about", "around", "roughly", "approximately", "for", "pay", "paying", "charge", "charges", "give",
            "only", "just", "costs", "cost", "fee", "rate", "earn", "send", "ask", "asking", "take", "is", "are");
    private static final Set<String> COST_VERBS = words("coute", "coutent", "coutait", "cost", "costs", "vaut",
            "valent", "costing");
    private static final Set<String> SERVICE_NOUNS = words("prestation", "prestations", "service", "services", "aide",
            "cours", "seance", "seances", "heure", "balade", "promenade", "visite", "intervention", "help", "lesson",
            "lessons", "session", "sessions", "hour", "walk", "walks", "class", "classes", "garde", "menage", "aide",
            "tutoring", "visit", "job", "travail", "mes", "my", "our", "nos", "accompagnement", "soutien");
    /** Words after an amount that make it a payment for the person: "10 € pour votre peine". */
    private static final Pattern PAY_AFTER = Pattern.compile(
            " ?(?:(?:en plus|de plus|on top|extra|bonus|de pourboire|as a tip|tip|de service|pour le service"
                    + "|pour (?:votre|ton|ta|vos|tes|le|la|mon|ma) (?:peine|temps|aide|derangement|service|services|travail"
                    + "|deplacement|coup de main|benevolat)|for (?:your|the) (?:time|trouble|help|effort|efforts|service"
                    + "|services|work|walk|session|lesson))" + E + ")");
    /** Words before an amount that make it the cost of the goods: "budget 40 € max", "ticket de 23 €". */
    private static final Set<String> GOODS_BEFORE = words("budget", "max", "maximum", "environ", "env", "approx",
            "approximativement", "approximately", "about", "around", "roughly", "under", "moins", "plus", "worth",
            "valeur", "total", "montant", "ticket", "tickets", "receipt", "receipts", "rembourse", "rembourser", "remboursement", "rembourserai", "reimburse", "refund",
            "avance", "avancer", "depense", "depenses", "spent", "spend", "jusqu", "upto", "up", "etait", "was",
            "provisions", "panier", "caddie", "commande", "order", "came", "comes", "revient", "revenu");
    /**
     * Approximations: the cost of the goods only when the text speaks of goods ("environ 40 € de courses"),
     * a price otherwise ("I'll mow your lawn for around thirty dollars").
     */
    private static final Set<String> APPROXIMATIONS = words("environ", "env", "approx", "approximativement",
            "approximately", "about", "around", "roughly");
    private static final Pattern GOODS_AFTER = Pattern.compile(
            " ?(?:max|maximum|environ|de la|des|du ticket|du magasin|sur le ticket|on the receipt|of the receipt|de produits|de courses|d'achats|de provisions|de marchandises|de nourriture"
                    + "|de croquettes|de medicaments|pour (?:les|mes|vos|tes|ses|nos|des) (?:courses|achats|provisions|produits)"
                    + "|of (?:groceries|shopping|food|items|stuff|medicine)|worth|for (?:the )?(?:groceries|shopping|food|items"
                    + "|medicine|essentials))" + E);

    /** Places where reimbursement of goods is spoken of. */
    static final Alternation REIMBURSEMENT = Alternation.of(B, "rembours\\p{L}{0,8}|reimburs\\p{L}{0,6}|refund\\p{L}{0,4}|tickets?(?! d(?:e |')(?:bus|tram|metro|transport"
                    + "|cinema|loto|train|resto|restaurant))|receipts?|pay (?:you |u |me |it )?back|paid back|payback"
                    + "|money back|avance(?<!l'avance|d'avance|en avance)r?|avancerai|j'avance|front (?:the|you)|sur presentation"
                    + "|justificatifs?|au centime pres|prix coutant|a l'euro pres|on me to buy|(?:what|whatever) the till says"
                    + "|at cost|not a (?:penny|cent|pence) more|pas un (?:centime|sou|euro|kopeck) de plus|out of pocket"
                    + "|(?:the |l')?(?:money|argent|cash) (?:in advance|d'avance|a l'avance|avant|before)|de votre poche|de ta poche"
                    + "|l'argent (?:des|pour les) courses|(?:the )?(?:shopping|grocery) money|money for the (?:shopping|groceries)"
                    + "|(?:le )?montant (?:des courses|du ticket)|the cost of the (?:shopping|groceries)"
                    + "|(?:rendez|rendrez|rendre|rendiez) (?:juste |seulement )?(?:le prix|l'argent|la somme|le montant)"
                    + "|give (?:(?:you |u )(?:the |your )?|(?:you |u )?(?:the |your |it ))(?:\\d+ |money |cash )?back|(?:je )?(?:vous |te |lui )?(?:rends|rendrai|rendrais)"
                    + " (?:les|l'argent|la somme|vos|tes|ses|le montant)", E);

    private interface Judge {
        VolunteerOnlyVerdict judge(TextScan scan, int start, int end);
    }

    /**
     * One family of payment words. {@code triggers} are plain substrings one of which must occur in the
     * folded text for the pattern to be worth running: a {@code String.indexOf} is far cheaper than a
     * regular expression tried at every position, and most texts contain none of them.
     */
    private record Term(Alternation pattern, List<String> triggers, VolunteerOnlyReasonCode code, boolean negatable,
                        int window, Judge judge) {
        Term notNegatable() {
            return new Term(pattern, triggers, code, false, window, judge);
        }

        boolean worthRunning(String text) {
            if (triggers.isEmpty()) {
                return true;
            }
            for (String trigger : triggers) {
                if (text.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary used by the judges.

    private static final Set<String> GOODS_NOUNS = words("courses", "course", "achats", "achat", "produits", "ticket",
            "tickets", "articles", "provisions", "groceries", "shopping", "items", "food", "receipt", "medicaments",
            "medicine", "commission", "commissions", "essentials", "pain", "baguette", "lait");
    private static final Set<String> HELP_WITH = words("aider", "help", "helping", "set", "use", "apprendre",
            "aide", "aides", "helps", "remplir", "ecrire", "rediger", "signer", "write", "writing", "fill", "filling",
            "sign", "activer", "activate",
            "expliquer", "montrer", "comment", "configurer", "installer", "utiliser", "trouver", "creer", "ouvrir",
            "learn", "show", "teach", "explain", "install", "setup", "configure", "using", "find", "create", "open",
            "comprendre", "understand", "securiser", "parametrer", "telecharger", "download", "imprimer", "print");
    private static final Set<String> HOW_TO = words("apprendre", "expliquer", "explique",
            "montrer", "montre", "comment", "comprendre", "securiser", "configurer", "installer", "parametrer",
            "utiliser", "trouver", "imprimer", "telecharger", "creer", "ouvrir", "learn", "show",
            "teach", "explain", "understand", "install", "setup", "configure", "using", "find", "print",
            "download", "create", "declarer", "declaration", "remplir", "beneficier",
            "lire", "relire", "verifier", "comparer", "read", "check", "compare", "changer", "modifier", "retrouver",
            "contester", "dispute", "reclamer");
    private static final Set<String> BE_FORMS = words("etre", "suis", "es", "est", "sommes", "etes", "sont", "serai",
            "seras", "sera", "serons", "serez", "seront", "serais", "serait", "serions", "seriez", "seraient", "soit",
            "sois", "soyez", "etais", "etait", "ete", "bien", "mal", "tres", "mieux", "job", "boulot", "travail",
            "emploi", "mission", "missions", "poste", "aide", "service", "services", "prestation", "activite", "stage",
            "heures", "cours", "be", "get", "getting", "got", "been", "being", "gets", "is", "are", "was", "were", "am",
            "m", "well", "re", "paid");

    private static final Set<String> SERVICE_PRICED = words("cours", "seance", "seances", "heure", "heures",
            "prestation", "prestations", "service", "services", "intervention", "interventions", "aide", "balade",
            "promenade", "visite", "garde", "lecon", "lecons", "session", "sessions", "lesson", "lessons", "hour",
            "hours", "help", "walk", "visit", "visits", "work", "travail", "journee", "day", "course", "courses",
            "livraison", "delivery", "menage", "repassage", "soutien", "tutorat", "tutoring");

    /**
     * "prix du pain", "prix de l'essence", "price of the bread": a price word followed by an article and a thing
     * that is not a service ("prix de la séance" stays a price; "prix d'ami" has no article).
     */
    private static boolean priceOfAThing(TextScan scan, int end) {
        List<String> after = scan.wordsAfter(end, 3);
        if (after.isEmpty()) {
            return false;
        }
        int noun;
        switch (after.get(0)) {
            case "du", "des" -> noun = 1;
            case "de", "of" -> noun = after.size() > 1 && words("la", "l", "the", "ce", "cette").contains(after.get(1)) ? 2 : -1;
            default -> noun = -1;
        }
        if (noun < 0 || noun >= after.size()) {
            return false;
        }
        String thing = after.get(noun);
        return !SERVICE_PRICED.contains(thing) && !thing.chars().allMatch(Character::isDigit);
    }

    private static boolean goodsAfter(TextScan scan, int end, int words) {
        return TextScan.anyIn(scan.wordsAfter(end, words), GOODS_NOUNS);
    }

    /** Learning or doing something about money, not being paid: "comprendre un devis", "show you PayPal". */
    private static boolean howToBefore(TextScan scan, int start) {
        return TextScan.anyIn(scan.wordsBefore(start, 4), HOW_TO);
    }

    /** As {@link #howToBefore}, also accepting "aider à faire un virement", "help set up Revolut". */
    private static boolean helpWithBefore(TextScan scan, int start) {
        return TextScan.anyIn(scan.wordsBefore(start, 6), HELP_WITH);
    }

    private static final Judge ALWAYS = (scan, start, end) -> REJECTED;
    private static final Judge REVIEW = (scan, start, end) -> NEEDS_REVIEW;

    /** Payment words that lose their meaning when about the goods or a reimbursement: "le prix des courses". */
    private static final Judge UNLESS_GOODS = (scan, start, end) ->
            goodsAfter(scan, end, 3) || scan.reimbursementInSentence(start) || howToBefore(scan, start)
                    ? ACCEPTED : REJECTED;

    private static final Set<String> PARKING = words("parking", "parkings", "stationnement", "peage", "autoroute",
            "place", "zone", "toilettes", "wc", "parking", "piscine", "musee", "transport", "transports", "appli", "app");

    private static final List<Term> TERMS = List.of(
            // --- French payment words -------------------------------------------------------------
            term("payante?s?|payants", PAYMENT_WORD, (scan, start, end) ->
                    TextScan.anyIn(scan.wordsBefore(start, 2), PARKING) ? ACCEPTED : REJECTED),
            term("remuner\\p{L}{0,8}", PAYMENT_WORD, ALWAYS),
            term("retribu\\p{L}{0,8}", PAYMENT_WORD, ALWAYS),
            term("tarif(?:s|aire|aires|ication|e|es)?", PAYMENT_WORD, (scan, start, end) ->
                    PUBLIC_FARES.contains(TextScan.first(scan.wordsAfter(end, 1)))
                            || TextScan.anyIn(scan.wordsBefore(start, 4), PUBLIC_FARES) || howToBefore(scan, start)
                            ? ACCEPTED : REJECTED),
            term("honoraires?", PAYMENT_WORD, ALWAYS),
            // "devis gratuit" is a trade's free quote, so a "gratuit" after it does not cancel it.
            term("devis", PAYMENT_WORD, (scan, start, end) ->
                    howToBefore(scan, start) || scan.negatedBefore(start, 4) ? ACCEPTED : REJECTED).notNegatable(),
            term(triggers("factur"), "(?:je |j'|on |nous |il |elle )?(?:vous |te |t')?factur(?:er|erai|erais|era|ons|ez|ation|ations|ee|ees)",
                    PAYMENT_WORD, UNLESS_GOODS),
            term(triggers("factur"), "(?:je|on|il|elle) (?:vous |te |t')?facture", PAYMENT_WORD, ALWAYS),
            term("factures?", PAYMENT_WORD, (scan, start, end) -> {
                List<String> before = scan.wordsBefore(start, 2);
                List<String> after = scan.wordsAfter(end, 2);
                boolean household = TextScan.anyIn(before, words("mes", "ses", "vos", "tes", "nos", "leurs", "sa",
                        "ma", "ta", "votre", "leur", "payer", "regler", "comprendre", "lire"))
                        || TextScan.anyIn(after, words("electricite", "gaz", "eau", "telephone", "internet", "edf",
                        "engie", "energie", "loyer", "chauffage", "courses", "magasin"));
                return household || scan.reimbursementInSentence(start) || howToBefore(scan, start) ? ACCEPTED : NEEDS_REVIEW;
            }),
            term("commissions?", PAYMENT_WORD, (scan, start, end) -> {
                List<String> before = scan.wordsBefore(start, 2);
                if (TextScan.anyIn(before, words("la", "membre", "cette", "president", "presidente"))
                        || TextScan.anyIn(scan.wordsAfter(end, 1), words("municipale", "communale", "solidarite",
                        "locale", "scolaire", "europeenne", "d"))) {
                    return ACCEPTED; // "la commission solidarité de la mairie" is an institution
                }
                if (TextScan.anyIn(before, words("faire", "fais", "fait", "ferai", "ferais", "feras", "fera", "vos",
                        "tes", "mes", "ses", "nos", "petites", "quelques", "les", "des", "leurs"))) {
                    return ACCEPTED; // "faire les commissions" is running errands
                }
                String around = scan.s.substring(Math.max(0, start - 12), Math.min(scan.s.length(), end + 12));
                return around.matches("(?s).*\\d ?%.*") ? REJECTED : NEEDS_REVIEW;
            }),
            term("pourboires?", PAYMENT_WORD, ALWAYS),
            term("contre (?:un |une |de l')?(?:petite? )?(?:paiement|payment|argent|somme|finance|dedommagement|billet)",
                    PAYMENT_WORD, ALWAYS),
            term("moyennant", PAYMENT_WORD, ALWAYS),
            term("paiements?|payments?|reglements?", PAYMENT_WORD, (scan, start, end) -> {
                if (goodsAfter(scan, end, 3) || scan.reimbursementInSentence(start) || howToBefore(scan, start)
                        || TextScan.anyIn(scan.wordsAfter(end, 3), HOUSEHOLD_BILLS)) {
                    return ACCEPTED; // "aide au paiement du loyer" is a household matter
                }
                List<String> after = scan.wordsAfter(end, 2);
                if (TextScan.anyIn(after, words("ligne", "online", "contact", "contactless", "securise", "app", "apps",
                        "application", "applications", "appli", "applis"))) {
                    return ACCEPTED; // "le paiement en ligne": a topic of IT help
                }
                if (scan.s.startsWith("reglement", start)) {
                    // "règlement" is also a rule book: only its payment senses count.
                    return TextScan.anyIn(after, words("par", "en", "cash", "especes", "liquide", "cheque", "a",
                            "immediat", "comptant")) ? REJECTED : ACCEPTED;
                }
                return REJECTED;
            }),
            term("payables?", PAYMENT_WORD, ALWAYS),
            term(triggers("pay,paid,paie,remuner"), "(?:pay|paid|payment|payee?s?|paiement|remuneree?s?) (?:by the hour|hourly|per hour|a l'heure|de l'heure"
                    + "|a la seance|par seance|per session|par heure)", RATE, ALWAYS),
            term("prix|prices?|pricing|priced", PAYMENT_WORD, (scan, start, end) -> {
                List<String> after = scan.wordsAfter(end, 2);
                List<String> before = scan.wordsBefore(start, 2);
                if (TextScan.anyIn(before, words("gagne", "remporte", "won", "win", "obtenu", "recu", "decroche"))) {
                    return ACCEPTED; // a prize won, not a price asked
                }
                if (TextScan.anyIn(after, words("nobel", "goncourt", "litteraire")) || before.contains("grand")
                        || before.contains("premier") || after.contains("coutant")) {
                    return ACCEPTED;
                }
                if (after.contains("libre")) {
                    return REJECTED;
                }
                if (priceOfAThing(scan, end)) {
                    return ACCEPTED; // "le prix de l'essence", "the price of bread": a topic, not the help's price
                }
                return UNLESS_GOODS.judge(scan, start, end);
            }),
            term(triggers("gagner,arrondir,revenu,argent,combien,how much"), "gagner (?:ma vie|de l'argent|un peu|des sous|quelques)|arrondir (?:mes|ses|les|tes|nos|vos) fins? de mois"
                            + "|complements? de revenus?|revenus? complementaires?|argent de poche|argent en plus|un peu d'argent"
                            + "|(?:contre|pour|moyennant|donner|donnerai|recevoir|verser|envoyer|gagner|me faire|se faire)"
                            + " (?:un peu |quelques? )?(?:de l'|d')argent|pour l'argent"
                            + "|(?:combien|how much) (?:vous |tu |you )?(?:pouvez |peux |pourriez |voulez |can |could |would |will )?"
                            + "(?:payer|pay|donner|give|offrir|offer)",
                    PAYMENT_WORD, (scan, start, end) -> goodsAfter(scan, end, 3) ? ACCEPTED : REJECTED),
            term("credit d'impots?|reduction d'impots?|avance immediate|tax credit", PAYMENT_WORD,
                    (scan, start, end) -> howToBefore(scan, start) ? ACCEPTED : REJECTED),
            term(triggers("au black,au noir,declare,cash in hand,under the table"), "au (?:black|noir)|non declaree?s?|travail declare|heures declarees|cash in hand|under the table",
                    PAYMENT_WORD, ALWAYS).notNegatable(),
            term("auto-?entrepreneu(?:r|se)|micro-?entrepreneu(?:r|se)|siret|freelance", PAYMENT_WORD, REVIEW),
            term("petits? (?:boulots?|jobs?)|jobs? etudiants?|student jobs?|odd jobs?|paid work|paid job", PAYMENT_WORD,
                    (scan, start, end) -> scan.s.startsWith("paid", start) ? REJECTED : NEEDS_REVIEW),
            term("salaires?|salary|salaries|wages?|la paie|la paye|smic|minimum wage", PAYMENT_WORD, REVIEW),
            term("prix libre|participation libre|au chapeau|pay what you (?:want|can|like|wish|feel)|pay as you feel",
                    PAYMENT_WORD, ALWAYS),
            term(triggers("payer"), "(?:faire|fais|fait|ferai|ferais|fera) payer", PAYMENT_WORD, ALWAYS),
            term(triggers("need,want,expect"), "(?:need|needs|want|wants|expect|expects) (?:paying|to be paid|payment"
                    + "|some money)", PAYMENT_WORD, ALWAYS),
            term(triggers("somme,sum"), "(?:petites?|une|modique|small|a) (?:somme|sum)(?: modique)?|somme modique|sum of money", PAYMENT_WORD, ALWAYS),
            // "payé(e)" as the person being paid: "je suis payé", "travail payé", "payée en CESU".
            term("payee?s?|paid", PAYMENT_WORD, (scan, start, end) -> {
                List<String> before = scan.wordsBefore(start, 3);
                List<String> after = scan.wordsAfter(end, 3);
                String next = TextScan.first(after);
                if (TextScan.anyIn(before, GOODS_NOUNS) || TextScan.anyIn(before, words("bill", "bills", "loyer",
                        "facture", "factures", "commande", "order", "it", "they", "ils", "elles", "already", "deja",
                        "pre", "prepaid"))) {
                    return ACCEPTED;
                }
                if (next.equals("back") || next.equals("for") && goodsAfter(scan, end, 4)) {
                    return ACCEPTED;
                }
                if ((next.equals("par") || next.equals("by")) && after.size() > 1 && words("ma", "mon", "mes", "la", "le",
                        "l", "my", "his", "her", "their", "our", "your", "me", "him", "them", "sa", "son", "ses", "leur")
                        .contains(after.get(1))) {
                    return ACCEPTED;
                }
                if (words("job", "jobs", "work", "position", "help", "helper", "helpers", "service", "services", "gig",
                        "role", "hourly", "cash", "weekly", "monthly", "carer", "caregiver", "assistant").contains(next)) {
                    return REJECTED; // "paid job", "a paid helper"
                }
                String previous = TextScan.first(before);
                if (words("je", "j", "on", "il", "elle", "tu", "vous", "te", "i", "we", "you", "ai", "as", "a",
                        "avez", "have", "has", "had").contains(previous)) {
                    return ACCEPTED; // "je paye les produits", "I paid for": the buyer speaking of the goods
                }
                if (TextScan.anyIn(before, BE_FORMS) || words("job", "jobs", "work", "position", "help", "helper",
                        "service", "services", "gig", "role", "hourly", "per", "cash", "in", "a", "au", "en", "weekly",
                        "monthly", "chaque", "comptant", "well", "bien", "cesu").contains(next)) {
                    return REJECTED;
                }
                return ACCEPTED;
            }),
            // The buyer paying: neutral about the goods, doubtful otherwise.
            term(triggers("pai,pay"), "(?:je|j'|on|nous) (?:paie|paye|payerai|paierai|payerais|paierais|payerons|paierons|peux payer|pourrai payer"
                    + "|suis pret a payer|suis prete a payer)", OFFER_TO_PAY, (scan, start, end) -> {
                List<String> after = scan.wordsAfter(end, 3);
                if (TextScan.first(after).equals("bien") || TextScan.first(after).equals("cash")) {
                    return REJECTED;
                }
                if (scan.s.substring(start, end).contains("pret")) {
                    return goodsAfter(scan, end, 3) ? ACCEPTED : REJECTED;
                }
                return goodsAfter(scan, end, 4) || scan.reimbursementInSentence(start)
                        || TextScan.anyIn(after, words("l'essence", "essence", "les", "le", "la", "mes", "ce", "ca", "tout"))
                        && !TextScan.anyIn(after, words("heure", "seance", "service", "aide", "temps"))
                        ? ACCEPTED : NEEDS_REVIEW;
            }),
            // Paying the other person: "je vous paierai", "je peux te payer", "vous devrez me payer", "I'll pay you".
            term(triggers("pai,pay,remuner,retribuer,dedommag,willing,ready,happy,glad,regler"), "(?:vous|vs|te|t'|toi|me|m') ?(?:payer|paierai|payerai|paierais|payerais|paie|paye|payerons|paierons"
                    + "|remunerer|remunererai|retribuer|dedommagerai|dedommager|regler|reglerai|reglerez|reglerais)"
                    + "|pay (?:you|u|ya|me|him|her|them)|will pay (?:well|good|cash|handsomely)|(?:willing|ready|happy|glad) to pay",
                    OFFER_TO_PAY, (scan, start, end) -> {
                List<String> after = scan.wordsAfter(end, 4);
                if (TextScan.first(after).equals("back") || goodsAfter(scan, end, 4)
                        || TextScan.anyIn(after, words("receipt", "ticket", "rembourse"))) {
                    return ACCEPTED;
                }
                String matched = scan.s.substring(start, end);
                if (matched.contains("dedommag")) {
                    return NEEDS_REVIEW;
                }
                if (scan.reimbursementInSentence(start) && (matched.startsWith("me") || matched.startsWith("m'")
                        || matched.endsWith("me"))) {
                    return ACCEPTED; // "vous me payez le ticket" is the reimbursement itself
                }
                return REJECTED;
            }),
            term(triggers(" pay"), "(?:i'll|i will|i can|i'd|i would|we'll|we will|we can|will) pay(?! (?:you|u|ya|me|back|for the|for your groceries"
                    + "|for what|for everything|for the shopping|what|it back))", OFFER_TO_PAY, (scan, start, end) ->
                    goodsAfter(scan, end, 4) || scan.reimbursementInSentence(start) ? ACCEPTED : NEEDS_REVIEW),
            term("petits? billets?|billet doux", OFFER_TO_PAY, (scan, start, end) ->
                    scan.s.startsWith("billet doux", start) ? ACCEPTED : REJECTED),
            term(triggers("donn,offr,file,glisse,laisse,verse"), "(?:vous|te|t') (?:donnerai|donnerais|donne|offrirai|offre|file|filerai|glisserai|glisse|laisserai|laisse"
                    + "|verserai|verse) (?:un |une |de l'|quelques )?(?:argent|billet|billets|cash|especes|liquide|somme"
                    + "|pourboire|sous|thune)", OFFER_TO_PAY, ALWAYS),
            term(triggers("money,cash,side hustle,extra income"), "(?:give|giving|offer|offering|send|sending|pay|paying|earn|earning|make|making|get|getting|for)"
                    + " (?:you |u |me )?(?:some |a bit of |a little |extra |some extra |good |the )?(?:money|cash)"
                    + "|pocket money|money on the side|extra money|extra cash|side hustle|extra income",
                    PAYMENT_WORD, (scan, start, end) -> {
                String next = TextScan.first(scan.wordsAfter(end, 1));
                return next.equals("back") || goodsAfter(scan, end, 4) || scan.reimbursementInSentence(start)
                        && !scan.s.startsWith("earn", start) ? ACCEPTED : REJECTED;
            }),
            // --- English payment words -------------------------------------------------------------
            term("fees?", PAYMENT_WORD, (scan, start, end) ->
                    TextScan.anyIn(scan.wordsBefore(start, 1), words("late", "bank", "banking", "overdraft", "school",
                            "tuition", "council", "parking", "card", "account", "entry", "entrance"))
                            || howToBefore(scan, start) ? ACCEPTED : REJECTED),
            term("charg(?:e|es|ing|ed)", PAYMENT_WORD, (scan, start, end) -> {
                List<String> before = scan.wordsBefore(start, 2);
                String previous = TextScan.first(before);
                String next = TextScan.first(scan.wordsAfter(end, 1));
                if (words("my", "your", "his", "her", "the", "their", "its", "it", "up", "phone", "phones", "battery",
                        "batteries", "car", "laptop", "tablet", "with", "of", "les", "la", "le", "des", "mes", "vos",
                        "ses", "lourdes", "en").contains(next)) {
                    return ACCEPTED;
                }
                boolean verb = words("i", "we", "ll", "d", "will", "would", "only", "just", "to", "can", "usually",
                        "normally", "do", "t", "not", "never", "also", "they", "he", "she", "be", "been", "being", "is",
                        "are", "get", "who", "you").contains(previous);
                boolean noun = words("small", "little", "nominal", "modest", "minimal", "flat", "extra", "additional",
                        "service", "delivery", "a", "for", "hourly").contains(previous);
                return verb || noun ? REJECTED : ACCEPTED;
            }),
            term("rates?", PAYMENT_WORD, (scan, start, end) -> {
                String previous = TextScan.first(scan.wordsBefore(start, 1));
                String next = TextScan.first(scan.wordsAfter(end, 1));
                if (words("hourly", "flat", "daily", "weekly", "reasonable", "competitive", "low", "affordable", "student",
                        "special", "friendly", "fixed", "cheap", "standard", "usual", "going", "horaire").contains(previous)) {
                    return REJECTED;
                }
                if (next.equals("of") || next.equals("this") || next.equals("me") || next.equals("my") || next.equals("us")
                        || words("heart", "typing", "success", "birth", "interest", "exchange", "first", "any",
                        "response", "reading", "speaking", "pulse", "crime", "tax").contains(previous)) {
                    return ACCEPTED;
                }
                if (words("my", "our", "hourly", "flat", "daily", "weekly", "reasonable", "competitive", "low",
                        "affordable", "student", "special", "friendly", "fixed", "good", "cheap", "standard", "usual",
                        "his", "her", "their", "going", "day", "night", "horaire").contains(previous)
                        || words("is", "are", "start", "starts", "starting", "from", "negotiable", "apply", "vary")
                        .contains(next)) {
                    return REJECTED;
                }
                return scan.s.startsWith("rates", start) ? NEEDS_REVIEW : ACCEPTED;
            }),
            term("invoic\\p{L}{0,4}", PAYMENT_WORD, (scan, start, end) ->
                    TextScan.anyIn(scan.wordsBefore(start, 2), words("my", "your", "his", "her", "their", "an", "the"))
                            || howToBefore(scan, start) ? ACCEPTED : REJECTED),
            term(triggers("tip"), "tips? (?:are |is )?(?:welcome|appreciated|accepted|bienvenue?s?)|(?:small|little) tip|tip me|tip jar"
                    + "|leave (?:me |us )?a tip|tipping|tips? (?:in|to) (?:cash|the)", PAYMENT_WORD, ALWAYS),
            term("quotes?", PAYMENT_WORD, (scan, start, end) ->
                    TextScan.anyIn(scan.wordsBefore(start, 2), words("free", "a", "on")) || TextScan.anyIn(
                            scan.wordsAfter(end, 2), words("request", "demand")) ? REJECTED : ACCEPTED),
            // "not free", "pas gratuit": saying that the help is paid.
            term("gratuite?s?|gratuitement|benevole(?:s|ment)?|benevolat|free|volunteer\\p{L}{0,3}|voluntary", PAYMENT_WORD,
                    (scan, start, end) -> {
                if (!scan.negated(start, end, 3) || scan.wordsBefore(start, 3).contains("rien")
                        || scan.wordsBefore(start, 3).contains("nothing")) {
                    return ACCEPTED;
                }
                if (scan.s.startsWith("free", start)) {
                    List<String> after = scan.wordsAfter(end, 1);
                    if (!after.isEmpty() && !words("of", "service", "help", "it", "this").contains(after.get(0))) {
                        return ACCEPTED; // "I'm not free on Mondays" is about time, not money
                    }
                }
                return REJECTED;
            }).notNegatable(),
            // --- Means of payment ------------------------------------------------------------------
            term("cesu|cheques? emploi(?:[- ]services?)?(?: universels?)?|titres? cesu|chq emploi", PAYMENT_MEANS, ALWAYS),
            term("paypal|paylib|wero|venmo|revolut|western union|moneygram|zelle|cash ?app|sumeria|lyf|apple pay|google pay"
                    + "|bitcoins?|crypto|mandat cash|virements?(?: bancaires?)?|bank transfers?|wire transfers?|iban|rib"
                    + "|cheques?|especes|en liquide|in liquid|cash|lydia",
                    PAYMENT_MEANS, (scan, start, end) -> {
                String matched = scan.s.substring(start, end);
                List<String> before = scan.wordsBefore(start, 3);
                List<String> after = scan.wordsAfter(end, 2);
                if (scan.textHasReimbursement || scan.goodsAmountInSentence(start) || helpWithBefore(scan, start)
                        || before.contains("argent") || goodsAfter(scan, end, 3)
                        || TextScan.anyIn(scan.wordsBefore(start, 4), words("deja", "already", "don", "donation", "donate"))
                        || TextScan.anyIn(scan.wordsBefore(start, 8), words("croix", "restos", "secours", "charity", "emmaus",
                        "caritas", "unicef", "telethon", "association", "foodbank", "bank"))
                        && TextScan.anyIn(scan.wordsBefore(start, 10), words("don", "donation", "donate", "donner", "give"))
                        || TextScan.anyIn(scan.wordsBefore(start, 4), words("regle", "reglee", "paye", "payee", "paid",
                        "settled")) && TextScan.anyIn(scan.wordsBefore(start, 6), words("a", "ai", "as", "avons", "avez",
                        "ont", "has", "have", "had"))) {
                    // "cash for the groceries", "elle a déjà réglé le pharmacien par chèque": the goods, or paid already
                    return ACCEPTED; // paying back the receipt, or learning to use the tool
                }
                switch (matched) {
                    case "lydia":
                        // Lydia is a first name too: only a payment word around makes it the app.
                        return TextScan.anyIn(before, words("par", "via", "sur", "en", "pay", "paie", "paye", "payer",
                                "paiement", "payment", "by", "through", "send", "envoie", "virement", "app", "appli",
                                "ou", "or", "accepte", "acceptes"))
                                || TextScan.anyIn(after, words("ou", "or", "paypal", "accepte", "acceptes", "accepted"))
                                ? REJECTED : ACCEPTED;
                    case "especes":
                        return TextScan.anyIn(after, words("de", "d", "animales", "vegetales", "protegees"))
                                || TextScan.anyIn(before, words("toutes", "les", "des", "certaines", "plusieurs",
                                "nombreuses", "ces")) ? ACCEPTED : REJECTED;
                    case "cash":
                        return TextScan.anyIn(before, words("withdraw", "retirer", "distributeur", "atm"))
                                || TextScan.anyIn(after, words("machine", "machines", "point", "points", "dispenser",
                                "withdrawal", "converters", "express")) ? ACCEPTED : REJECTED;
                    default:
                        if (matched.startsWith("cheque")) {
                            if (TextScan.anyIn(before, words("vos", "mes", "ses", "tes", "your", "my", "her", "his",
                                    "deposer", "encaisser", "deposit", "poster"))) {
                                return ACCEPTED; // taking someone's cheques to the bank is an errand
                            }
                            return TextScan.anyIn(after, words("energie", "cadeau", "cadeaux", "vacances", "dejeuner",
                                    "dejeuners", "restaurant", "alimentaire", "alimentaires", "emploi", "book", "books"))
                                    ? ACCEPTED : REJECTED;
                        }
                        return REJECTED;
                }
            }),
            // --- Vague payment, for a moderator: goodwill, in kind, loose rates, slang (issue 18) ----------
            term(triggers("envelop"), "(?:petite |une |1 |small |an |a |little )envel(?:o|op)pe", COMPENSATION, (scan, start, end) ->
                    scan.textHasReimbursement || TextScan.anyIn(scan.wordsBefore(start, 3), words("dans", "in", "poster", "post", "timbre", "timbrer", "stamp", "mettre",
                            "sous", "courrier", "letter", "adresser", "address", "ecrire", "write", "ouvrir", "open"))
                    || TextScan.anyIn(scan.wordsAfter(end, 2), words("timbree", "timbrees", "kraft", "bulles", "stamped",
                            "addressed", "reponse", "with", "avec", "de", "du", "from")) ? ACCEPTED : NEEDS_REVIEW),
            term(triggers("sous"), "(?:besoin de|un peu de|quelques|des|mes|tes|vos|de|qq) sous(?! ?(?:le|la|les|l'|un|une|forme"
                    + "|reserve|vide|traitement|tutelle|curatelle|pression|terre|titres?|total|chef|couche|dossiers?|-))",
                    COMPENSATION, (scan, start, end) -> TextScan.anyIn(scan.wordsBefore(start, 2), words("coutait", "coute",
                            "coutaient", "coutent", "valait", "cost", "costs", "pour", "payait")) ? ACCEPTED : NEEDS_REVIEW),
                    // "du temps où la baguette coûtait quelques sous": a price of the past, not a payment
            term(triggers("ble"), "(?:un peu de|quelques|contre du|pour du) ble", COMPENSATION, REVIEW),
            term(triggers("per ,par ,heure,de lh,hourly,daily,visit,passage,seance,session"), "(?:per|a|par|la|le) (?:visit|visite|passage|seance|session)"
                    + "|(?:hourly|per visit|per session|per hour|daily|day) rates?|de l'?heure|de lh|par heure|per hour",
                    RATE, (scan, start, end) -> TextScan.anyIn(scan.wordsBefore(start, 1), words("fois", "times", "once",
                            "twice", "km", "kilometres", "miles", "mph", "bus", "buses", "trains", "cachets", "tablets",
                            "avance", "retard", "late", "early", "quart", "moitie", "half"))
                            || (scan.s.startsWith("le ", start) || scan.s.startsWith("la ", start))
                            && scan.wordsBefore(start, 3).stream().noneMatch(w -> w.matches(".*\\d.*"))
                            ? ACCEPTED : NEEDS_REVIEW), // "le passage du franc à l'euro" is not "10 € le passage"
            term(triggers("particip"), "particip\\p{L}{0,5} (?:libre|volontaire|au peage|a l'essence|aux frais|au carburant"
                    + "|a la hauteur)|(?:vous|tu) participe[zs]?", COMPENSATION, REVIEW),
            term(triggers("contribution,coeur,moyens,afford"), "contributions? (?:libres?|volontaires?)|(?:votre|your) contribution"
                    + "|(?:a|au|selon) (?:votre )?bon coeur|selon vos moyens|what you can afford", COMPENSATION, REVIEW),
            term(triggers("tip,pourboire"), "(?:a|un|petit|small|little|any) (?:tip|pourboire)", COMPENSATION, (scan, start, end) ->
                    TextScan.anyIn(scan.wordsAfter(end, 1), words("for", "pour", "on", "sur", "about", "from", "de"))
                            ? ACCEPTED : NEEDS_REVIEW),
            term(triggers("ce que,ce qu',what"), "(?:donnez|donner|donnes|payez|payer|payes|mettez|laissez|give|pay|donate|leave)"
                    + "(?: me| moi)? (?:ce que|ce qu'|what|whatever) (?:vous|tu|you|u) (?:voulez|veux|pouvez|peux|want|like"
                    + "|can|wish|think|feel)", COMPENSATION, REVIEW),
            term(triggers("me pay,buy me,get me"), "(?:vous|tu) me pay(?:ez|es|erez|eras|erais|eriez) (?:le|la|un|une|les|des|l')"
                    + "|(?:buy|get) me (?:a|an|some) (?:drink|beer|pint|coffee|lunch|meal)", COMPENSATION, REVIEW),
            term(triggers("%,cent"), "(?:\\d{1,3} ?%|\\p{L}{3,14} pour ?cents?|\\p{L}{3,14} percent|\\d{1,3} percent) (?:du|de|des|sur le|sur les"
                    + "|of the|on the|on top of the) (?:ticket|total|montant|courses|receipt|shopping|bill|facture)",
                    PAYMENT_WORD, ALWAYS),
            term(triggers("main d"), "main[- ]d'?oeuvre", PAYMENT_WORD, REVIEW),
            term(triggers("billet"), "(?:me|m') ?(?:files?|filez) (?:un|1|une) (?:petit )?billet"
                    + "|billet pour (?:la|le|ma|mon) (?:main|peine|service|temps|derangement)|= ?1 billet",
                    PAYMENT_WORD, (scan, start, end) -> scan.textHasReimbursement || scan.s.contains("monnaie")
                            ? ACCEPTED : REJECTED),
            // --- Compensation, a contribution to costs: doubtful, for a moderator -------------------
            term("dedommag\\p{L}{0,8}|defrai\\p{L}{0,6}|defray\\p{L}{0,4}|indemni\\p{L}{0,8}|compensat\\p{L}{0,4}"
                    + "|compense\\p{L}{0,2}|recompenses?|rewards?|contreparties?", COMPENSATION, REVIEW),
            term(triggers("particip"), "(?:petite |une |legere |modeste |symbolic |small )participation|participations? (?:aux frais|financieres?"
                    + "|symboliques?|aux depenses|a l'essence|pour l'essence|aux courses)|participer (?:aux|a l') ?(?:frais"
                    + "|essence|depenses)|participer financierement", COMPENSATION, REVIEW),
            term(triggers("contribu,chip in"), "(?:petite |une |small |a )contribution|contributions? (?:aux|to|towards|toward|for|a l'|financieres?"
                    + "|symboliques?)|contribuer (?:aux|a l'|financierement)|chip in", COMPENSATION, REVIEW),
            term("frais", COMPENSATION, (scan, start, end) -> {
                String previous = TextScan.first(scan.wordsBefore(start, 1));
                String next = TextScan.first(scan.wordsAfter(end, 1));
                boolean costs = words("les", "des", "aux", "vos", "mes", "ses", "nos", "tes", "leurs", "ces", "de", "d",
                        "sans", "aucun", "petits", "quelques", "vrais", "mon", "ton", "son").contains(previous)
                        || words("kilometriques", "supplementaires", "annexes").contains(next);
                if (!costs || goodsAfter(scan, end, 2) || howToBefore(scan, start) || TextScan.anyIn(scan.wordsAfter(end, 1),
                        words("bancaires", "medicaux", "scolaires", "hospitaliers", "funeraires", "notaire"))) {
                    return ACCEPTED;
                }
                List<String> after = scan.wordsAfter(end, 2);
                return TextScan.anyIn(after, words("service", "dossier", "inscription", "gestion", "livraison"))
                        ? REJECTED : NEEDS_REVIEW;
            }),
            term(triggers("money,cost,expense,allowance,mileage,essence,petrol,fuel,gas,frais,indemnit"), "(?:gas|petrol|fuel) (?:money|costs?|expenses)|(?:travel|mileage) (?:costs?|expenses|allowance)|mileage"
                    + "|expenses|pour l'essence|for (?:the )?(?:petrol|fuel|gas)|frais d'essence|frais de (?:carburant"
                    + "|deplacement|transport|route)|indemnites? kilometriques?", COMPENSATION, REVIEW),
            term("petites? pieces?|petit quelque chose|a little something|something for (?:your|the) trouble|petit geste"
                    + "|un geste|small token|token of (?:appreciation|gratitude)", COMPENSATION, REVIEW),
            term("cagnotte|donations?|dons? (?:acceptes|libres?|bienvenus?)|faire un don|un petit don", COMPENSATION, REVIEW));

    private static List<String> triggers(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }

    private static Term term(List<String> triggers, String regex, VolunteerOnlyReasonCode code, Judge judge) {
        return new Term(Alternation.of(B, regex, E), triggers, code, true, 4, judge);
    }

    private static Term term(String regex, VolunteerOnlyReasonCode code, Judge judge) {
        return new Term(Alternation.of(B, regex, E), Triggers.of(regex), code, true, 4, judge);
    }

    // ---------------------------------------------------------------------------------------------

    static void scan(TextScan scan) {
        amounts(scan);
        for (Term term : TERMS) {
            if (!term.worthRunning(scan.s)) {
                continue;
            }
            for (int[] m : term.pattern().findAll(scan.s)) {
                if (term.negatable() && scan.negated(m[0], m[1], term.window())) {
                    continue;
                }
                scan.add(m[0], m[1], term.code(), term.judge().judge(scan, m[0], m[1]));
            }
        }
    }

    private static void amounts(TextScan scan) {
        String s = scan.s;
        boolean currencyWord = CURRENCY_WORD_TRIGGERS.stream().anyMatch(s::contains);
        for (Pattern p : List.of(AMOUNT_AFTER, AMOUNT_BEFORE, AMOUNT_WORDS)) {
            if (p == AMOUNT_WORDS && !currencyWord) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                amount(scan, m.start(), m.end(), p == AMOUNT_WORDS, m.group("cur"), m.group("num"));
            }
        }
        Matcher slang = AMOUNT_SLANG.matcher(SLANG_TRIGGERS.stream().anyMatch(s::contains) ? s : "");
        while (slang.find()) {
            if (!scan.negated(slang.start(), slang.end(), 1)) {
                scan.add(slang.start(), slang.end(), AMOUNT, REJECTED);
            }
        }
        Matcher bare = BARE_RATE.matcher(s);
        while (bare.find()) {
            if (!isZero(bare.group(1))) {
                scan.add(bare.start(), bare.end(), RATE, REJECTED);
            }
        }
    }

    private static void amount(TextScan scan, int start, int end, boolean inWords, String currency, String number) {
        String s = scan.s;
        // Digits are negated only right before them ("sans 1 €"), because "pas de souci pour 20 €" is a price;
        // words reach further: "je ne veux pas un centime", "I won't take a penny".
        if (isZero(number) || scan.negated(start, end, inWords ? 3 : 1)) {
            return; // "0 €", "pas un centime", "not a penny": saying it is free
        }
        Matcher rate = RATE_AFTER_AMOUNT.matcher(s).region(end, s.length());
        boolean isRate = rate.lookingAt();
        List<String> before = scan.wordsBefore(start, 4);
        boolean payBefore = TextScan.anyIn(before.subList(0, Math.min(2, before.size())), PAY_BEFORE)
                || TextScan.anyIn(before, words("prends", "demande", "charge", "charges", "pay", "payer", "tarif",
                "prix", "fee", "rate", "remuneration", "give", "donne", "donnerai", "offre", "verserai"));
        if ("e".equals(currency) || "pounds".equals(currency) || "balles".equals(currency) || "ronds".equals(currency)) {
            if (!isRate && !ambiguousUnitIsMoney(scan, start, end, currency, number, payBefore)) {
                return;
            }
        }
        if (isRate) {
            scan.add(start, rate.end(), RATE, REJECTED);
            return;
        }
        Matcher payAfter = PAY_AFTER.matcher(s).region(end, s.length());
        if (payAfter.lookingAt()) {
            scan.add(start, payAfter.end(), AMOUNT, REJECTED);
            return;
        }
        boolean strongPayBefore = TextScan.anyIn(before.subList(0, Math.min(2, before.size())), words("prends",
                "prend", "demande", "facture", "charge", "charges", "ask", "asking", "pay", "payer", "donne", "donnerai",
                "give", "verserai", "gagner", "earn", "seulement", "only", "just", "juste", "comptez", "pr", "tarif",
                "fee", "rate", "remuneration"));
        Matcher goods = GOODS_AFTER.matcher(s).region(end, s.length());
        boolean approximationOnly = TextScan.anyIn(before, APPROXIMATIONS) && !TextScan.anyIn(before, NOT_APPROX_GOODS)
                && !scan.textHasReimbursement && !textSpeaksOfGoods(scan);
        boolean goodsContext = TextScan.anyIn(before, GOODS_BEFORE) && !approximationOnly || goods.lookingAt()
                // "le bus coûte 1,70 €" is a price of goods; "ma prestation coûte 20 €" is not.
                || TextScan.anyIn(before, COST_VERBS) && !TextScan.anyIn(before, SERVICE_NOUNS);
        if (goodsContext && !strongPayBefore) {
            scan.markGoodsAmount(start);
            return; // the cost of the groceries themselves: "budget 40 € max", "ticket de 23,40 €"
        }
        if (scan.reimbursementInSentence(start) && !strongPayBefore) {
            // Reimbursing the receipt is fine, but an amount next to it may cover more than the goods.
            scan.add(start, end, REIMBURSEMENT_AMOUNT, NEEDS_REVIEW);
            return;
        }
        scan.add(start, end, AMOUNT, REJECTED);
    }

    /**
     * "40e", "5 balles", "20 pounds": money or something else ("3e étage", "2 balles de tennis",
     * "a 20 pound bag")? Money when a payment word stands before it; for "e", also when the number is
     * too high for a school year or a floor and nothing ordinal surrounds it.
     */
    private static boolean ambiguousUnitIsMoney(TextScan scan, int start, int end, String currency, String number,
                                                boolean payBefore) {
        List<String> after = scan.wordsAfter(end, 1);
        List<String> before = scan.wordsBefore(start, 1);
        switch (currency) {
            case "balles":
            case "ronds":
                return !TextScan.first(after).equals("de") && !TextScan.first(after).equals("of");
            case "pounds":
                // "a 20 pounds bag" is a weight: only a payment verb before makes it money.
                // "I'll shop for you, 5 pounds": nothing after it in the clause and no weight verb before, money.
                return TextScan.anyIn(scan.wordsBefore(start, 2), POUND_PAYMENT) && !TextScan.first(after).equals("of")
                        || after.isEmpty() && !TextScan.anyIn(scan.wordsBefore(start, 3), WEIGHT_VERBS);
            default:
                break;
        }
        if (ORDINAL_NOUNS.contains(TextScan.first(after)) || scan.s.startsWith("/", end) || scan.s.startsWith("-", end)) {
            return false;
        }
        int value = parseInt(number);
        boolean ordinalBefore = TextScan.anyIn(before, ORDINAL_BEFORE);
        if (payBefore && !ordinalBefore) {
            boolean school = value <= 6 && scan.s.length() < 4000
                    && TextScan.anyIn(scan.wordsAfter(0, 400), SCHOOL_WORDS);
            return !school;
        }
        return value >= 7 && !ordinalBefore && !TextScan.anyIn(scan.wordsBefore(start, 3), SCHOOL_WORDS);
    }

    /** The goods words of {@link #GOODS_BEFORE}, other than approximations. */
    private static final Set<String> NOT_APPROX_GOODS = words("budget", "max", "maximum", "under", "moins", "worth",
            "valeur", "total", "montant", "ticket", "tickets", "receipt", "receipts", "rembourse", "rembourser",
            "remboursement", "rembourserai", "reimburse", "refund", "avance", "avancer", "depense", "depenses", "spent",
            "spend", "jusqu", "upto", "provisions", "panier", "caddie", "commande", "order", "came", "comes", "revient",
            "revenu");
    private static final Set<String> GOODS_TEXT = words("courses", "achats", "produits", "ticket", "tickets",
            "articles", "provisions", "groceries", "shopping", "shop", "items", "food", "receipt", "medicaments",
            "medicine", "pharmacie", "chemist", "commissions", "essentials", "pain", "baguette", "lait", "milk", "bread",
            "marche", "market", "supermarche", "supermarket", "magasin", "store", "lidl", "aldi", "carrefour", "leclerc",
            "tesco", "auchan", "intermarche", "drive", "budget", "croquettes", "legumes", "fruits");

    /** Whether the text (its first 4,000 characters) speaks of goods to buy. */
    private static boolean textSpeaksOfGoods(TextScan scan) {
        return scan.hasWord(GOODS_TEXT, 4000);
    }

    private static boolean isZero(String number) {
        if (number == null) {
            return false;
        }
        if (number.matches("zero")) {
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
                if (c != '0') {
                    return false;
                }
            }
        }
        return digit;
    }

    private static int parseInt(String number) {
        int value = 0;
        for (int i = 0; i < number.length() && value < 100_000; i++) {
            char c = number.charAt(i);
            if (c == ',' || c == '.') {
                break;
            }
            if (Character.isDigit(c)) {
                value = value * 10 + (c - '0');
            }
        }
        return value;
    }
}
