package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the standard policy on labelled phrases (positive = paid or doubtful; predicted positive =
 * verdict other than ACCEPTED) and prints precision and recall.
 *
 * <p>{@code volunteer-only-corpus.tsv} is the development corpus: the policy was tuned on it and must stay
 * perfect there. {@code volunteer-only-heldout.tsv} was written before any tuning and never tuned on: its
 * figures are the honest estimate of what to expect on text written by someone else.
 */
class VolunteerOnlyCorpusTest {

    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    @Test
    void developmentCorpusIsClassifiedWithoutError() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-corpus.tsv");
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-corpus.tsv"));
        measure.errors().forEach(System.out::println);

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(measure.errors()).isEmpty();
        assertThat(measure.recall()).isEqualTo(1.0);
        assertThat(measure.precision()).isEqualTo(1.0);
    }

    @Test
    void heldOutCorpusIsMeasured() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-heldout.tsv");
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-heldout.tsv"));
        measure.errors().forEach(System.out::println);

        // Not tuned on: a floor that catches a regression, not a target to fit.
        assertThat(measure.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(measure.precision()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void contextDevelopmentSetRejectsNoInnocentText() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-dev.tsv");
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-context-dev.tsv"));
        measure.errors().forEach(System.out::println);

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(measure.freeRejected()).isZero();
        assertThat(measure.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(measure.innocentAccepted()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Issue 18's first context set. Written before any rule change for the issue, but seen once early and then
     * tuned on (see docs/volunteer-only.md): no longer a clean held-out set, its figures are optimistic. The clean
     * one is volunteer-only-context-heldout-2.tsv.
     */
    @Test
    void contextHeldOutSetMeetsTheGoals() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-heldout.tsv");
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-context-heldout.tsv"));
        measure.errors().forEach(System.out::println);

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(measure.freeRejected()).isZero();
        assertThat(measure.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(measure.innocentAccepted()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The category context's development set: each phrase carries its category (homework, administrative help,
     * groceries&hellip;), passed to {@link VolunteerOnlyPolicy#assess(String, AssessmentContext)}.
     */
    @Test
    void categoryDevelopmentSetRejectsNoInnocentText() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-dev-categories.tsv");
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-context-dev-categories.tsv (with category)"));
        measure.errors().forEach(System.out::println);

        assertThat(measure.freeRejected()).isZero();
        assertThat(measure.errors()).isEmpty();
    }

    /**
     * Issue 18's second held-out set, with each text's category: written before the category context, run once clean
     * (2026-12-06 00:13 UTC: with the category recall 0.838, innocent accepted 0.746, 8 innocent texts REJECTED; text
     * alone 24 innocent REJECTED), then used as development data in the second round of issue 18 (the certainty gate
     * and the vague cues): its figures are now optimistic. The clean set is volunteer-only-context-heldout-3.tsv.
     */
    @Test
    void secondHeldOutSetNowDevelopmentRejectsNoInnocentText() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-heldout-2.tsv");
        LabelledCorpus.Measure withoutCategory = LabelledCorpus.measure(policy, phrases, false);
        System.out.println(withoutCategory.report("volunteer-only-context-heldout-2.tsv (text alone)"));
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-context-heldout-2.tsv (with category)"));
        measure.errors().forEach(System.out::println);

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(measure.freeRejected()).isZero();
        assertThat(withoutCategory.freeRejected()).isZero();
        assertThat(measure.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(withoutCategory.recall()).isGreaterThanOrEqualTo(0.97);
        // innocent accepted: 0.912 with and without the category when tuning stopped, under the 0.95 goal
        assertThat(measure.innocentAccepted()).isGreaterThanOrEqualTo(0.9);
        assertThat(withoutCategory.innocentAccepted()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Issue 18's third held-out set, the clean one: written and committed before any rule change of the second round,
     * run once when the rules were final (2026-12-06 00:49 UTC), never tuned on. Printed with the category and without
     * it (text alone).
     *
     * <p><b>Measured on that run</b> &mdash; with the category: precision 0.648, recall 0.832, innocent accepted 0.672,
     * 0 innocent REJECTED; text alone: precision 0.637, recall 0.832, innocent accepted 0.656, 3 innocent REJECTED.
     * Issue 18's goals are met only for "no innocent REJECTED" with the category; recall (goal 0.97) and innocent
     * accepted (goal 0.95) are not met, nor "no innocent REJECTED" on the text alone. The assertions record the measured
     * figures as floors that catch a regression, not targets that were fitted.
     *
     * <p><b>One change after the run</b>, said plainly: the run's error list showed a bug (a price word was matched
     * inside a word, "coffee" read as "fee", which made "A cafe sells coffee at £2.80" REJECTED on its words alone);
     * the match was made whole-word. After it the text alone has 2 innocent REJECTED instead of 3, every other figure
     * unchanged. <b>A second change after the run</b>: a unit test written afterwards showed that "une petite enveloppe
     * à votre retour" was accepted (the word "à" after "enveloppe" was an exception meant for "enveloppe à bulles");
     * heldout-3 holds that form ("une petite enveloppe à la fin"), so this counts as tuning on heldout-3: recall 0.842
     * instead of 0.832 after it, other figures unchanged. Nothing else was changed after the run.
     */
    @Test
    void thirdHeldOutSetIsMeasured() {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-heldout-3.tsv");
        LabelledCorpus.Measure withoutCategory = LabelledCorpus.measure(policy, phrases, false);
        System.out.println(withoutCategory.report("volunteer-only-context-heldout-3.tsv (text alone)"));
        withoutCategory.errors().forEach(e -> System.out.println("text alone: " + e));
        LabelledCorpus.Measure measure = LabelledCorpus.measure(policy, phrases);
        System.out.println(measure.report("volunteer-only-context-heldout-3.tsv (with category)"));
        measure.errors().forEach(System.out::println);

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(measure.freeRejected()).isZero();
        // raised after round 4, which used heldout-3 as development data (0.937 / 0.779 with the category)
        assertThat(measure.recall()).isGreaterThanOrEqualTo(0.93);
        assertThat(measure.innocentAccepted()).isGreaterThanOrEqualTo(0.77);
        assertThat(withoutCategory.freeRejected()).isLessThanOrEqualTo(2);
        assertThat(withoutCategory.recall()).isGreaterThanOrEqualTo(0.93);
        assertThat(withoutCategory.innocentAccepted()).isGreaterThanOrEqualTo(0.75);
    }
    /**
     * Issue 18's fourth held-out set, written and committed before the learned arbiter existed, never tuned on, and the
     * only set the arbiter never trained on: rules alone against rules + learned arbiter, text alone and with the
     * category. Heldout-3 is printed the same way, but the arbiter trained on it: its rules + model figures are
     * optimistic.
     *
     * <p><b>Measured on its one run</b> (2026-12-06 01:03 UTC, model and thresholds frozen and committed before):
     * rules alone, with the category precision 0.912, recall 0.775, innocent accepted 0.927, 0 innocent REJECTED; text
     * alone 0.904 / 0.825 / 0.915 / 0. Rules + arbiter, with the category: identical (the arbiter moved no text); text
     * alone 0.917 / 0.825 / 0.927 / 0 (one innocent text moved from NEEDS_REVIEW to ACCEPTED). Not an improvement worth
     * the name, so {@link VolunteerOnlyPolicy#standard()} left the arbiter off then (it is on since heldout-5's run). Issue 18's recall (0.97) and innocent
     * accepted (0.95) goals are not met on this set; the assertions are the measured figures as floors.
     *
     * <p>Since issue 18's fourth round heldout-4 is <b>development data</b>: its errors were read to write the round's
     * rules and the arbiter is trained on it; its figures are optimistic. The clean set is heldout-5.
     */
    @Test
    void fourthHeldOutSetComparesRulesAloneWithTheLearnedArbiter() {
        VolunteerOnlyPolicy rules = VolunteerOnlyPolicy.builder().withoutLearnedArbiter().build();
        VolunteerOnlyPolicy arbitrated = VolunteerOnlyPolicy.builder().withLearnedArbiter().build();
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-heldout-4.tsv");
        LabelledCorpus.Measure rulesAlone = LabelledCorpus.measure(rules, phrases, false);
        LabelledCorpus.Measure rulesWithCategory = LabelledCorpus.measure(rules, phrases, true);
        LabelledCorpus.Measure modelAlone = LabelledCorpus.measure(arbitrated, phrases, false);
        LabelledCorpus.Measure modelWithCategory = LabelledCorpus.measure(arbitrated, phrases, true);
        System.out.println(rulesAlone.report("heldout-4 rules, text alone"));
        System.out.println(rulesWithCategory.report("heldout-4 rules, with category"));
        System.out.println(modelAlone.report("heldout-4 rules + arbiter, text alone"));
        System.out.println(modelWithCategory.report("heldout-4 rules + arbiter, with category"));
        rulesWithCategory.errors().forEach(e -> System.out.println("rules: " + e));
        modelWithCategory.errors().forEach(e -> System.out.println("rules + arbiter: " + e));
        List<LabelledCorpus.Phrase> third = LabelledCorpus.load("/volunteer-only-context-heldout-3.tsv");
        System.out.println(LabelledCorpus.measure(rules, third, false).report("heldout-3 rules, text alone"));
        System.out.println(LabelledCorpus.measure(rules, third, true).report("heldout-3 rules, with category"));
        System.out.println(LabelledCorpus.measure(arbitrated, third, false).report("heldout-3 rules + arbiter (trained on it), text alone"));
        System.out.println(LabelledCorpus.measure(arbitrated, third, true).report("heldout-3 rules + arbiter (trained on it), with category"));

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(modelWithCategory.freeRejected()).isEqualTo(rulesWithCategory.freeRejected());
        assertThat(modelAlone.freeRejected()).isEqualTo(rulesAlone.freeRejected());
        assertThat(rulesWithCategory.freeRejected()).isZero();
        assertThat(rulesAlone.freeRejected()).isZero();
        // 0.775 on the clean run; 0.813 after the fix made on reading heldout-4's errors; 0.975 after round 4, which
        // used heldout-4 as development data and trained the arbiter on it (optimistic figures)
        assertThat(rulesWithCategory.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(rulesWithCategory.innocentAccepted()).isGreaterThanOrEqualTo(0.96);
        assertThat(rulesAlone.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(rulesAlone.innocentAccepted()).isGreaterThanOrEqualTo(0.95);
        assertThat(modelWithCategory.recall()).isGreaterThanOrEqualTo(rulesWithCategory.recall());
        assertThat(modelAlone.innocentAccepted()).isGreaterThanOrEqualTo(rulesAlone.innocentAccepted());
    }

    /**
     * Issue 18's fifth held-out set, written and committed before any change of the fourth round (the vague asks, the
     * someone-else's-money rule, the retrained arbiter), never trained or tuned on: rules alone against rules + learned
     * arbiter, text alone and with the category.
     *
     * <p><b>Measured on its one run</b> (2026-12-06 01:32 UTC, rules and model committed before): rules alone, with the
     * category precision 0.898, recall 0.952, innocent accepted 0.889, 0 innocent REJECTED; text alone 0.878 / 0.952 /
     * 0.864 / 1 innocent REJECTED ("Leave cash or transfer after, whatever the till says": cash for the goods read as
     * offered for the help). Rules + arbiter: with the category 0.952 / 0.952 / 0.951 / 0; text alone 0.952 / 0.952 /
     * 0.951 / 1 (the same text: the arbiter never softens a rejection). The arbiter raises innocent acceptance but not
     * recall, and the text alone keeps one innocent REJECTED, so the round's condition for turning it on by default
     * (better recall and better acceptance, no innocent REJECTED) is not met; the coordinator turned it on in
     * {@link VolunteerOnlyPolicy#standard()} all the same, on these figures (see docs/volunteer-only.md). Goals: recall 0.97 not met (0.952); innocent accepted 0.95 met only with the arbiter (0.951); no
     * innocent REJECTED met with the category, not on the text alone. The assertions are the measured figures as floors.
     */
    @Test
    void fifthHeldOutSetComparesRulesAloneWithTheLearnedArbiter() {
        VolunteerOnlyPolicy rules = VolunteerOnlyPolicy.builder().withoutLearnedArbiter().build();
        VolunteerOnlyPolicy arbitrated = VolunteerOnlyPolicy.builder().withLearnedArbiter().build();
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/volunteer-only-context-heldout-5.tsv");
        LabelledCorpus.Measure rulesAlone = LabelledCorpus.measure(rules, phrases, false);
        LabelledCorpus.Measure rulesWithCategory = LabelledCorpus.measure(rules, phrases, true);
        LabelledCorpus.Measure modelAlone = LabelledCorpus.measure(arbitrated, phrases, false);
        LabelledCorpus.Measure modelWithCategory = LabelledCorpus.measure(arbitrated, phrases, true);
        System.out.println(rulesAlone.report("heldout-5 rules, text alone"));
        System.out.println(rulesWithCategory.report("heldout-5 rules, with category"));
        System.out.println(modelAlone.report("heldout-5 rules + arbiter, text alone"));
        System.out.println(modelWithCategory.report("heldout-5 rules + arbiter, with category"));
        rulesAlone.errors().forEach(e -> System.out.println("rules, text alone: " + e));
        rulesWithCategory.errors().forEach(e -> System.out.println("rules: " + e));
        modelWithCategory.errors().forEach(e -> System.out.println("rules + arbiter: " + e));

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(160);
        assertThat(modelWithCategory.freeRejected()).isEqualTo(rulesWithCategory.freeRejected());
        assertThat(modelAlone.freeRejected()).isEqualTo(rulesAlone.freeRejected());
        assertThat(rulesWithCategory.freeRejected()).isZero();
        assertThat(rulesAlone.freeRejected()).isLessThanOrEqualTo(1);
        assertThat(rulesWithCategory.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(rulesWithCategory.innocentAccepted()).isGreaterThanOrEqualTo(0.88);
        assertThat(rulesAlone.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(rulesAlone.innocentAccepted()).isGreaterThanOrEqualTo(0.86);
        assertThat(modelWithCategory.recall()).isGreaterThanOrEqualTo(0.95);
        // 0.951 on the clean run; 0.938 with the category with the model trained on every set at the end of issue 18's
        // twelfth round (one innocent text more sent to a moderator, none rejected)
        assertThat(modelWithCategory.innocentAccepted()).isGreaterThanOrEqualTo(0.93);
        assertThat(modelAlone.innocentAccepted()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Issue 18's sets by independent authors (rounds six to thirteen): forty-four helpers, each with an angle and a brief
     * ({@code volunteer-only-authors/BRIEF.md}), who saw neither the policy, its documentation nor any other corpus.
     * Each held-out set was committed before the round's changes and run once, clean; its clean figures are in the
     * docs and in the table below; then it became development data. The assertions are the figures of the final rules
     * and model as floors (every set is training data of the final model: optimistic), and no innocent text REJECTED.
     *
     * <p>Clean runs, rules + learned arbiter, with the category (text alone in brackets): heldout-6 (authors A–D, other
     * half) recall 0.822 (0.822), innocent accepted 0.950 (0.944), innocent REJECTED 0 (0); heldout-7 (four whole
     * authors) 0.864 (0.880), 0.879 (0.885), 9 (10); heldout-8 0.858 (0.876), 0.898 (0.886), 2 (3); heldout-9 0.867
     * (0.880), 0.891 (0.881), 5 (5); heldout-10 0.916 (0.916), 0.913 (0.904), 3 (4); heldout-11 0.895 (0.913), 0.941
     * (0.931), 1 (1); heldout-12 0.932 (0.932), 0.959 (0.950), 2 (4); heldout-13 (six new authors, the arbiter with
     * character grams) 0.973 (0.944), 0.986 (0.996), 0 (0); heldout-14 (four new authors; trained on short texts, the
     * evidence condition) 0.947 (0.928), 0.988 (0.988), 0 (0); heldout-15 (four new authors; the solicited donations
     * and promised treats) 0.975 (0.960), 0.959 (0.972), 0 (1).
     *
     * <p>Since the character grams the final model fits its training sets almost exactly (recall and innocent accepted
     * 0.994 to 1.000 on each): the floors below only guard against a regression, they say nothing of new texts.
     * Heldout-15 is not training data: the shipped model is the one its clean run measured, and its floors are that
     * run's figures.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // set, recall floor, innocent accepted floor (with the category): the final model's figures, rounded down
        "volunteer-only-context-dev-6.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-6.tsv, 0.99, 0.99",
        "volunteer-only-context-dev-7.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-7.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-8.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-9.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-10.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-11.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-12.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-13.tsv, 0.99, 0.99",
        "volunteer-only-context-heldout-14.tsv, 0.97, 0.99", // terse texts: under 8 words the rules alone flag
        "volunteer-only-context-heldout-15.tsv, 0.97, 0.95", // not training data: its clean run is the shipped model's
    })
    void independentAuthorsSetsRejectNoInnocentText(String set, double recallFloor, double acceptedFloor) {
        List<LabelledCorpus.Phrase> phrases = LabelledCorpus.load("/" + set);
        LabelledCorpus.Measure withCategory = LabelledCorpus.measure(policy, phrases, true);
        LabelledCorpus.Measure alone = LabelledCorpus.measure(policy, phrases, false);
        System.out.println(withCategory.report(set + " (with category)"));
        System.out.println(alone.report(set + " (text alone)"));

        assertThat(phrases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(withCategory.freeRejected()).isZero();
        assertThat(alone.freeRejected()).isZero();
        assertThat(withCategory.recall()).isGreaterThanOrEqualTo(recallFloor);
        assertThat(withCategory.innocentAccepted()).isGreaterThanOrEqualTo(acceptedFloor);
    }
}
