package io.github.entraide.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void quickstartShowsContactsOnlyAfterAcceptance() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("PROPOSED").contains("Jeanne").contains("hidden until accepted")
                .doesNotContain("jeanne@example.org");
        assertThat(lines[1]).contains("ACCEPTED").contains("jeanne@example.org").contains("04 76 00 00 00");
        assertThat(lines[2]).contains("ACCEPTED").contains("Camille").contains("camille@example.org");
    }
}
