package io.github.entraide.policy;

import static io.github.entraide.policy.VolunteerOnlyReasonCode.AMOUNT;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.PAYMENT_WORD;
import static io.github.entraide.policy.VolunteerOnlyReasonCode.RATE;
import static io.github.entraide.policy.VolunteerOnlyVerdict.ACCEPTED;
import static io.github.entraide.policy.VolunteerOnlyVerdict.NEEDS_REVIEW;
import static io.github.entraide.policy.VolunteerOnlyVerdict.REJECTED;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the context of the payment signals found by {@link PaymentSignals}: who pays whom, and whether money
 * is the subject of the help. Adds the vague and indirect signals (approximate amounts in words, money
 * slang, surcharges on top of a receipt, marketplaces) and applies the certainty rule: a finding stays
 * {@code REJECTED} only when the text clearly asks the other person to pay the author.
 *
 * <p>Stateless and thread-safe; every pattern is compiled once and none has nested unbounded quantifiers.
 */
final class PaymentContext {

    private PaymentContext() {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    /**
     * The author is to be paid: a first-person verb of receiving, "pay me", a price per service, or
     * something "for my trouble" / "on top".
     */
    private static final Alternation TO_AUTHOR = Alternation.of(B, "je (?:prends|prendrai|demande|demanderai|facture"
            + "|me fais payer|garde la monnaie|veux bien)|me (?:payer|paierez|payerez|payez|filez|filer|filerez|donner"
            + "|donnerez|donnez|verser|versez|regler|reglez|laisser)|mon (?:lydia|paypal|wero|revolut|iban|rib)"
            + "|pay me(?! back)|paying me(?! back)|i (?:charge|ask|take|keep)|give me|send me|my (?:venmo|paypal|revolut)"
            + "|pour (?:ma|mon) (?:peine|temps|service|derangement|essence)|for my (?:time|trouble|effort|service|petrol)"
            + "|as my payment|en guise de paiement|par seance|la seance|per session|a session|an hour|de l'heure"
            + "|en echange de|in exchange for|on top|en plus|supplement|small extra|i'll charge|je vous prends"
            + "|(?:frais|fees?|charges?) de (?:service|livraison|deplacement)|(?:service|delivery|travel) (?:fee|charge)"
            + "|pour le service|for the service|keep the change|(?:mes|mon|nos|notre) (?:tarifs?|prix)"
            + "|(?:my|our) (?:usual )?(?:prices?|rates?|fees?|charges?)", E);

    /** Money as the subject of the help: school work. */
    private static final Alternation SUBJECT = Alternation.of(B, "devoirs?|exercices?|problemes? de maths|maths?"
            + "|histoire|histoire-geo|geographie|economie|revise|revision|reviser|controle|expose|chapitre|ce1|ce2|cm1|cm2"
            + "|college|collegien|lycee|lyceen|homework|history|exercise|word problems?|revising|gcse|year \\d{1,2}"
            + "|pupil|a child|sixth-former|siecle|century|proportionnalite|pourcentages|percentages", E);

    /** Money paid to a third party, or help to pay, sell or understand: the author is not paid. */
    private static final Alternation THIRD_PARTY = Alternation.of(B, "factures?|impots?|taxes?|amendes?|loyer|caf|apl"
            + "|rsa|banques?|releves?|prelevements?|mutuelles?|assurances?|pharmacie|franchise|reste a charge"
            + "|cantine|bulletin de (?:paie|salaire)|surendettement|ccas|retraite|pension|bills?|tax|fines?|rent|bank(?! transfer)|banks"
            + "|banking|statements?|direct debits?|payslip|insurance|council|benefits?|mortgages?|landlord|proprietaire"
            + "|vente|vendre|sell|selling|listing|annonces?|a mon fils|a ma fille|to my (?:son|daughter|grandson)"
            + "|mandat cash|postage|affranchissement|fraud\\p{L}{0,5}|contester|dispute|sortie scolaire"
            + "|voyage scolaire|school trip|school's|portail|portal|notaire|abonnements?|subscriptions?|refunds?"
            + "|loto|lottery|arnaque|scam|airlines?|compagnie aerienne|forfaits? (?:mobiles?|telephone|internet)"
            + "|operateur|feuille de soins|medecin|doctor|tax return|declaration|dettes?|debts?|arrears|overdrawn|overdraft"
            + "|decouvert|chomage|pole emploi|imposition|energy|electricite|electricity|contrat|contract|pensions?|secu|cpam"
            + "|ameli|msa|urssaf|cvec|crous|huissier|bailiff", E);

    /** "Aide pour…", "help me…": the author asks for help with something they do themselves. */
    private static final Alternation HELP_WITH = Alternation.of(B, "besoin d'(?:aide|un coup de main)|aide pour|j'aide|i help"
            + "|m'aider|l'aider|vous aider a|aider (?:a|mon|ma|les)|help (?:me|with|paying|applying|understanding|switching"
            + "|filling|opening|claiming|disputing|sending|setting|creating)|need help|can help you|i can show you"
            + "|je (?:peux|vous) (?:vous )?(?:montre|montrer|expliquer|apprendre|aider|accompagne|accompagner)"
            + "|i can (?:show|explain|teach|help|go with)|(?:m'|me )?expliquer|explain|comprendre|understand"
            + "|(?:i'll|i will|let me) show you|show you how|how to|comment (?:faire|utiliser|installer|payer)"
            + "|help needed|can (?:someone|anyone|somebody)|anyone (?:able|good|who|willing)|(?:quelqu'un|qqn|qq1|qq un)"
            + " (?:pour|peut|pourrait|qui)", E);

    // ---- vague and indirect signals -------------------------------------------------------------

    /** "une vingtaine d'euros", "une petite cinquantaine d'euros", "dans les vingt euros" is in PaymentSignals. */
    private static final Pattern APPROX_AMOUNT = Pattern.compile(B + "(?<art>une|la|les|des|a|an|une petite|une bonne)? ?"
            + "(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|dozen)"
            + " (?:d'|de |of )(?:euros?|€|balles|dollars|pounds|quid|bucks)" + E);
    /** Money slang that is money whatever the number: "un peu de fric", "des pépettes". */
    private static final Pattern SLANG = Pattern.compile(B + "(?:(?:(?:contre|pour|un peu|quelques|des|du|de|de la|d'|de l') ?){1,3}"
            + "(?:thunes?|fric|oseille|pepettes|pognon|flouze|biftons?)|(?:some|a bit of|a little|for) cash)" + E);
    /** A surcharge on top of a receipt: "ticket plus 10 %", "petit supplément", "small fee on top". */
    private static final Alternation SURCHARGE = Alternation.of(B, "(?:ticket|receipt|courses|shopping|remboursement)"
            + " (?:\\+|plus) (?:\\d{1,3} ?%|un (?:petit )?(?:supplement|extra)|a (?:small )?(?:fee|extra|bit))"
            + "|(?:petit |leger )?supplement(?: de)?|(?:small|little|petit) (?:extra|surcharge)|surcharge"
            + "|\\d{1,3} ?% (?:pour|for) (?:le|mon|ma|the|my) (?:service|temps|peine|time|trouble|effort)"
            + "|(?:frais|fees?|charges?) (?:de |d')?(?:service|livraison|deplacement|delivery|travel)"
            + "|(?:service|delivery|travel) (?:fee|charge)s?|garde la monnaie|keep the change"
            + "|a (?:five|ten|twenty|fifty|hundred) (?:per|a|each) \\p{L}{2,12}"
            + "|billet de (?:cinq|dix|vingt|cinquante|\\d{1,3}) (?:la|le|par|per) \\p{L}{2,12}"
            + "|pay (?:depends|negotiable|to be agreed|by the)|remuneration (?:selon|a convenir|a negocier)", E);
    /**
     * A share of money the person will receive: "10 % du rappel", "une part de l'aide obtenue", "a cut of the
     * refund", "a 10% share of the back payment" (issue 18, after heldout-4's misses).
     */
    static final Pattern SHARE = Pattern.compile(B + "(?:(?:un |une |a |an )?(?:\\d{1,2}(?:[.,]\\d)? ?%|pourcentage|part"
            + "|partie|commission|cut|share|percentage)(?: ?(?:share|cut|commission))?) (?:du |de la |de l'|des |d'|de (?=ce )|sur (?:le |la |les |l')"
            + "|of (?:the |your |any |their )?|on (?:the |your |any )?|from (?:the |your )?)(?:rappels?|aides?|sommes|arrieres?"
            + "|remboursements?|indemnites?|indemnisations?|allocations?|prestations?|primes?|trop-percus?|refunds?"
            + "|back ?pay(?:ments?)?|backdated|arrears|rebates?|payouts?|awards?|compensation|settlement|benefits?"
            + "|money (?:you|recovered|back)|tax refund|what (?:it|they) (?:makes?|sells? for|fetch(?:es)?)|the sales?"
            + "|la vente|les ventes|ce que (?:ca|ça) rapporte|(?:whatever|what) (?:comes back|you get|i get back|i recover|we get)"
            + "|ce que vous (?:touchez|recuperez|recevez|gagnez)|ce qu'on (?:recupere|touche|recoit))" + E);
    private static final java.util.Set<String> TAKE_BEFORE = TextScan.words("prends", "prendrai", "prend", "garde",
            "garderai", "retiens", "retiendrai", "preleve", "preleverai", "take", "keep", "taking", "keeping", "charge",
            "reverserez", "reversez", "owe", "devrez", "me");

    private static final java.util.Set<String> PERIODS = TextScan.words("mois", "month", "months", "semaine", "semaines",
            "week", "weeks", "an", "ans", "annee", "year", "years", "jour", "jours", "day", "days", "trimestre", "quarter",
            "h", "heure", "hour", "nuit", "night", "monthly", "weekly", "yearly", "mensuel", "mensuels");

    /** "20 € par mois", "£4 an hour": a rate per period, the usual form of a bill or a fee paid to someone else. */
    private static boolean perPeriod(String s, TextScan.Finding f) {
        String[] words = s.substring(f.start(), f.end()).split("[^\\p{L}\\p{N}]+");
        return words.length > 0 && PERIODS.contains(words[words.length - 1]);
    }

    /** A helper offering to do the person's task: "je crée votre compte", "je remplis vos papiers", "I set up your phone". */
    /** At a sentence start, a helper offering the person's task: "je remplis vos papiers", "I can set up your phone". */
    private static final Pattern OFFER_AT_SENTENCE_START = Pattern.compile("(?:\\p{L}+ ){0,3}?(?:je|j') ?(?:vous )?(?:\\p{L}+ ){0,1}"
            + "(?:vos|votre|ton|tes)" + E + "|(?:\\p{L}+ ){0,3}?i(?: can| will|'ll)? (?:\\p{L}+ ){0,2}(?:your|ur)" + E
            + "|(?:will|can|happy to|glad to|je peux|je propose de|peux) (?:\\p{L}+ ){0,3}(?:your|ur|vos|votre)" + E);
    /** At the start of the text, a service offered by its name: "Cours de maths…", "Tutoring…". */
    private static final Pattern OFFER_AT_TEXT_START = Pattern.compile("(?:cours|soutien|tutoring|lessons?|befriending"
            + "|teaching|prof|jardinier|gardener|cleaner|menage|service|services)");
    /** Anywhere, words of a helper doing the person's task or selling expertise. */
    private static final Alternation OFFER_WORDS = Alternation.of(B, "(?:done|filled in|filled|sorted|handled|completed|made)"
            + " for you|(?:faite?s?|remplie?s?) pour vous|i do (?:them|it|your)|je (?:les |le |la )?(?:fais|remplis|m'occupe)"
            + "|specialist|specialiste|expert|professional|i (?:recover|chase|claim|get back|sort out)|je (?:recupere|reclame)", E);

    /**
     * Whether the author offers to do the person's task ("je crée votre compte", "je remplis vos papiers", "I set up
     * your phone", "done for you"): then an amount in administrative help is the helper's price, at least doubtful.
     * Searched once per scan: at the text's and sentences' starts, and for a few words anywhere.
     */
    static boolean helperOffers(TextScan scan) {
        if (scan.helperOffers == null) {
            scan.helperOffers = computeHelperOffers(scan.s);
        }
        return scan.helperOffers;
    }

    private static boolean computeHelperOffers(String s) {
        if (OFFER_AT_TEXT_START.matcher(s).lookingAt()) {
            return true;
        }
        Matcher m = OFFER_AT_SENTENCE_START.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean start = i == 0 || c != ' ' && ".!?;".indexOf(s.charAt(i - 1)) >= 0
                    || i >= 2 && s.charAt(i - 1) == ' ' && "!?.;".indexOf(s.charAt(i - 2)) >= 0;
            if (start) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return OFFER_WORDS.find(s);
    }

    /** Payment arranged through a marketplace or a payment app, in the same clause. */
    private static final Pattern MARKETPLACE = Pattern.compile(B + "(?:paiement|reglement|payment|reservation|booking|payer|pay"
            + "|book|reservez|reserver|reserve|commandez|commander|commande|order|orders|selling|vends|vend|je vends|sold)"
            + " (?:et paiement )?(?:\\p{L}+ ){0,3}?(?:sur|via|par|through|on|by|from|in) (?:le |mon |ma |my |our )?(?:annonce |profil |profile |page |ad )?(?:leboncoin|le bon coin|vinted|ebay|etsy"
            + "|gumtree|marketplace|airbnb|taskrabbit|yoojo|stootie|superprof|yoopies|malt|wecasa|care\\.com|bsit|kinougarde"
            + "|snap|snapchat|insta|instagram|whatsapp|facebook|fb|shop|boutique)" + E);

    /**
     * Adds the vague signals and applies the certainty rule, in the context of the text's kind of help.
     *
     * @param scan the scan, with the built-in and territory findings
     * @param kind the kind of help: homework makes money a subject, administrative and IT help are help with
     *     something the person does themself
     */
    static void apply(TextScan scan, AssessmentContext.Kind kind) {
        String s = scan.s;
        boolean toAuthor = scan.finds(TO_AUTHOR);
        boolean subject = kind == AssessmentContext.Kind.HOMEWORK || scan.finds(SUBJECT);
        boolean thirdPartyNoun = scan.finds(THIRD_PARTY);
        boolean helpWith = kind == AssessmentContext.Kind.ADMINISTRATIVE_HELP || kind == AssessmentContext.Kind.IT_HELP
                || HELP_WITH.find(s);
        boolean thirdParty = thirdPartyNoun || helpWith;
        boolean reimbursement = scan.textHasReimbursement || s.contains("la monnaie") || s.contains("the change");

        // Cheap substring checks first: most texts hold none of these words, and a String.contains is far
        // cheaper than a regular expression tried at every position.
        if (s.contains("aine ") || s.contains("dozen")) {
            find(scan, APPROX_AMOUNT, AMOUNT, m -> {
            if (toAuthor || PaymentSignals.RATE_AFTER_AMOUNT.matcher(s).region(m.end(), s.length()).lookingAt()) {
                return REJECTED; // "une vingtaine de balles par semaine" is a rate
            }
            String art = m.group("art");
            boolean goods = reimbursement || "la".equals(art) || "les".equals(art)
                    || TextScan.anyIn(scan.wordsBefore(m.start(), 4), TextScan.words("budget", "total", "environ",
                    "ticket", "receipt", "depasse", "fait", "about", "around", "courses", "shopping", "coute", "cost"));
            return goods || subject || thirdParty ? ACCEPTED : REJECTED;
            });
        }
        if (containsAny(s, SLANG_TRIGGERS)) {
            find(scan, SLANG, PAYMENT_WORD, m -> REJECTED);
        }
        for (int[] m : SURCHARGE.findAll(s)) {
            if (!scan.negated(m[0], m[1], 4)) {
                scan.add(m[0], m[1], PAYMENT_WORD, REJECTED);
            }
        }
        if (s.contains("%") || s.contains("part") || s.contains("cut") || s.contains("share")
                || s.contains("commission") || s.contains("pourcentage") || s.contains("percentage")) {
            // a share of the money the person will receive: the author's cut ("je prends", "I take"), or
            // doubtful ("10 % du rappel") but never a lesson's percentage in homework
            find(scan, SHARE, PAYMENT_WORD, m -> TextScan.anyIn(scan.wordsBefore(m.start(), 4), TAKE_BEFORE)
                    ? REJECTED : subject ? ACCEPTED : NEEDS_REVIEW);
        }
        if (containsAny(s, MARKETPLACE_TRIGGERS)) {
            find(scan, MARKETPLACE, VolunteerOnlyReasonCode.PAYMENT_MEANS, m -> REJECTED);
        }

        if (toAuthor) {
            return; // the author is to be paid: nothing to soften
        }
        boolean softenWords = subject || thirdParty;
        List<TextScan.Finding> softened = new ArrayList<>(scan.findings.size());
        for (TextScan.Finding f : scan.findings) {
            VolunteerOnlyVerdict verdict = f.verdict();
            if (verdict == REJECTED && (CategoryContext.tiedToHelp(scan, f) || CategoryContext.paidHelp(scan, f))) {
                softened.add(f); // "contre 20 €", "honoraires", "25 €/h": a price of the help, whatever the context
                continue;
            }
            if (f.code() == PAYMENT_WORD && verdict != ACCEPTED && isPriceWord(s, f) && topicPrice(scan, f)) {
                continue; // "les prix qui ont augmenté", "demander le prix", "why prices went up": a topic
            }
            if (verdict == NEEDS_REVIEW && thirdPartyNoun && helpWith
                    && (f.code() == VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT || f.code() == AMOUNT)) {
                continue; // "help me claim back a £90 refund", "m'aider avec ma facture de 80 €"
            }
            if (verdict == REJECTED) {
                if (f.code() == PAYMENT_WORD && softenWords && isPriceWord(s, f) && (priceAsSubject(scan, f)
                        || billNextTo(scan, f) || thirdPartyNoun && helpWith || subject && pricesInGeneral(scan, f)
                        || priceOfAThing(scan, f))) {
                    // "le prix du pain", "prix TTC", "bank charges", "the school trip fee", "unit prices in
                    // a lesson", "a price for my bike": the subject, not the author's price
                    verdict = ACCEPTED;
                } else if (f.code() == PAYMENT_WORD && isGenericPayment(s, f) && handlingBefore(scan, f)) {
                    verdict = ACCEPTED; // "set up contactless payments", "activer le paiement sans contact"
                } else if (f.code() == AMOUNT && isSlangBill(s, f) && reimbursement) {
                    verdict = ACCEPTED; // "elle me donne un billet de 20, je rends la monnaie"
                } else if ((f.code() == AMOUNT || f.code() == RATE || f.code() == VolunteerOnlyReasonCode.PAYMENT_MEANS) && !isCesu(s, f)
                        && (thirdPartyNoun || helpWith && f.code() == VolunteerOnlyReasonCode.PAYMENT_MEANS)) {
                    // paid to a third party (a fine, a bill, a money order to a son): certain only with "help me";
                    // a means of payment in help to use it ("remplir les chèques") is no longer a clear payment
                    verdict = thirdPartyNoun && (helpWith || billNextTo(scan, f)) && !helperOffers(scan)
                            && (f.code() != RATE || billNextTo(scan, f) || perPeriod(s, f)) ? ACCEPTED : NEEDS_REVIEW; // "je crée votre compte ameli, 15 balles": a helper's price, doubtful
                } else if (f.code() == AMOUNT && subject && CategoryContext.inASum(scan, f)) {
                    verdict = ACCEPTED; // "calculer une remise sur un prix de 45 €": a quantity of the lesson
                } else if (f.code() == AMOUNT && subject
                        || f.code() == PAYMENT_WORD && isPriceWord(s, f) && softenWords) {
                    verdict = NEEDS_REVIEW; // money may be the subject of the lesson: a moderator decides
                } else if (f.code() == VolunteerOnlyReasonCode.TERRITORY_TERM && (subject || thirdParty)) {
                    verdict = NEEDS_REVIEW; // a territory's reject term where money is a subject or a third party's
                } else if (f.code() == PAYMENT_WORD && thirdParty) {
                    // "help me report a fraudulent payment", "envoyer de l'argent à ma fille": a payment the
                    // author makes to someone else
                    verdict = helpWith && thirdPartyNoun ? ACCEPTED : NEEDS_REVIEW;
                }
            } else if (verdict == NEEDS_REVIEW && answeredNo(scan, f.end())
                    && (f.code() == VolunteerOnlyReasonCode.COMPENSATION || f.code() == PAYMENT_WORD)) {
                verdict = ACCEPTED; // "On partage les frais ? Non, c'est moi qui offre."
            } else if (verdict == NEEDS_REVIEW && (thirdParty || subject) && !reimbursement
                    && (f.code() == VolunteerOnlyReasonCode.COMPENSATION || f.code() == PAYMENT_WORD)
                    && isThirdPartyWord(scan, f)) {
                verdict = ACCEPTED; // "les frais de tenue de compte", "classer les factures", "faire un don"
            }
            if (verdict != ACCEPTED) {
                softened.add(verdict == f.verdict() ? f : new TextScan.Finding(f.start(), f.end(), f.code(), verdict));
            }
        }
        scan.findings.clear();
        scan.findings.addAll(softened);
        CategoryContext.apply(scan, kind);
    }

    /** Whether money is a subject of the text (homework, or school words). */
    static boolean moneyIsTheSubject(String s, AssessmentContext.Kind kind) {
        return kind == AssessmentContext.Kind.HOMEWORK || SUBJECT.find(s);
    }

    /** Whether the author asks for or offers help with something the person does themself ("aide pour", "help me"). */
    static boolean helpWith(String s, AssessmentContext.Kind kind) {
        return kind == AssessmentContext.Kind.ADMINISTRATIVE_HELP || kind == AssessmentContext.Kind.IT_HELP
                || HELP_WITH.find(s);
    }

    private static final List<String> SLANG_TRIGGERS = List.of("thune", "fric", "oseille", "pepette", "pognon",
            "flouze", "bifton", "cash");
    private static final List<String> MARKETPLACE_TRIGGERS = List.of("leboncoin", "bon coin", "vinted", "ebay", "etsy",
            "gumtree", "marketplace", "airbnb", "taskrabbit", "yoojo", "stootie", "superprof", "yoopies", "malt", "wecasa",
            "care.com", "bsit", "kinougarde", "snap", "insta", "whatsapp", "facebook", "fb", "shop", "boutique");

    private static boolean containsAny(String s, List<String> triggers) {
        for (String t : triggers) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private interface Verdicts {
        VolunteerOnlyVerdict of(Matcher m);
    }

    private static void find(TextScan scan, Pattern pattern, VolunteerOnlyReasonCode code, Verdicts verdicts) {
        Matcher m = pattern.matcher(scan.s);
        while (m.find()) {
            if (!scan.negated(m.start(), m.end(), 4)) {
                scan.add(m.start(), m.end(), code, verdicts.of(m));
            }
        }
    }

    private static boolean isPriceWord(String s, TextScan.Finding f) {
        String w = s.substring(f.start(), f.end());
        return w.startsWith("prix") || w.startsWith("price") || w.startsWith("charge") || w.startsWith("fee")
                || w.startsWith("tarif") || w.startsWith("salaire") || w.startsWith("argent") || w.startsWith("money")
                || w.startsWith("pocket money");
    }

    private static final java.util.Set<String> TOPIC_BEFORE = TextScan.words("les", "des", "the", "these", "demander",
            "ask", "asking", "compare", "comparer", "compares", "why", "pourquoi", "hausse", "baisse", "rising", "falling");
    private static final java.util.Set<String> TOPIC_AFTER = TextScan.words("went", "go", "goes", "rise", "rising", "have",
            "ont", "qui", "augmentent", "montent", "flambent", "explosent", "up", "augmente", "monte", "de", "du", "des", "of");
    /** Words after a price word that make it the author's offer: "prix raisonnables", "prices on request". */
    private static final java.util.Set<String> OFFER_AFTER = TextScan.words("raisonnables", "raisonnable", "reasonable",
            "competitive", "competitifs", "sur", "on", "a", "negotiable", "negociables", "negociable", "discuter", "bas",
            "low", "doux", "mini", "imbattables", "unbeatable", "attractifs", "modiques", "modique", "sympas", "libre",
            "from", "des", "a partir", "starting", "selon", "depending", "varient", "vary", "are", "sont", "est", "is");

    /**
     * A price word naming a topic whatever the context: after an article or a question ("les prix", "demander le
     * prix", "why prices"), or before a verb of change ("prices went up"), with no amount in its sentence and no word
     * that makes it an offer ("prix raisonnables", "prices on request").
     */
    private static boolean topicPrice(TextScan scan, TextScan.Finding f) {
        java.util.List<String> before = scan.wordsBefore(f.start(), 2);
        java.util.List<String> after = scan.wordsAfter(f.end(), 3);
        boolean topic = TextScan.anyIn(before.subList(0, Math.min(1, before.size())), TOPIC_BEFORE)
                || before.size() >= 2 && before.get(0).equals("le") && TextScan.words("demander", "ask").contains(before.get(1))
                || !after.isEmpty() && TOPIC_AFTER.contains(after.get(0)) && !after.get(0).equals("de")
                && !after.get(0).equals("du") && !after.get(0).equals("des") && !after.get(0).equals("of");
        if (!topic || TextScan.anyIn(after, OFFER_AFTER)) {
            return false;
        }
        int sentence = scan.sentenceOf(f.start());
        for (TextScan.Finding other : scan.findings) {
            if ((other.code() == AMOUNT || other.code() == RATE) && scan.sentenceOf(other.start()) == sentence) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> SUBJECT_BEFORE = TextScan.words("son", "sa", "ses", "leur", "leurs",
            "their", "his", "her", "its", "les", "la", "le", "des", "chute",
            "falling", "rising", "setting", "fixer", "comparer", "compare", "the", "are", "bank", "mes", "my", "these",
            "hausse", "baisse", "total");
    private static final java.util.Set<String> SUBJECT_AFTER = TextScan.words("du", "des", "de", "d", "of", "ttc", "ht",
            "with", "au", "and", "et", "i", "que", "total", "per");

    /** "le prix du pain", "falling prices", "prix TTC": the word names a topic, not the author's price. */
    private static boolean priceAsSubject(TextScan scan, TextScan.Finding f) {
        return TextScan.anyIn(scan.wordsBefore(f.start(), 1), SUBJECT_BEFORE)
                || TextScan.anyIn(scan.wordsAfter(f.end(), 1), SUBJECT_AFTER);
    }

    /** "prices during the Depression", "unit prices", "a price for my bike": prices in general, or of a thing. */
    private static boolean pricesInGeneral(TextScan scan, TextScan.Finding f) {
        String w = scan.s.substring(f.start(), f.end());
        java.util.List<String> before = scan.wordsBefore(f.start(), 1);
        if (TextScan.anyIn(before, TextScan.words("my", "our", "mes", "nos", "mon", "notre", "your", "vos", "votre"))) {
            return false;
        }
        return w.equals("prices");
    }

    /** "a price for my bike", "le prix de sa voiture": the price of a thing the person sells or buys. */
    private static boolean priceOfAThing(TextScan scan, TextScan.Finding f) {
        java.util.List<String> after = scan.wordsAfter(f.end(), 3);
        return after.size() >= 3 && (after.get(0).equals("for") || after.get(0).equals("pour")
                || after.get(0).equals("on") || after.get(0).equals("sur"))
                && TextScan.words("my", "mon", "ma", "mes", "his", "her", "their", "son", "sa", "ses").contains(after.get(1))
                && !HELP_NOUNS.contains(after.get(2));
    }

    private static final java.util.Set<String> HELP_NOUNS = TextScan.words("help", "time", "lessons", "lesson",
            "services", "service", "work", "aide", "temps", "cours", "service", "travail", "peine");

    private static boolean isGenericPayment(String s, TextScan.Finding f) {
        String w = s.substring(f.start(), f.end());
        return w.startsWith("paiement") || w.startsWith("payment") || w.startsWith("reglement");
    }

    private static final java.util.Set<String> HANDLING = TextScan.words("set", "setup", "setting", "activer",
            "activate", "configurer", "configure", "installer", "install", "utiliser", "use", "using", "securiser",
            "secure", "parametrer", "contactless", "online", "mobile", "sans", "ligne", "en");

    /** "set up contactless payments", "le paiement en ligne": a payment as a tool the person learns to use. */
    private static boolean handlingBefore(TextScan scan, TextScan.Finding f) {
        java.util.List<String> after = scan.wordsAfter(f.end(), 2);
        return TextScan.anyIn(scan.wordsBefore(f.start(), 3), HANDLING)
                || after.size() >= 2 && (after.get(0).equals("sans") && after.get(1).equals("contact")
                || after.get(0).equals("en") && after.get(1).equals("ligne"));
    }

    /** "Les frais ? Non, …": a question about money answered by a no right after it. */
    static boolean answeredNo(TextScan scan, int end) {
        String s = scan.s;
        int q = -1;
        for (int i = end; i < s.length() && i < end + 120; i++) {
            char c = s.charAt(i);
            if (c == '?') {
                q = i;
                break;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        if (q < 0) {
            return false;
        }
        int i = q + 1;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '?')) {
            i++;
        }
        for (String no : new String[] {"non", "no", "nope"}) {
            if (s.startsWith(no, i) && (i + no.length() == s.length() || !Character.isLetter(s.charAt(i + no.length())))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BILLS = TextScan.words("reste", "school", "trip", "ecole", "sortie",
            "scolaire", "cantine", "bank", "banque", "amende", "amendes", "franchise", "charge", "loyer", "impot", "impots", "taxe", "fine", "fines", "bill", "bills", "fee", "rent",
            "tax", "prelevement", "debit", "cotisation", "mutuelle", "assurance", "insurance", "pharmacie");

    /** "une amende de 35 €", "a £35 parking fine": the amount is what a bill asks, not the author's price. */
    private static boolean billNextTo(TextScan scan, TextScan.Finding f) {
        return TextScan.anyIn(scan.wordsBefore(f.start(), 3), BILLS) || TextScan.anyIn(scan.wordsAfter(f.end(), 3), BILLS);
    }

    private static boolean isCesu(String s, TextScan.Finding f) {
        String w = s.substring(f.start(), f.end());
        return w.contains("cesu") || w.contains("emploi service");
    }

    private static boolean isThirdPartyWord(TextScan scan, TextScan.Finding f) {
        String w = scan.s.substring(f.start(), f.end());
        if (w.contains("don") && (TextScan.anyIn(scan.wordsBefore(f.start(), 2), FOR_THE_AUTHOR_BEFORE)
                || TextScan.anyIn(scan.wordsAfter(f.end(), 3), FOR_THE_AUTHOR_AFTER))) {
            return false; // "a small donation is appreciated": to the author, not to a charity
        }
        return w.startsWith("frais") || w.startsWith("facture") || w.contains("don") || w.startsWith("salaire")
                || w.startsWith("salar") || w.startsWith("wage") || w.startsWith("smic") || w.startsWith("minimum wage");
    }

    private static final java.util.Set<String> FOR_THE_AUTHOR_BEFORE = TextScan.words("petit", "petite", "small",
            "little", "modest", "modeste", "libre", "my", "mon", "me", "moi");
    private static final java.util.Set<String> FOR_THE_AUTHOR_AFTER = TextScan.words("appreciated", "appreciee",
            "apprecie", "bienvenu", "bienvenue", "welcome", "accepted", "accepte", "acceptes", "libre");

    private static boolean isSlangBill(String s, TextScan.Finding f) {
        String w = s.substring(f.start(), f.end());
        return w.startsWith("billet") || w.startsWith("tenner") || w.startsWith("fiver");
    }
}
