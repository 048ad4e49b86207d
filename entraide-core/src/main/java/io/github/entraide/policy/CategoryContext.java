package io.github.entraide.policy;

import static io.github.entraide.policy.VolunteerOnlyReasonCode.AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.OFFER_TO_PAY;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_MEANS;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_WORD;
import static io.github.entraide.policy.VolunteerOnlyVerdict.ACCEPTED;
import static io.github.entraide.policy.VolunteerOnlyVerdict.NEEDS_REVIEW;
import static io.github.entraide.policy.VolunteerOnlyVerdict.REJECTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The certainty rule in the context of the text's category, run by {@link PaymentContext} when no cue says
 * the author is to be paid.
 *
 * <ul>
 *   <li>Homework and administrative help speak of money by nature: a finding that does not itself say the
 *       help is paid ({@code payant}, {@code rémunéré}, {@code honoraires}, {@code moyennant}, a tip,
 *       {@code not free}, an offer to pay, {@code CESU}) is never {@code REJECTED}, at most
 *       {@code NEEDS_REVIEW}.</li>
 *   <li>In homework, an amount used in a sum or a price ({@code un jean à 60 €}, {@code coûte 15 €},
 *       {@code 2,35 € + 1,80 €}, {@code change from £2}) is the lesson's subject: {@code ACCEPTED}.</li>
 *   <li>In groceries, money changes hands for the goods: a bare amount or a means of payment is doubtful,
 *       {@code NEEDS_REVIEW}, not a refusal.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class CategoryContext {

    private CategoryContext() {
    }

    /** Payment words that say the help itself is paid, whatever the subject of the help. */
    private static final List<String> PAID_HELP = List.of("payant", "remuner", "retribu", "honorair", "moyennant",
            "pourboire", "tip", "pas gratuit", "pas benevole", "not free", "aren't free", "arent free", "contre",
            "get paid", "be paid", "paid job", "paid work", "paid helper", "earn", "gagner", "arrondir", "au black",
            "pay what", "combien vous", "i charge", "je facture", "je vous facture", "on facture", "cesu",
            "emploi service");

    /** Words before an amount that make it a quantity of a lesson: a price, a cost, a sum. */
    private static final Set<String> SUM_BEFORE = TextScan.words("prix", "coute", "coutent", "coutait", "coutaient",
            "cost", "costs", "costing", "sur", "from", "remise", "reduction", "achete", "achetes", "buys",
            "bought", "paye", "payes", "payee", "paid", "paie", "paient", "pays", "spends", "avec", "with", "rendre", "rend", "change", "calcul", "calculer", "combien",
            "much", "total", "budget", "somme", "sum", "plus", "moins", "minus", "fois", "times", "each", "chaque", "ex",
            "exemple", "like", "vaut", "worth", "gagne", "earns", "epargne", "saves", "save", "economise", "entre",
            "interest", "interets", "compound", "composes", "placement", "invest", "invested", "investit", "emprunt", "loan",
            "between");

    private static final Set<String> OWN_PRICE = TextScan.words("au", "mon", "ma", "mes", "notre", "nos", "my", "our",
            "petit", "a", "the", "small", "low", "bas", "modique");

    /** Words that make "à 15 €" the price of the help itself ("cours à 15 €"), not of a thing in a lesson. */
    private static final Set<String> HELP_NOUNS = TextScan.words("cours", "aide", "soutien", "seance", "seances", "h",
            "heures", "hours", "min", "minutes", "mn",
            "heure", "lecon", "lecons", "help", "lesson", "lessons", "session", "sessions", "tutoring", "hour",
            "devoirs", "homework", "visio", "moi", "me");

    static void apply(TextScan scan, AssessmentContext.Kind kind) {
        if (kind != AssessmentContext.Kind.HOMEWORK && kind != AssessmentContext.Kind.ADMINISTRATIVE_HELP
                && kind != AssessmentContext.Kind.GROCERIES) {
            return;
        }
        String s = scan.s;
        List<TextScan.Finding> kept = new ArrayList<>(scan.findings.size());
        for (TextScan.Finding f : scan.findings) {
            VolunteerOnlyVerdict verdict = f.verdict();
            if (tiedToHelp(scan, f)) {
                kept.add(f); // "25 €/h", "je vous donne 10 € pour la peine": a price of the help, whatever the category
                continue;
            }
            if (kind == AssessmentContext.Kind.GROCERIES) {
                if ((f.code() == AMOUNT || f.code() == VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT)
                        && moneyForTheGoods(scan, f)) {
                    verdict = ACCEPTED;
                } else if (verdict == REJECTED && (f.code() == AMOUNT || f.code() == PAYMENT_MEANS && !paidHelp(scan, f))) {
                    verdict = NEEDS_REVIEW;
                }
            } else if (kind == AssessmentContext.Kind.HOMEWORK && f.code() == AMOUNT && verdict != ACCEPTED
                    && inASum(scan, f)) {
                verdict = ACCEPTED;
            } else if (verdict == REJECTED && f.code() != OFFER_TO_PAY && !paidHelp(scan, f)) {
                verdict = NEEDS_REVIEW;
            }
            if (verdict != ACCEPTED) {
                kept.add(verdict == f.verdict() ? f : new TextScan.Finding(f.start(), f.end(), f.code(), verdict));
            }
        }
        scan.findings.clear();
        scan.findings.addAll(kept);
    }

    private static final java.util.regex.Pattern HELP_UNIT = java.util.regex.Pattern.compile(
            "(?:/ ?h|heures?|hours?|hr|seances?|sessions?|cours|lessons?|lecons?|visites?|visits?|promenades?|balades?"
            + "|walks?|prestations?|interventions?|demi-journees?|journees?|days?|jours?|nuits?|nights?|trips?|courses?"
            + "|errands?|livraisons?|deliver(?:y|ies)|passages?|sorties?|runs?|shops?|demarches?|dossiers?|formulaires?"
            + "|declarations?|courriers?|lettres?|letters?|forms?|applications?|claims?|returns?)(?![\\p{L}])");
    private static final java.util.regex.Pattern PAY_AFTER = java.util.regex.Pattern.compile(
            "(?:en plus|de plus|on top|extra|bonus|pourboire|tip|service|peine|temps|aide|derangement|travail"
            + "|time|trouble|help|effort|work)(?![\\p{L}])");
    /** Words right before an amount that tie it to the help whoever speaks: "contre 20 €", "forfait de 25 €". */
    private static final Set<String> TIED_BEFORE = TextScan.words("contre", "moyennant", "comptez", "compter",
            "tarif", "fee", "rate", "remuneration", "forfait", "honoraires");
    /** Verbs that tie an amount to the help when the author or the other person says them: "je prends 20 €". */
    private static final Set<String> TIED_VERBS = TextScan.words("prends", "prend", "prendrai", "demande",
            "demanderai", "facture", "facturerai", "charge", "ask", "take", "donne", "donnerai", "give", "verse",
            "verserai", "file", "filerai");
    private static final Set<String> PERSONS = TextScan.words("je", "j", "i", "on", "we", "vous", "te", "you", "u",
            "ll", "will");

    /** A rate per hour, session or visit, or an amount given or asked "pour la peine": tied to the help. */
    static boolean tiedToHelp(TextScan scan, TextScan.Finding f) {
        String w = scan.s.substring(f.start(), f.end());
        if (f.code() == VolunteerOnlyReasonCode.RATE) {
            return HELP_UNIT.matcher(w).find();
        }
        if (f.code() == PAYMENT_MEANS && f.verdict() == REJECTED) {
            return settledAfterAnAmount(scan, f);
        }
        if (f.code() == PAYMENT_WORD && f.verdict() == REJECTED && PaymentContext.SHARE.matcher(w).lookingAt()) {
            return true; // "je prends 10 % du rappel": the author's cut, whatever the category
        }
        if (f.code() != AMOUNT || f.verdict() != REJECTED) {
            return false;
        }
        if (PAY_AFTER.matcher(w).find()) {
            return true;
        }
        List<String> before = scan.wordsBefore(f.start(), 3);
        String previous = TextScan.first(before);
        int de = previous.equals("de") || previous.equals("of") ? 1 : 0; // "forfait de 25 €"
        if (before.size() > de && TIED_BEFORE.contains(before.get(de))) {
            return true;
        }
        // "je prends 20 €", "je vous donne 10 €", "I charge 40": a person's verb, not "la CAF demande 200 €"
        // nor "vous m'avez donné 50 €" (the money for the goods, handed over)
        return before.size() >= 2 && TIED_VERBS.contains(previous) && PERSONS.contains(before.get(1));
    }

    /** Settlement words that tie a means of payment to an amount: "réglable en espèces", "payable in cash". */
    private static final Set<String> SETTLEMENT = TextScan.words("reglable", "reglables", "payable", "payables",
            "regler", "reglement", "paiement", "payment", "paid", "settle", "settled", "accepte", "acceptes",
            "accepted");
    /** Bills before an amount: "ma facture de 80 €, payable par chèque" is the bill's amount, not a price. */
    private static final Set<String> BILL_BEFORE = TextScan.words("facture", "factures", "loyer", "amende", "impots",
            "impot", "taxe", "bill", "bills", "rent", "fine", "tax", "avis", "echeance", "cotisation", "mutuelle");
    private static final java.util.regex.Pattern AMOUNT_NEAR = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\d{1,5}(?:[.,]\\d{1,2})? ?(?:€|euros?|eur)|[£$€] ?\\d{1,5})");

    /**
     * "30 € le dossier, réglable en espèces", "£40, payable in cash": a settlement word before the means of
     * payment and an amount just before it, not the amount of a bill.
     */
    static boolean settledAfterAnAmount(TextScan scan, TextScan.Finding f) {
        if (!TextScan.anyIn(scan.wordsBefore(f.start(), 3), SETTLEMENT)) {
            return false;
        }
        int from = Math.max(0, f.start() - 60);
        java.util.regex.Matcher m = AMOUNT_NEAR.matcher(scan.s).region(from, f.start());
        while (m.find()) {
            if (!TextScan.anyIn(scan.wordsBefore(m.start(), 5), BILL_BEFORE)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of handing money over before the shopping: "elle me laisse 30 €", "I'll hand you 30 quid". */
    private static final Set<String> HANDED = TextScan.words("laisse", "laisserai", "donne", "donnerai", "remets",
            "remettrai", "confie", "avance", "hand", "give", "leave", "left", "gave", "avez", "donnes");
    private static final Set<String> CHANGE_BACK = TextScan.words("monnaie", "change", "ticket", "receipt", "rapporte",
            "rends", "rendrai", "rembourse", "back");

    /** Money handed over for the groceries, the change and the receipt brought back. */
    static boolean moneyForTheGoods(TextScan scan, TextScan.Finding f) {
        return TextScan.anyIn(scan.wordsBefore(f.start(), 3), HANDED) && scan.hasWord(CHANGE_BACK, 4000);
    }

    private static final Set<String> PAID_THING = TextScan.words("", "est", "sont", "etre", "serait", "sera", "c'est",
            "cours", "aide", "aides", "service", "services", "seance", "seances", "prestation", "prestations", "soutien",
            "garde", "accompagnement", "menage", "visites", "balades", "promenades", "tutorat", "lecons", "ateliers",
            "atelier", "activite", "travail", "mission", "missions", "interventions", "intervention", "entraide", "devoirs",
            "homework", "scolaire", "maths", "math", "particuliers", "help", "lessons", "tutoring", "administrative");

    static boolean paidHelp(TextScan scan, TextScan.Finding f) {
        String w = scan.s.substring(f.start(), f.end());
        if (f.code() != PAYMENT_WORD && f.code() != PAYMENT_MEANS && f.code() != VolunteerOnlyReasonCode.TERRITORY_TERM) {
            return false;
        }
        if (w.startsWith("payant") && !PAID_THING.contains(TextScan.first(scan.wordsBefore(f.start(), 1)))) {
            return false; // "les options payantes", "un parking payant": a paying thing, not paid help
        }
        for (String p : PAID_HELP) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** "un jean à 60 €", "coûte 15 €", "2,35 € + 1,80 €", "(car 450 €": an amount in a sum or a price. */
    static boolean inASum(TextScan scan, TextScan.Finding f) {
        List<String> before = scan.wordsBefore(f.start(), 4);
        String previous = TextScan.first(before);
        if (HELP_NOUNS.contains(previous) || previous.matches("\\d{1,2}(?:h|min|mn)") || TextScan.anyIn(before, HELP_NOUNS)) {
            return false; // "1h = 15 €", "la séance = 20 €": the price of the help
        }
        int price = Math.max(before.indexOf("prix"), before.indexOf("price"));
        if (price >= 0 && price + 1 < before.size() && OWN_PRICE.contains(before.get(price + 1))) {
            return false; // "au prix de 10 €", "mon prix : 10 €": the price of the help
        }
        if (TextScan.anyIn(before, SUM_BEFORE)) {
            return true;
        }
        if (before.size() >= 2 && (before.get(0).equals("a") || before.get(0).equals("at"))
                && !HELP_NOUNS.contains(before.get(1)) && !before.get(1).chars().allMatch(Character::isDigit)) {
            return true; // "un jean à 60 €", "apples at 45p"
        }
        String s = scan.s;
        for (int i = Math.max(0, f.start() - 4); i < Math.min(s.length(), f.end() + 4); i++) {
            char c = s.charAt(i);
            if ((i < f.start() || i >= f.end()) && (c == '+' || c == '=' || c == '(' || c == 'x' && i > 0
                    && !Character.isLetter(s.charAt(i - 1)) && i + 1 < s.length() && !Character.isLetter(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
