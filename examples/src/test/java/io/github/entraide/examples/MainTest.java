package io.github.entraide.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Smoke tests of the demo jar's commands, run through {@link Main#run} (no System.exit). */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] lines() {
        return out.toString(StandardCharsets.UTF_8).split("\\R");
    }

    @Test
    void theDefaultCommandStartsThePortal() throws Exception {
        assertThat(run(Map.of("ENTRAIDE_PORT", "0"))).isZero();
        try {
            Matcher m = Pattern.compile("Entraide demo portal on (http://localhost:\\d+)/").matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(m.find()).isTrue();
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("S’entraider entre voisins");
        } finally {
            Main.portal.close();
        }
    }

    @Test
    void scenarioOnEmbeddedDefaultsSendsEveryEmailAndEndsWithItsJsonLine() {
        assertThat(run(Map.of(), "scenario")).isZero();
        String last = lines()[lines().length - 1];
        assertThat(last).matches("\\{\"helpers\":2000,\"offers\":\\d+,\"requests\":\\d+,\"introductions\":\\d+,"
                + "\"accepted\":\\d+,\"flagged_offers\":\\d+,\"emails_dead\":0,\"emails_sent\":\\d+,\"emails_pending\":0}");
        Matcher m = Pattern.compile("\"introductions\":(\\d+),\"accepted\":(\\d+).*\"emails_sent\":(\\d+)").matcher(last);
        assertThat(m.find()).isTrue();
        long introductions = Long.parseLong(m.group(1));
        long accepted = Long.parseLong(m.group(2));
        assertThat(introductions).isPositive();
        assertThat(accepted).isPositive().isLessThan(introductions);
        // One proposal to the helper per introduction, the contact details to both sides per acceptance.
        assertThat(Long.parseLong(m.group(3))).isEqualTo(introductions + 2 * accepted);
    }

    @Test
    void quickstartIsStillASubCommand() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(Map.of(), "quickstart")).isZero();
        } finally {
            System.setOut(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("ACCEPTED").contains("jeanne@example.org");
    }

    @Test
    void anUnknownCommandOrBadConfigurationIsRefusedWithStatusTwo() {
        assertThat(run(Map.of(), "nope")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Commands: portal (default), scenario, quickstart");
        assertThat(run(Map.of("ENTRAIDE_PORT", "eighty"))).isEqualTo(2);
        assertThat(run(Map.of("ENTRAIDE_SCENARIO_DRAIN_SECONDS", "soon"), "scenario")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ENTRAIDE_SCENARIO_DRAIN_SECONDS is not a number");
    }
}
