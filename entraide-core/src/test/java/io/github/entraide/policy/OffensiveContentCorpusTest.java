package io.github.entraide.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link OffensiveContentPolicy#standard()} on the FR/EN corpus
 * {@code policy/offensive-content-corpus.tsv}; the figures are quoted in
 * {@code entraide-core/docs/offensive-content.md}. The floors below are the measured figures rounded
 * down, so a change that makes screening worse fails here.
 */
class OffensiveContentCorpusTest {

    private record Line(boolean offensive, String language, String text) {
    }

    static List<Line> corpus() throws IOException {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                OffensiveContentCorpusTest.class.getResourceAsStream("/policy/offensive-content-corpus.tsv")),
                StandardCharsets.UTF_8))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\t", 3);
                lines.add(new Line(parts[0].equals("OFFENSIVE"), parts[1], parts[2]));
            }
        }
        return lines;
    }

    @Test
    void screeningKeepsItsMeasuredPrecisionAndRecall() throws IOException {
        List<Line> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(150);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> misses = new ArrayList<>();
        for (Line line : corpus) {
            boolean flagged = OffensiveContentPolicy.standard().assess(line.text()).requiresReview();
            if (flagged && line.offensive()) {
                tp++;
            } else if (flagged) {
                fp++;
                misses.add("false positive: " + line.text() + " -> " + OffensiveContentPolicy.standard().assess(line.text()));
            } else if (line.offensive()) {
                fn++;
                misses.add("false negative: " + line.text());
            } else {
                tn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("offensive-content corpus: %d texts, tp=%d fp=%d fn=%d tn=%d, precision=%.3f recall=%.3f%n",
                corpus.size(), tp, fp, fn, tn, precision, recall);
        misses.forEach(System.out::println);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(1.0);
    }
}
