package io.github.entraide.benchmarks;

import io.github.entraide.policy.AssessmentContext;
import io.github.entraide.policy.VolunteerOnlyAssessment;
import io.github.entraide.policy.VolunteerOnlyPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The standard volunteer-only policy on a 1 KB free text (goal: under 1 ms). Three texts of about 1,024
 * characters: an innocent administrative request full of money words (the context rules run in full),
 * a paid offer in vague words, and a plain text with no money word at all; each without a category (the text
 * alone) and in administrative help (the category context of issue 18 runs too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class VolunteerOnlyPolicyBenchmark {

    /** Which text is assessed. */
    @Param({"innocentMoney", "vaguePaid", "plain"})
    public String text;

    /** The category's kind passed with the text: UNKNOWN is {@code assess(text)}. */
    @Param({"UNKNOWN", "ADMINISTRATIVE_HELP"})
    public String kind;

    private String input;
    private AssessmentContext context;
    private final VolunteerOnlyPolicy policy = VolunteerOnlyPolicy.standard();

    /** Builds a text of 1 KB by repeating its sentence. */
    @Setup
    public void build() {
        String sentence = switch (text) {
            case "innocentMoney" -> "Besoin d'aide pour payer ma facture EDF en ligne et comprendre un prélèvement "
                    + "de 29,99 € sur mon relevé de banque ; I need help with my council tax bill too. ";
            case "vaguePaid" -> "Je fais vos courses, ticket remboursé plus un petit supplément, une vingtaine "
                    + "d'euros pour ma peine, or a tenner on top of the receipt via Lydia. ";
            default -> "Je peux faire vos courses le samedi matin et discuter au téléphone avec vous le soir, "
                    + "j'habite au 3e étage, disponible deux fois par semaine. ";
        };
        StringBuilder b = new StringBuilder(1100);
        while (b.length() < 1024) {
            b.append(sentence);
        }
        input = b.substring(0, 1024);
        context = AssessmentContext.of(AssessmentContext.Kind.valueOf(kind));
    }

    /**
     * One assessment of the 1 KB text.
     *
     * @return the assessment, so that the JIT cannot drop the work
     */
    @Benchmark
    public VolunteerOnlyAssessment assess1kb() {
        return policy.assess(input, context);
    }
}
