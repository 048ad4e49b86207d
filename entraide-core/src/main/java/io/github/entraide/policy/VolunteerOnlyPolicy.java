package io.github.entraide.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The volunteer-only rule of Entraide: all help is unpaid. Assesses the free text of an offer or a
 * request, in French or English, and returns a {@link VolunteerOnlyAssessment} &mdash; a decision is a
 * value, never an exception.
 *
 * <h2>What goes where</h2>
 * <p><b>{@link VolunteerOnlyVerdict#REJECTED}</b> &mdash; a clear payment. The signals below are found in the text;
 * each one stays {@code REJECTED} only when the text clearly says the author is to be paid for the help (a cue such as
 * {@code je prends}, {@code mes tarifs}, {@code pay me}, {@code I charge}, or money tied to the help: {@code contre 20 €},
 * {@code pour 10 €}, {@code 15 €/h}, {@code cours à 12 €}, an offer to pay, {@code rémunéré}, a payment app offered for
 * the help); otherwise it is {@code NEEDS_REVIEW}, in every category and for {@link #assess(String)} (issue 18):
 * <ul>
 *   <li>{@link VolunteerOnlyReasonCode#AMOUNT AMOUNT}: an amount of money in digits or words, currency
 *       before or after ({@code 10 €}, {@code 10€}, {@code €10}, {@code 15 EUR}, {@code 40e}, {@code 5 balles},
 *       {@code $20}, {@code £5}, {@code dix euros}, {@code vingt-cinq euros}, {@code ten euros},
 *       {@code a fiver}), except the cost of the goods ({@code budget 40 € max}, {@code ticket de 23 €},
 *       {@code up to £50}) and zero ({@code 0 €}, {@code pas un centime});</li>
 *   <li>{@link VolunteerOnlyReasonCode#RATE RATE}: an amount or a bare number per unit ({@code 15 €/h},
 *       {@code 15/h}, {@code de l'heure}, {@code par heure}, {@code per hour}, {@code an hour},
 *       {@code la séance}, {@code per session}, {@code la course}, {@code par mois}&hellip;);</li>
 *   <li>{@link VolunteerOnlyReasonCode#PAYMENT_WORD PAYMENT_WORD} not negated: {@code payant},
 *       {@code rémunéré}, {@code tarif}, {@code prix}, {@code honoraires}, {@code devis}, {@code facturer},
 *       {@code pourboire}, {@code moyennant}, {@code contre paiement}, {@code rétribution},
 *       {@code argent de poche}, {@code crédit d'impôt}, {@code fee}, {@code I charge}, {@code my rates},
 *       {@code price}, {@code paid job}, {@code get paid}, {@code invoice}, {@code tips welcome},
 *       {@code pay what you want}, and "not free" / "pas gratuit" / "pas bénévole";</li>
 *   <li>{@link VolunteerOnlyReasonCode#PAYMENT_MEANS PAYMENT_MEANS} when the text speaks of no
 *       reimbursement: Lydia (as an app, not a first name), PayPal, Paylib, Wero, Venmo, Revolut,
 *       Western Union, virement, bank transfer, chèque, espèces, cash, IBAN, RIB; {@code CESU} and
 *       {@code chèque emploi service} always (they pay employment, never a receipt);</li>
 *   <li>{@link VolunteerOnlyReasonCode#OFFER_TO_PAY OFFER_TO_PAY}: {@code je vous paierai},
 *       {@code je peux vous payer}, {@code I'll pay you}, {@code un petit billet}, {@code will pay well}.</li>
 * </ul>
 * <p><b>{@link VolunteerOnlyVerdict#NEEDS_REVIEW}</b> &mdash; doubtful, a moderator decides:
 * {@link VolunteerOnlyReasonCode#COMPENSATION COMPENSATION} ({@code dédommagement}, {@code défraiement},
 * {@code participation aux frais}, {@code contribution}, {@code frais d'essence}, {@code petite pièce},
 * {@code petit quelque chose}, {@code compensation}, {@code petrol money}, {@code donation}, {@code une petite
 * enveloppe}, {@code des sous}, {@code participation libre}, {@code contribution libre}, {@code a tip},
 * {@code donnez ce que vous voulez}, {@code main d'oeuvre}), loose rates without an amount ({@code per visit rate},
 * {@code par passage}, {@code de lheure});
 * {@link VolunteerOnlyReasonCode#REIMBURSEMENT_AMOUNT REIMBURSEMENT_AMOUNT} (an amount in a sentence
 * that speaks of reimbursement, which may cover more than the goods); ambiguous payment words
 * ({@code commission} not as errands, {@code facture} not as a household bill, {@code salaire},
 * {@code rates}, {@code petit boulot}, {@code je paierai} about something other than the goods);
 * and the territory's review terms.
 *
 * <p><b>{@link VolunteerOnlyVerdict#ACCEPTED}</b> &mdash; everything else, notably: reimbursing the
 * groceries ({@code je vous rembourse le ticket}, {@code I'll pay you back}), numbers that are not
 * money ({@code 3e étage}, {@code 6e}, {@code CM2}, {@code bus 16}, {@code 10 kg}, {@code 18h-20h},
 * {@code 2 fois par semaine}, {@code 75 ans}, {@code 38000}, {@code 100 %}), negated payment words
 * ({@code pas payant}, {@code non rémunéré}, {@code aucun frais}, {@code no fee}, {@code not paid},
 * {@code ça n'a pas de prix}), and the honest senses of tricky words ({@code free of charge},
 * {@code in charge of}, {@code faire les commissions}, {@code parking payant}, {@code tarif social},
 * help to use a payment app or read a bill).
 *
 * <h2>Certainty</h2>
 * <p>{@code REJECTED} only when the text clearly asks the other person to pay the author. Where the money is
 * the subject of the help (homework on prices), paid to a third party (a bill, taxes, the CAF, the bank) and
 * nothing says the author is paid ({@code je prends}, {@code pay me}, {@code pour ma peine}&hellip;), findings
 * are softened to {@code NEEDS_REVIEW} or dropped; territory reject terms follow the same rule. Vague payment
 * is caught too: {@code une vingtaine d'euros}, {@code un peu de fric}, {@code some cash}, a
 * {@code petit supplément} or {@code frais de déplacement} on top of a receipt, {@code paiement sur Leboncoin}.
 * With {@link #assess(String, AssessmentContext)} the category counts too: in homework and administrative help
 * money is a subject by nature, and money words not tied to the help are never {@code REJECTED}; in groceries a
 * bare amount is doubtful, not a refusal.
 * See {@code entraide-core/docs/volunteer-only.md}.
 *
 * <h2>How</h2>
 * <p>The text is folded (case, accents, ligatures, apostrophes, no-break spaces, see
 * {@code NormalizedText}), then scanned by precompiled patterns anchored on word boundaries; a negation
 * ({@code pas}, {@code non}, {@code sans}, {@code aucun}, {@code no}, {@code not}, {@code n't}&hellip;)
 * up to four words before a term, in the same clause, cancels it. Cost is linear in the length of the
 * text (no pattern has nested unbounded quantifiers): a kilobyte takes microseconds, a megabyte is fine.
 *
 * <h2>Learned arbiter</h2>
 * <p>A small logistic regression, trained on the labelled corpora and shipped with the library, may accept a text the
 * rules send to a moderator, or send to a moderator a text of at least eight words the rules accept when the text's
 * own words lean towards payment ({@link VolunteerOnlyReasonCode#LIKELY_PAYMENT}), or send to a moderator a text the rules reject when it is as
 * confident that the text is innocent as it must be to accept one (the reasons stay, at {@code NEEDS_REVIEW}). It
 * never rejects, never accepts a rejected text, and leaves alone a text in which a territory's own term was found (it
 * has never seen the territory's terms). It reads the words, pairs of words and character 3- to 5-grams of the folded
 * text, the category and whether the rules found money. It is on in {@link #standard()} and in every builder unless
 * {@link Builder#withoutLearnedArbiter()} asks for the rules alone; its figures on clean sets are in
 * {@code docs/volunteer-only.md}.
 *
 * <h2>Vague asks and someone else's money</h2>
 * <p>After the certainty gate, a request aimed at the reader with money near it ({@code vous me donnez},
 * {@code en échange}, {@code à prévoir}, {@code you'd give me}, {@code in return}, {@code expect}&hellip;) and slang or
 * vague money nouns ({@code obole}, {@code quelques balles}, {@code a few bob}, {@code drink money}&hellip;) go to a
 * moderator; an amount that is the only signal and follows a word of goods, a purchase or a third party
 * ({@code acheté}, {@code coûte}, {@code dette}, {@code stamp}&hellip;) is accepted.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is shared.
 */
public final class VolunteerOnlyPolicy {

    /** Whether {@link #standard()} uses the learned arbiter (see the class comment). */
    static final boolean ARBITER_BY_DEFAULT = true;

    private static final VolunteerOnlyPolicy STANDARD = new VolunteerOnlyPolicy(Set.of(), Set.of(), ARBITER_BY_DEFAULT);

    private final boolean learnedArbiter;
    private final Set<String> rejectedTerms;
    private final Set<String> reviewTerms;
    private final List<Pattern> rejectedPatterns;
    private final List<Pattern> reviewPatterns;

    private VolunteerOnlyPolicy(Set<String> rejectedTerms, Set<String> reviewTerms, boolean learnedArbiter) {
        this.learnedArbiter = learnedArbiter;
        this.rejectedTerms = Set.copyOf(rejectedTerms);
        this.reviewTerms = Set.copyOf(reviewTerms);
        this.rejectedPatterns = compile(this.rejectedTerms);
        this.reviewPatterns = compile(this.reviewTerms);
    }

    /**
     * The default policy: the built-in French and English signals, no territory term.
     *
     * @return the shared default policy
     */
    public static VolunteerOnlyPolicy standard() {
        return STANDARD;
    }

    /**
     * A builder starting from the default policy, to add a territory's own terms.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A policy with the built-in signals, this policy's territory terms and the given ones. Terms are
     * folded like the text (case, accents, apostrophes, spaces) and matched as whole words; a negation
     * before a term cancels it, as for built-in words.
     *
     * @param rejectTerms terms that reject a text (e.g. a local currency: {@code "cairn"}), not null
     * @param reviewTerms terms that send a text to moderation, not null
     * @return a new policy; this one is unchanged
     * @throws NullPointerException     if a set or a term is null
     * @throws IllegalArgumentException if a term is blank
     */
    public VolunteerOnlyPolicy withTerms(Set<String> rejectTerms, Set<String> reviewTerms) {
        Objects.requireNonNull(rejectTerms, "rejectTerms");
        Objects.requireNonNull(reviewTerms, "reviewTerms");
        Builder builder = new Builder();
        builder.learnedArbiter = this.learnedArbiter;
        this.rejectedTerms.forEach(builder.rejected::add);
        this.reviewTerms.forEach(builder.review::add);
        rejectTerms.forEach(builder::addRejectedTerm);
        reviewTerms.forEach(builder::addReviewTerm);
        return builder.build();
    }

    /**
     * The territory's reject terms, folded.
     *
     * @return an unmodifiable set, empty for the standard policy
     */
    public Set<String> rejectedTerms() {
        return rejectedTerms;
    }

    /**
     * The territory's review terms, folded.
     *
     * @return an unmodifiable set, empty for the standard policy
     */
    public Set<String> reviewTerms() {
        return reviewTerms;
    }

    /**
     * Assesses one free text.
     *
     * @param text the text of an offer or a request, in French or English; may be empty
     * @return the assessment: {@code ACCEPTED} without reasons for an empty or blank text
     * @throws NullPointerException if {@code text} is null
     */
    public VolunteerOnlyAssessment assess(String text) {
        return assess(text, AssessmentContext.unknown());
    }

    /**
     * Assesses one free text in the context of its category. In homework and administrative help, money is a
     * subject by nature: money words without a clear payment to the author ({@code je prends}, {@code pay me},
     * {@code de l'heure}, {@code payant}, {@code je vous paierai}&hellip;) are never {@code REJECTED}, they go to
     * a moderator or pass. With {@link AssessmentContext#unknown()} this is {@link #assess(String)}.
     *
     * @param text the text of an offer or a request, in French or English; may be empty
     * @param context the kind of help the text was filed under
     * @return the assessment: {@code ACCEPTED} without reasons for an empty or blank text
     * @throws NullPointerException if {@code text} or {@code context} is null
     */
    public VolunteerOnlyAssessment assess(String text, AssessmentContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (text.isBlank()) {
            return VolunteerOnlyAssessment.accepted();
        }
        TextScan scan = new TextScan(NormalizedText.of(text), PaymentSignals.REIMBURSEMENT);
        PaymentSignals.scan(scan);
        territoryTerms(scan, rejectedPatterns, VolunteerOnlyVerdict.REJECTED);
        territoryTerms(scan, reviewPatterns, VolunteerOnlyVerdict.NEEDS_REVIEW);
        PaymentContext.apply(scan, context.kind()); // territory terms follow the same certainty rule
        Certainty.apply(scan, context.kind()); // REJECTED only for a clear payment to the author
        VagueAsks.apply(scan, context.kind()); // last: vague asks to a moderator, someone else's money accepted (never REJECTED)
        VolunteerOnlyAssessment rules = VolunteerOnlyAssessment.of(reasons(scan));
        boolean territoryTerm = rules.reasons().stream()
                .anyMatch(r -> r.code() == VolunteerOnlyReasonCode.TERRITORY_TERM);
        if (!learnedArbiter || territoryTerm) {
            return rules; // the model has never seen a territory's terms: it leaves such a text to the rules
        }
        return arbitrate(rules, scan.normalized, context.kind(), !scan.findings.isEmpty());
    }

    /**
     * Whether this policy lets the learned arbiter move texts between {@code ACCEPTED} and {@code NEEDS_REVIEW}.
     *
     * @return true when the arbiter is on
     */
    public boolean usesLearnedArbiter() {
        return learnedArbiter;
    }

    private static VolunteerOnlyAssessment arbitrate(VolunteerOnlyAssessment rules, NormalizedText normalized,
                                                     AssessmentContext.Kind kind, boolean rulesFoundMoney) {
        LearnedArbiter model = LearnedArbiter.shipped();
        LearnedArbiter.Score score = model.score(normalized.text(), kind, rulesFoundMoney);
        double p = score.probability();
        if (rules.isRejected()) {
            // never rejects nor accepts a rejection: a rejection the model finds confidently innocent goes to a moderator
            return model.confidentlyInnocent(p) ? toReview(rules) : rules;
        }
        if (rules.requiresReview() && model.confidentlyInnocent(p)) {
            return VolunteerOnlyAssessment.accepted();
        }
        if (rules.isAccepted() && model.confidentlyDoubtful(score)) {
            List<LearnedArbiter.Feature> features = LearnedArbiter.features(normalized.text(), kind, rulesFoundMoney);
            LearnedArbiter.Feature strongest = model.strongest(features);
            String excerpt = strongest == null ? "" : normalized.excerpt(strongest.start(), strongest.end());
            if (excerpt.isBlank()) {
                excerpt = normalized.excerpt(0, Math.min(normalized.text().length(), 40));
            }
            return VolunteerOnlyAssessment.of(List.of(new VolunteerOnlyReason(VolunteerOnlyReasonCode.LIKELY_PAYMENT,
                    excerpt, VolunteerOnlyVerdict.NEEDS_REVIEW)));
        }
        return rules;
    }

    /** The same reasons, none stronger than {@code NEEDS_REVIEW} (a reason already there at that verdict once). */
    private static VolunteerOnlyAssessment toReview(VolunteerOnlyAssessment rejected) {
        LinkedHashSet<VolunteerOnlyReason> reasons = new LinkedHashSet<>();
        for (VolunteerOnlyReason r : rejected.reasons()) {
            reasons.add(r.verdict() == VolunteerOnlyVerdict.REJECTED
                    ? new VolunteerOnlyReason(r.code(), r.excerpt(), VolunteerOnlyVerdict.NEEDS_REVIEW) : r);
        }
        return VolunteerOnlyAssessment.of(List.copyOf(reasons));
    }

    private static void territoryTerms(TextScan scan, List<Pattern> patterns, VolunteerOnlyVerdict verdict) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(scan.s);
            while (m.find()) {
                if (!scan.negated(m.start(), m.end(), 4)) {
                    scan.add(m.start(), m.end(), VolunteerOnlyReasonCode.TERRITORY_TERM, verdict);
                }
            }
        }
    }

    /**
     * Findings in reading order, without repeats: a finding inside a stricter or equal one already kept
     * ("contre paiement" and "paiement") says nothing more.
     */
    private static List<VolunteerOnlyReason> reasons(TextScan scan) {
        List<TextScan.Finding> findings = new ArrayList<>(scan.findings);
        findings.sort(Comparator.comparingInt(TextScan.Finding::start)
                .thenComparing(TextScan.Finding::verdict, Comparator.reverseOrder())
                .thenComparing(f -> -(f.end() - f.start())));
        List<TextScan.Finding> kept = new ArrayList<>();
        for (TextScan.Finding f : findings) {
            boolean covered = false;
            for (TextScan.Finding k : kept) {
                if (k.start() <= f.start() && f.end() <= k.end() && k.verdict().compareTo(f.verdict()) >= 0) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                kept.add(f);
            }
        }
        LinkedHashSet<VolunteerOnlyReason> reasons = new LinkedHashSet<>();
        for (TextScan.Finding f : kept) {
            String excerpt = scan.normalized.excerpt(f.start(), f.end());
            if (!excerpt.isBlank()) {
                reasons.add(new VolunteerOnlyReason(f.code(), excerpt, f.verdict()));
            }
        }
        return List.copyOf(reasons);
    }

    private static List<Pattern> compile(Set<String> terms) {
        List<Pattern> patterns = new ArrayList<>(terms.size());
        for (String term : terms) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])"));
        }
        return List.copyOf(patterns);
    }

    @Override
    public String toString() {
        return "VolunteerOnlyPolicy[rejectedTerms=" + rejectedTerms + ", reviewTerms=" + reviewTerms
                + ", learnedArbiter=" + learnedArbiter + "]";
    }

    /**
     * Builds a {@link VolunteerOnlyPolicy} with a territory's own terms on top of the built-in signals.
     *
     * <p>Not thread-safe: use one builder per thread; the policies it builds are immutable.
     */
    public static final class Builder {
        private final Set<String> rejected = new LinkedHashSet<>();
        private final Set<String> review = new LinkedHashSet<>();
        private boolean learnedArbiter = ARBITER_BY_DEFAULT;

        private Builder() {
        }

        /**
         * Lets the learned arbiter (on by default) move texts between {@code ACCEPTED} and {@code NEEDS_REVIEW} (never to
         * {@code REJECTED}): a text the rules send to a moderator is accepted when the model is confident it is
         * innocent, and a text the rules accept goes to a moderator ({@link VolunteerOnlyReasonCode#LIKELY_PAYMENT})
         * when the model is confident it asks for payment. See {@code entraide-core/docs/volunteer-only.md}.
         *
         * @return this builder
         */
        public Builder withLearnedArbiter() {
            learnedArbiter = true;
            return this;
        }

        /**
         * The rules alone decide, without the learned arbiter (which is on by default).
         *
         * @return this builder
         */
        public Builder withoutLearnedArbiter() {
            learnedArbiter = false;
            return this;
        }

        /**
         * Adds a term that rejects a text, e.g. a local currency or a paid-service brand.
         *
         * @param term the word or phrase, folded like the text; not null, not blank
         * @return this builder
         * @throws NullPointerException     if {@code term} is null
         * @throws IllegalArgumentException if {@code term} is blank
         */
        public Builder addRejectedTerm(String term) {
            rejected.add(fold(term));
            return this;
        }

        /**
         * Adds a term that sends a text to moderation.
         *
         * @param term the word or phrase, folded like the text; not null, not blank
         * @return this builder
         * @throws NullPointerException     if {@code term} is null
         * @throws IllegalArgumentException if {@code term} is blank
         */
        public Builder addReviewTerm(String term) {
            review.add(fold(term));
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return an immutable policy
         */
        public VolunteerOnlyPolicy build() {
            if (rejected.isEmpty() && review.isEmpty() && learnedArbiter == ARBITER_BY_DEFAULT) {
                return STANDARD;
            }
            return new VolunteerOnlyPolicy(rejected, review, learnedArbiter);
        }

        private static String fold(String term) {
            Objects.requireNonNull(term, "term");
            String folded = NormalizedText.foldTerm(term);
            if (folded.isBlank()) {
                throw new IllegalArgumentException("term must not be blank");
            }
            return folded;
        }
    }
}
