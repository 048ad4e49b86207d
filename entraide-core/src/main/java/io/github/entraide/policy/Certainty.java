package io.github.entraide.policy;

import static io.github.entraide.policy.VolunteerOnlyReasonCode.AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.OFFER_TO_PAY;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_MEANS;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_WORD;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.RATE;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.TERRITORY_TERM;
import static io.github.entraide.policy.VolunteerOnlyVerdict.NEEDS_REVIEW;
import static io.github.entraide.policy.VolunteerOnlyVerdict.REJECTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step of an assessment, for every kind of help including {@link AssessmentContext.Kind#UNKNOWN}: a finding
 * stays {@code REJECTED} only when the text clearly says that the author is to be paid for the help. Every other
 * money signal is at most {@code NEEDS_REVIEW}: a moderator decides, nobody is refused on a guess.
 *
 * <p>Clear signals are of two sorts:
 * <ul>
 *   <li>a cue, in the same sentence as the finding, that the other person pays the author (first or second
 *       person): {@code je prends}, {@code je demande}, {@code je facture}, {@code me payer}, {@code mes tarifs},
 *       {@code pour ma peine}, {@code pay me}, {@code I charge}, {@code my rates}, {@code for my time}&hellip;;</li>
 *   <li>a finding that itself ties money to the help: an offer to pay the author ({@code je vous paierai}),
 *       {@code CESU}, words saying the help is paid ({@code rémunéré}, {@code payant} after the help,
 *       {@code honoraires}, {@code moyennant}, {@code pas gratuit}, {@code get paid}&hellip;), an amount tied to the
 *       help ({@code contre 20 €}, {@code forfait de 25 €}, {@code 10 € pour ma peine}), and a rate per hour,
 *       session or visit when no third party's price stands before it ({@code le parking est à 4 € de l'heure},
 *       {@code a plumber charging £40 an hour} and rates in homework are the subject, not the author's rate).</li>
 * </ul>
 * A tip ({@code pourboire}, {@code tips welcome}) is left to the other person's goodwill: doubtful, not a price.
 *
 * <p>Stateless and thread-safe; one pattern, without nested unbounded quantifiers, tried only when a cheap
 * substring is present.
 */
final class Certainty {

    private Certainty() {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    /** The other person pays the author: first- or second-person cues only. */
    private static final Alternation AUTHOR_PAID = Alternation.of(B, "je (?:vous )?(?:prends|prendrai|demande"
            + "|demanderai|facture|facturerai|me fais payer|garde la monnaie)|j'(?:demande|facture)"
            + "|(?:me|m') ?(?:payer|paierez|payerez|payez|payera|paiera|verser|versez|regler|reglez|filer|filez|filerez|files)"
            + "|(?:mon|mes) (?:tarifs?|prix|honoraires|lydia|paypal|iban|rib|wero|revolut)(?! (?:a|au|aux|pour|to)" + E + ")"
            + "|pour (?:ma|mon) (?:peine|temps|service|derangement|matinee|journee|soiree|aprem)"
            + "|pay me(?! back)|paying me(?! back)|you (?:pay|owe) me|i (?:charge|ask for|take)|i'll charge|i will charge"
            + "|i'd charge|my (?:usual |normal |hourly )?(?:fees?|rates?|prices?|charges?)"
            + "|for my (?:time|trouble|effort|services?)|my (?:paypal|venmo|revolut|iban|sort code|bank details)"
            + "|prix d'ami|je (?:vous |te )?fais un (?:petit )?prix|(?:venmo|paypal|lydia|revolut|wero) me"
            + "|(?:votre|ton|your) (?:iban|rib|sort code|bank details)", E);

    /** Substrings one of which every {@link #AUTHOR_PAID} match contains. */
    private static final List<String> AUTHOR_TRIGGERS = List.of("je ", "j'", "me", "m'", "mon ", "mes ", "pour ma",
            "pour mon", "i ", "i'", "my ", "you ", "prix d'ami", "votre ", "ton ", "your ");

    /** Nouns and verbs before money that make it a third party's price or a purchase, not the author's price. */
    private static final Set<String> THIRD_PARTY_PRICE = TextScan.words("earns", "earn", "earning", "gagne", "gagnent",
            "charging", "charged", "parking", "plombier", "plumber", "electricien", "electrician", "garage", "mecanicien",
            "mechanic", "taxi", "babysitting", "nounou", "nanny", "avocat", "lawyer", "notaire", "solicitor", "entreprise",
            "company", "agence", "agency", "artisan", "builder", "builders", "quoted", "facture", "bill", "salaire",
            "salary", "wage", "smic", "abonnement", "subscription", "location", "hire", "loyer", "rent", "achete", "achetee",
            "acheter", "bought", "buy", "buys", "vendu", "vendre", "vends", "sold", "sell", "selling", "paye", "payee",
            "paid", "spent", "depense", "coute", "coutent", "coutait", "cost", "costs", "vaut", "worth", "gets", "touche",
            "recoit", "receives", "amende", "fine", "impots", "tax", "caf", "banque", "bank", "pension", "retraite",
            "pharmacie", "pharmacien", "pharmacy", "chemist", "pharmacist", "medecin", "doctor", "dentiste", "dentist",
            "cheque", "cheques", "check", "school", "ecole", "mairie", "council", "huissier", "bailiff", "bailiffs",
            "creancier", "creditor", "recouvrement", "collector", "collectors");

    /** A person addressed or speaking: a price said by "je"/"I" or to "vous"/"you" is a price of the help. */
    private static final Set<String> PERSONS = TextScan.words("je", "j", "jvous", "jfais", "jfai", "jfe", "jpeux",
            "moi", "i", "ll", "im", "me", "vous", "vs", "tu", "te", "t", "ton", "tes", "vos", "votre", "you", "u", "your", "ur",
            "we", "on", "nous");

    /** Words that tie the following money to the help, whoever says them: "contre 20 €", "pour 10 €", "for £10". */
    private static final Set<String> FOR_MONEY = TextScan.words("pour", "pr", "for", "contre", "moyennant", "echange",
            "exchange");
    private static final Set<String> ALWAYS_TIED = TextScan.words("contre", "moyennant", "echange", "exchange");
    /** Words allowed between "pour"/"for" and the money: "pour une petite somme", "for a small fee". */
    private static final Set<String> FILLERS = TextScan.words("un", "une", "a", "an", "de", "d", "of", "petit", "petite",
            "small", "little", "modique", "modest", "some", "quelques", "few", "couple", "seulement", "only", "just",
            "juste", "the", "le", "la", "les", "mere", "simple", "bit");

    /** The help itself, next to an amount: "cours à 12 €", "les séances sont à 12 €", "coût de la prestation : 25 €". */
    private static final Set<String> HELP_NOUNS = TextScan.words("cours", "seance", "seances", "lecon", "lecons",
            "prestation", "prestations", "promenade", "promenades", "balade", "balades", "sortie", "sorties", "visite",
            "visites", "intervention", "interventions", "deplacement", "demarche", "demarches", "dossier", "heure",
            "heures", "1h", "h", "service", "services", "garde", "menage", "repassage", "jardinage", "tonte",
            "depannage", "livraison", "lesson", "lessons", "session", "sessions", "hour", "hours", "visit", "visits",
            "walk", "walks", "service", "delivery", "run", "runs", "trip", "trips", "job", "repair", "repairs",
            "cleaning", "ironing", "tutoring", "coupe", "course", "trajet", "aide", "help");

    /**
     * Downgrades to {@code NEEDS_REVIEW} every {@code REJECTED} finding that is not a clear payment to the author.
     *
     * @param scan the scan, after every other rule
     * @param kind the kind of help: in homework a rate is a quantity of the lesson unless the author says it is theirs
     */
    static void apply(TextScan scan, AssessmentContext.Kind kind) {
        boolean anyRejected = false;
        for (TextScan.Finding f : scan.findings) {
            anyRejected |= f.verdict() == REJECTED;
        }
        if (scan.findings.isEmpty()) {
            return;
        }
        boolean[] cueInSentence = authorCues(scan);
        thirdPartysMoney(scan, kind, cueInSentence);
        boolean scam = scan.finds(SCAM);
        if (scam && scan.finds(WARNING)) {
            // the money a scam asks for, or a warning against paying ("ne payez jamais", "report them")
            boolean fraud = scan.finds(FRAUD); // a rate too, when a fraud is named, not a hacked account
            scan.findings.removeIf(f -> f.code() != OFFER_TO_PAY && (fraud || f.code() != RATE) && !cueInSentence[sentence(scan, f.start())]
                    && !CategoryContext.tiedToHelp(scan, f) && !CategoryContext.paidHelp(scan, f));
        }
        if (!anyRejected) {
            return;
        }
        Sentences sentences = new Sentences(scan);
        List<TextScan.Finding> kept = new ArrayList<>(scan.findings.size());
        for (TextScan.Finding f : scan.findings) {
            if (f.verdict() == REJECTED && (quoted(scan.s, f.start())
                    || !cueInSentence[sentence(scan, f.start())] && (scam || !clearByItself(scan, f, kind, sentences)))) {
                kept.add(new TextScan.Finding(f.start(), f.end(), f.code(), NEEDS_REVIEW));
            } else {
                kept.add(f);
            }
        }
        scan.findings.clear();
        scan.findings.addAll(kept);
        doubtOverrules(scan);
    }

    /**
     * The help said to be free, anywhere in the text: a rejection beside it is at most a doubt ("je promène
     * gratuitement les chiens ; je ne suis pas de ceux qui font payer 10 € la balade", "No charge. I'd pay YOU").
     */
    private static final Alternation FREE_STATEMENT = Alternation.of(B, "gratuit\\p{L}{0,6}|gratos|benevol\\p{L}{0,6}"
            + "|for free|free of charge|free help|(?:it'?s|is|are|totally|completely|entirely|always|all) free|no charge"
            + "|sans contrepartie|pas un (?:centime|sou|euro|rond)|not a (?:penny|cent|dime|pound)|de l'entraide|mutual aid"
            + "|(?:at )?no cost|sans frais|aucuns? frais|no fees?|free of cost|c'est moi qui (?:paie|paye|regle)"
            + "|(?:je le |je la |je les )?(?:reglerai|paierai|payerai) moi-meme|(?:i'll|ill) pay (?:it|for it|that) myself"
            + "|free(?=[,.!;)]|$)|gratuit(?=[,.!;)]|$)"
            + "|(?:don'?t|do not) (?:want|need|take|accept) (?:any )?(?:money|payment|cash)|no money|pas d'argent"
            + "|(?:veux|veut|prends|demande) (?:pas|rien|aucun)|(?:i )?(?:won'?t|don'?t|never) (?:charge|take|ask)|not charging"
            + "|(?:ne|n') ?(?:demande|prends|facture|veux|accepte) (?:rien|pas|aucun)", E);

    /** Words of irony or a joke: "my fee is one (1) cup of tea", "lol". */
    private static final Pattern JOKE = Pattern.compile("\\(1\\)|" + B + "(?:lol|mdr|haha\\p{L}*|hihi|ptdr|jk|joking"
            + "|blague|je plaisante|kidding|je rigole|bien sur que non|of course not)" + E);

    /** Whether the text says, not negated, that the help is free ("gratuit", "no charge", "not charging"). */
    static boolean saysItIsFree(TextScan scan) {
        for (int[] m : FREE_STATEMENT.findAll(scan.s)) {
            if (!scan.negatedBefore(m[0], 3) && !scan.s.startsWith("n't", m[1]) && !quoted(scan.s, m[0])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text jokes or is ironic ("kidding", "je rigole", "one (1) cup of tea"). */
    static boolean jokes(TextScan scan) {
        return scan.finds(JOKE);
    }

    /** A third party's price or payment before the finding, in its sentence: "the print shop charges", "on paie déjà". */
    private static final Set<String> THIRD_PARTY_ACTS = TextScan.words("charges", "charged", "charging", "shop", "shops",
            "font", "demandent", "deja", "already", "sfr", "bouygues", "edf", "engie", "pharmacist", "pharmacien",
            "pharmacie", "pharmacy", "vitale", "croix", "restos", "donner", "donate", "don", "depensiez", "depenser",
            "spend", "spent", "payons", "paient", "pays", "imprimerie", "printshop", "tabac", "tobacconist", "landlord",
            "proprio", "ceux", "those", "wants", "veulent", "syndic", "technician", "technicien", "compte", "bancaires",
            "banque", "bank", "loue", "louee", "loues", "rented", "hired", "bought", "got", "sale", "soldes", "went",
            "augmente", "parking", "camion", "van", "achete", "achetee", "cost", "costs", "coute", "coutait", "cancelled",
            "resilie", "abonnement", "subscription", "paper", "journal", "casino", "carrefour", "lidl", "auchan", "leclerc",
            "intermarche", "monoprix", "franprix", "drive", "tesco", "spar", "coop", "site", "declarer", "declare",
            "restos", "secours", "croix", "online", "ligne", "elle", "she", "he", "they", "ils", "elles", "timbres",
            "timbre", "stamps", "stamp", "acheter", "buy", "market", "marche", "poste", "delivery", "deliveries",
            "livraison", "livraisons", "shipping", "postage");

    /**
     * Last: a rejection stays only when nothing in the text speaks against it. Demoted to {@code NEEDS_REVIEW}: a
     * rejection in a text that says the help is free or jokes, or in a sentence with a negation or a third party's act
     * before the finding. Nothing is accepted here: a moderator reads the doubt.
     */
    private static void doubtOverrules(TextScan scan) {
        boolean free = scan.finds(JOKE);
        for (int[] m : FREE_STATEMENT.findAll(scan.s)) {
            free |= !scan.negatedBefore(m[0], 3) && !scan.s.startsWith("n't", m[1]); // "pas bénévole" says it is paid
        }
        List<TextScan.Finding> kept = new ArrayList<>(scan.findings.size());
        for (TextScan.Finding f : scan.findings) {
            boolean notFree = f.code() == PAYMENT_WORD && saysNotFree(scan.s.substring(f.start(), f.end()));
            if (f.verdict() == REJECTED && f.code() == OFFER_TO_PAY && billAfter(scan, f)) {
                continue; // "she wants to pay her water bill online": her own bill, not the helper
            }
            if (f.verdict() == REJECTED && !notFree && (free || scan.sentenceHasBefore(f.start(), THIRD_PARTY_ACTS)
                    || scan.sentenceHasBefore(f.start(), NEGATIONS) || scan.sentenceHasAfter(f.end(), OWED_TO_OTHERS))) {
                kept.add(new TextScan.Finding(f.start(), f.end(), f.code(), NEEDS_REVIEW));
            } else {
                kept.add(f);
            }
        }
        scan.findings.clear();
        scan.findings.addAll(kept);
    }

    private static final Set<String> BILLS = TextScan.words("water", "gas", "electricity", "phone", "council", "tax",
            "taxes", "rent", "bill", "bills", "fine", "fines", "mortgage", "loan", "debts", "debt", "card", "invoice",
            "energy", "internet", "insurance", "tv", "licence", "parking", "ticket", "fees", "facture", "factures", "loyer",
            "amende", "impots", "dettes", "credit");

    /** "pay her water bill", "payer sa facture": the payer's own bill follows the pronoun. */
    private static boolean billAfter(TextScan scan, TextScan.Finding f) {
        String w = scan.s.substring(f.start(), f.end());
        return (w.endsWith("her") || w.endsWith("his") || w.endsWith("their") || w.endsWith("sa") || w.endsWith("ses"))
                && TextScan.anyIn(scan.wordsAfter(f.end(), 2), BILLS);
    }

    private static final Set<String> NEGATIONS = TextScan.words("ne", "n", "pas", "not", "no", "never", "jamais",
            "aucun", "aucune", "nobody", "dont", "won", "wont", "isn", "aren", "didn", "doesn", "sans", "without", "ni",
            "nor");

    /** After an amount, words that make it owed to or paid by someone else: "1500 € d'aide de l'État", "owed to the courier". */
    private static final Set<String> OWED_TO_OTHERS = TextScan.words("etat", "state", "government", "gouvernement",
            "fonds", "fund", "owed", "courier", "livreur", "transporteur", "company", "compagnie", "entreprise", "dus",
            "due");

    /** A fraud named: the words a scam text or a warning uses. */
    private static final String FRAUD_NAMED = "arnaques?|arnaqu\\p{L}{0,6}|escroc\\p{L}{0,6}|scams?|scammers?|scammed"
            + "|phishing|hameconnage|fraud\\p{L}{0,5}|fraude|rancon|ransom\\p{L}{0,4}"
            + "|faux (?:mails?|messages?|sms|conseillers?)|fake (?:emails?|messages?|texts?|calls?)";

    /** A warning against paying: "ne payez jamais", "report them", "will never ask". */
    private static final String WARNED_AGAINST = "(?:don'?t|do not|never) pay (?:volunteers|anyone|them|helpers|a helper"
            + "|a volunteer)|ne payez (?:pas|jamais|rien)|ne donnez (?:jamais|pas) (?:d'argent|vos|votre)"
            + "|report (?:them|it|this|him|her)(?: to)?|signalez[- ](?:le|la|les)|(?:will|would) (?:never|ever) ask"
            + "|ne (?:vous )?(?:demandera|demande) jamais|sans jamais demander";

    /**
     * A scam the author asks about or warns of: the money it demands is the subject of the help, never the author's
     * price ({@code "votre PC est bloqué, payez 300 € en bitcoin"}, {@code a text asking me to pay a £2.99 parcel fee}).
     */
    private static final Alternation SCAM = Alternation.of(B, Certainty.FRAUD_NAMED + "|" + Certainty.WARNED_AGAINST
            + "|piratee?|hacked|hacker|virus|malware|(?:pc|ordi|ordinateur|ecran|compte) (?:est )?bloquee?"
            + "|(?:computer|screen|account) (?:is |was |got )?locked", E);

    /**
     * A fraud named or warned against ({@code arnaque}, {@code scam}, {@code phishing}, {@code ne payez jamais},
     * {@code report them}): the money in such a text is dropped unless a rate, an offer to pay or an author cue makes it
     * the help's price. A virus or a locked screen only softens a rejection: "virus removal £30" is a repair's price.
     */
    private static final Alternation WARNING = Alternation.of(B, Certainty.FRAUD_NAMED + "|" + Certainty.WARNED_AGAINST
            + "|hacked|piratee?|got into (?:his|her|my) account", E);

    private static final Alternation FRAUD = Alternation.of(B, "arnaques?|scams?|phishing|hameconnage|fraud\\p{L}{0,5}"
            + "|fraude|ransom\\p{L}{0,4}|rancon|fake|faux", E);

    /**
     * Whether a position lies between quotation marks (folded to {@code "}): the words of someone else, reported
     * ({@code le message dit "payez 300 €"}), never the author's own price on their own.
     */
    static boolean quoted(String s, int pos) {
        int before = 0;
        for (int i = s.indexOf('"'); i >= 0 && i < pos; i = s.indexOf('"', i + 1)) {
            before++;
        }
        return before % 2 == 1 && s.indexOf('"', pos) >= 0;
    }

    private static final Set<String> TOOLS = TextScan.words("app", "apps", "appli", "applis", "application", "paypal",
            "lydia", "monzo", "revolut", "wero", "paylib", "vinted", "leboncoin", "ebay", "online", "ligne", "internet",
            "site", "website", "compte", "account", "phone", "telephone", "smartphone", "ordinateur", "computer", "laptop",
            "tablette", "tablet", "carte", "card", "banking");

    /**
     * Drops findings, in sentences without a cue that the author is paid, that are someone else's money: money handed
     * over for the groceries with the change or the receipt brought back ({@code elle me donne 20 € et je lui rends la
     * monnaie}), a third party's price where money is a subject or the author needs help with it ({@code a plumber
     * charging £40 an hour} in a homework, {@code le médecin m'a fait payer 30 €}), and payments as a tool to learn
     * ({@code send money with the app}) when the text names no amount.
     */
    private static void thirdPartysMoney(TextScan scan, AssessmentContext.Kind kind, boolean[] cueInSentence) {
        String s = scan.s;
        boolean handover = false;
        boolean anyAmount = false;
        for (TextScan.Finding f : scan.findings) {
            boolean amount = f.code() == AMOUNT || f.code() == VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT;
            anyAmount |= amount || f.code() == RATE;
            handover |= amount && CategoryContext.moneyForTheGoods(scan, f);
        }
        boolean subject = PaymentContext.moneyIsTheSubject(s, kind);
        boolean helpWith = PaymentContext.helpWith(s, kind);
        boolean tool = helpWith && !anyAmount && scan.hasWord(TOOLS, s.length());

        List<TextScan.Finding> kept = new ArrayList<>(scan.findings.size());
        for (TextScan.Finding f : scan.findings) {
            if (cueInSentence[sentence(scan, f.start())] || f.code() == OFFER_TO_PAY && !tool) {
                kept.add(f);
                continue;
            }
            String w = s.substring(f.start(), f.end());
            boolean money = f.code() == AMOUNT || f.code() == RATE || f.code() == VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT;
            boolean drop = handover && (money && !CategoryContext.tiedToHelp(scan, f) || f.code() == PAYMENT_MEANS && !w.contains("cesu"))
                    || money && (subject || helpWith) && TextScan.anyIn(scan.wordsBefore(f.start(), 6), THIRD_PARTY_PRICE)
                    && !TextScan.anyIn(scan.wordsBefore(f.start(), 6), PERSONS)
                    && !PaymentContext.helperOffers(scan) // "je remplis vos dossiers ... 15 balles le dossier"
                    && !CategoryContext.tiedToHelp(scan, f)
                    || tool && (f.code() == PAYMENT_WORD && isGenericPayment(w) || f.code() == OFFER_TO_PAY)
                    || helpWith && !anyAmount && f.code() == PAYMENT_WORD && isGenericPayment(w)
                    && TextScan.anyIn(scan.wordsBefore(f.start(), 1), NAMED);
            if (!drop) {
                kept.add(f);
            }
        }
        scan.findings.clear();
        scan.findings.addAll(kept);
    }

    /** An article or a possessive before a payment word: it names a thing ("the payment dates", "le paiement en ligne"). */
    private static final Set<String> NAMED = TextScan.words("the", "my", "your", "his", "her", "their", "le", "la", "les",
            "mes", "ses", "vos", "leurs", "des", "ton", "son", "sa");

    private static boolean isGenericPayment(String w) {
        return w.startsWith("paiement") || w.startsWith("payment") || w.startsWith("send") || w.startsWith("envoyer")
                || w.startsWith("sending") || w.startsWith("virement") || w.startsWith("transfer");
    }

    private static int sentence(TextScan scan, int pos) {
        return Math.min(scan.sentenceOf(pos), scan.sentenceOf(scan.s.length()));
    }

    /** Per sentence, computed once: whether a person speaks or is addressed, whether the author says they pay. */
    private static final class Sentences {
        final boolean[] person;
        final boolean[] authorPays;

        Sentences(TextScan scan) {
            int count = scan.sentenceOf(scan.s.length()) + 1;
            person = new boolean[count];
            authorPays = new boolean[count];
            for (TextScan.Finding f : scan.findings) {
                if (f.code() == OFFER_TO_PAY && f.verdict() != REJECTED) {
                    authorPays[sentence(scan, f.start())] = true;
                }
            }
            String s = scan.s;
            int i = 0;
            while (i < s.length()) {
                if (TextScan.isWordChar(s.charAt(i))) {
                    int start = i;
                    while (i < s.length() && TextScan.isWordChar(s.charAt(i))) {
                        i++;
                    }
                    if (PERSONS.contains(s.substring(start, i))) {
                        person[sentence(scan, start)] = true;
                    }
                } else {
                    i++;
                }
            }
        }
    }

    private static final Set<String> PRICE_WORDS = TextScan.words("tarif", "tarifs", "prix", "price", "prices", "fee",
            "fees", "rate", "rates", "frais", "charge", "charges", "surcharge", "cout");

    /** One word of the text: a whole word, so that "coffee" is not "fee". */
    private static boolean isPriceWord(String w) {
        return PRICE_WORDS.contains(w);
    }

    private static boolean[] authorCues(TextScan scan) {
        boolean[] cues = new boolean[scan.sentenceOf(scan.s.length()) + 1];
        String s = scan.s;
        if (AUTHOR_TRIGGERS.stream().noneMatch(s::contains)) {
            return cues;
        }
        for (int[] m : AUTHOR_PAID.findAll(s)) {
            if (!scan.negated(m[0], m[1], 4)) {
                cues[Math.min(scan.sentenceOf(m[0]), cues.length - 1)] = true;
            }
        }
        return cues;
    }

    private static boolean clearByItself(TextScan scan, TextScan.Finding f, AssessmentContext.Kind kind,
                                         Sentences sentences) {
        String w = scan.s.substring(f.start(), f.end());
        List<String> before = scan.wordsBefore(f.start(), 6);
        List<String> after = scan.wordsAfter(f.end(), 3);
        boolean thirdParty = TextScan.anyIn(before, THIRD_PARTY_PRICE);
        if (f.code() == OFFER_TO_PAY || w.contains("cesu") || w.contains("emploi service")) {
            return true; // "je vous paierai", "I'll pay you": the other person is paid for the help
        }
        if (isTip(w)) {
            return false; // left to the other person's goodwill
        }
        boolean person = sentences.person[sentence(scan, f.start())];
        if (tiedByAPreposition(scan, f, before, person)
                && !(f.code() == AMOUNT && scan.reimbursementInSentence(f.start()))) {
            return true; // "contre 20 €", "pour quelques thunes", "for a small fee", "en échange de 20 €"
        }
        if (f.code() == TERRITORY_TERM) {
            return true; // a territory's own reject term (a local currency), already softened where money is a subject
        }
        if (f.code() == PAYMENT_WORD) {
            return CategoryContext.paidHelp(scan, f) || saysNotFree(w) || CategoryContext.tiedToHelp(scan, f)
                    || (w.equals("paid") || w.startsWith("paye")) && (TextScan.anyIn(after.subList(0, Math.min(1, after.size())),
                    TextScan.words("help", "helper", "helpers", "position", "job", "work", "in", "en"))
                    || TextScan.anyIn(before, TextScan.words("vous", "you", "serez", "seras", "be")));
        }
        if (f.code() == PAYMENT_MEANS) {
            // the rules before have let pass or softened a means of payment in a reimbursement, in help to use it,
            // or paid to a third party. What is left is clear only when the means is the way to settle a price
            // ("40 €, réglable en espèces") or is asked for as such ("paiement Lydia accepté", "cash only"), outside
            // groceries and purchases (the goods); "je paie en espèces quand vous livrez" or "I'll give you the cash
            // beforehand" may be the goods: a moderator decides
            return CategoryContext.settledAfterAnAmount(scan, f)
                    || !thirdParty && kind != AssessmentContext.Kind.GROCERIES && !sentences.authorPays[sentence(scan, f.start())]
                    && meansAskedFor(scan, f) && !scan.hasWord(PURCHASE, scan.s.length());
        }
        if (thirdParty) {
            return false; // a third party's price: "le parking est à 4 € de l'heure", "a plumber charging £40 an hour"
        }
        if (f.code() == AMOUNT && offeredToTheOther(before)) {
            return true; // "I can give you 20 euros", "je vous donne 10 €"
        }
        if (f.code() == RATE) {
            // per hour, session or visit; per week or month only when a person offers or asks it
            return CategoryContext.tiedToHelp(scan, f) || TextScan.anyIn(before, PERSONS)
                    || TextScan.anyIn(before, TextScan.words("comptez", "compter", "prevoir", "prevoyez"));
        }
        if (f.code() == AMOUNT) {
            return CategoryContext.tiedToHelp(scan, f) || TextScan.anyIn(scan.wordsBefore(f.start(), 4), HELP_NOUNS)
                    || TextScan.anyIn(after, HELP_NOUNS) || priceWordBefore(scan.wordsBefore(f.start(), 5));
        }
        return false;
    }

    /** Words of a purchase or of goods: money handed over for them is not the help's price. */
    private static final Set<String> PURCHASE = TextScan.words("achete", "achetee", "achetes", "acheter", "achat",
            "achats", "bought", "buy", "buying", "purchase", "purchased", "vendeur", "vendeuse", "seller", "leboncoin",
            "vinted", "ebay", "courses", "shopping", "groceries", "grocery", "supermarche", "supermarket", "magasin", "shop",
            "pharmacie", "pharmacy", "chemist", "commande", "order", "colis", "parcel", "food", "nourriture", "provisions",
            "market", "marche", "boulangerie", "bakery");

    /** Words right before or after a means of payment that make it the way the author asks to be paid. */
    private static final Set<String> MEANS_ASKED_BEFORE = TextScan.words("paiement", "payment", "reglement", "pay",
            "payable", "payez", "reglez", "paid", "uniquement", "only", "seulement", "accepte", "accepted", "par", "via",
            "by", "en");
    private static final Set<String> MEANS_ASKED_AFTER = TextScan.words("accepte", "acceptes", "acceptee", "accepted",
            "only", "uniquement", "seulement", "please", "svp", "stp", "welcome", "bienvenu", "bienvenus", "ok", "possible",
            "preferred", "prefere", "de preference");

    private static boolean meansAskedFor(TextScan scan, TextScan.Finding f) {
        return TextScan.anyIn(scan.wordsBefore(f.start(), 2), MEANS_ASKED_BEFORE)
                || TextScan.anyIn(scan.wordsAfter(f.end(), 2), MEANS_ASKED_AFTER)
                || scan.wordsBefore(f.start(), 1).isEmpty();
    }

    private static final Set<String> GIVING = TextScan.words("give", "giving", "donne", "donnerai", "donnerais", "verse",
            "verserai", "offre", "offrirai", "pay", "paie", "paierai", "send", "envoie", "envoierai", "file", "filerai");

    /** "give you", "vous donne", "te verserai" right before an amount: the author offers money to the other person. */
    private static boolean offeredToTheOther(List<String> before) {
        return before.size() >= 2 && TextScan.words("you", "u", "vous", "te", "t").contains(before.get(0))
                && GIVING.contains(before.get(1));
    }

    /** "contre 20 €", "pour 10 €", "for a small fee": money in exchange for the help. */
    private static boolean tiedByAPreposition(TextScan scan, TextScan.Finding f, List<String> before, boolean person) {
        String w = scan.s.substring(f.start(), f.end());
        int firstSpace = w.indexOf(' ');
        String head = firstSpace < 0 ? w : w.substring(0, firstSpace);
        List<String> after = scan.wordsAfter(f.end(), 2);
        if (after.size() == 2 && TextScan.words("de", "d", "of", "in").contains(after.get(0))
                && OWED_OR_BOUGHT.contains(after.get(1))) {
            return false; // "pour 1200 euros de dettes", "for £80 of shopping": what is owed or bought, not the help
        }
        if (FOR_MONEY.contains(head)) {
            return ALWAYS_TIED.contains(head) || person; // "pour quelques thunes" matched whole
        }
        for (String word : before) {
            if (FOR_MONEY.contains(word)) {
                return ALWAYS_TIED.contains(word) || !TextScan.anyIn(before, THIRD_PARTY_PRICE);
            }
            if (!FILLERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** What an amount can be "of": a debt, a bill, goods bought. */
    private static final Set<String> OWED_OR_BOUGHT = TextScan.words("dettes", "dette", "debt", "debts", "loyer",
            "loyers", "rent", "impayes", "impaye", "arrieres", "arrears", "factures", "facture", "bills", "bill",
            "courses", "achats", "provisions", "groceries", "shopping", "amende", "amendes", "fines", "penalites",
            "penalties", "credit", "credits", "pret", "loan", "loans", "decouvert", "overdraft", "travaux", "repairs",
            "marchandises", "goods", "medicaments", "medicine", "medicines");

    /** "tarif unique 10 €", "fee is 10 euros", "rates from €20": a price word of the offer right before the amount. */
    private static boolean priceWordBefore(List<String> before) {
        for (int k = 0; k < before.size(); k++) {
            String w = before.get(k);
            if (isPriceWord(w) && !(k + 1 < before.size()
                    && TextScan.words("les", "des", "the", "le", "du", "de", "ses", "leur", "their", "his", "her")
                    .contains(before.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysNotFree(String w) {
        return w.equals("free") || w.startsWith("gratuit") || w.startsWith("benevole");
    }

    private static boolean isTip(String w) {
        return w.contains("tip") || w.contains("pourboire");
    }
}
