package io.github.entraide.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.entraide.examples.Main;
import io.github.entraide.examples.portal.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's {@code scenario} command runs in a child JVM, as an operator would run it, with
 * every SLF4J logger at TRACE and every java.util.logging logger (Angus Mail, HikariCP's
 * dependencies) at FINEST, on an H2 file database, sending to an SMTP server in this JVM. Its
 * whole standard output and error are then searched for every name, e-mail address, phone
 * number and free text the scenario's members typed, read back from the database it left.
 *
 * <p>Left off on purpose: {@code mail.debug} and H2's own {@code TRACE_LEVEL_*} switches, the
 * debugging aids of the mail library and of the database that print message bodies and SQL
 * parameters by design, and which no deployment may enable in production.
 */
class LogsCarryNoPersonalDataTest {
    private static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** A line's logger: SLF4J Simple's {@code [thread] LEVEL name - } or this test's java.util.logging format. */
    private static final Pattern LOGGER = Pattern.compile("(?m)(?:\\] |^\\d\\d:\\d\\d:\\d\\d )"
            + "(?:TRACE|DEBUG|INFO|WARN|ERROR|FINEST|FINER|FINE|CONFIG|WARNING|SEVERE) ([\\w.$]+) - ");

    /**
     * A run of digits as a phone number may be written: digits joined by at most two of space, dot, dash or
     * brackets ("06 10 19 41 87", "+33 (0)6.10.19.41.87"), not touching a letter or another digit. Searching
     * for a member's phone in such runs, rather than in all the digits of a line put end to end, finds it in
     * any of its usual spellings without taking ten digits spread over timestamps and ids for a leak.
     */
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\p{Alnum}])\\+?\\d(?:[ .()\\-]{0,2}\\d)+(?![\\p{Alnum}])");

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TempDir
    Path dir;

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theScenarioLoggedAtTraceNamesIdsAndNeverAMembersDataOrText() throws Exception {
        smtp.start();
        Path julConfig = dir.resolve("logging.properties");
        Files.writeString(julConfig, "handlers=java.util.logging.ConsoleHandler\n.level=ALL\n"
                + "java.util.logging.ConsoleHandler.level=ALL\n"
                + "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter\n"
                + "java.util.logging.SimpleFormatter.format=%1$tT %4$s %3$s - %5$s%6$s%n\n");
        String url = "jdbc:h2:file:" + dir.resolve("entraide").toAbsolutePath() + URL_OPTIONS;
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Duser.language=en",
                "-Djava.util.logging.config.file=" + julConfig.toAbsolutePath()));
        // The demo's simplelogger.properties lowers these; the command line wins.
        for (String logger : List.of("io.github.entraide.relay", "io.github.entraide.mail", "com.icegreen",
                "org.hibernate.validator")) {
            command.add("-Dorg.slf4j.simpleLogger.log." + logger + "=trace");
        }
        command.add(Main.class.getName());
        command.add("scenario");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ENTRAIDE_"));
        builder.environment().put("ENTRAIDE_JDBC_URL", url);
        builder.environment().put("ENTRAIDE_SMTP_HOST", "127.0.0.1");
        builder.environment().put("ENTRAIDE_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
        builder.environment().put("ENTRAIDE_SCENARIO_DRAIN_SECONDS", "300");
        long started = System.nanoTime();
        Process child = builder.start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(ended).as("the scenario ended within 15 minutes").isTrue();
        assertThat(child.exitValue()).as(tail(err)).isZero();
        String log = out + "\n" + err;
        String[] lastLines = out.split("\\R");
        String json = lastLines[lastLines.length - 1];
        assertThat(json).contains("\"emails_pending\":0}");

        Set<String> personal = new LinkedHashSet<>();
        Set<String> notificationIds = new LinkedHashSet<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        readBack(url, personal, notificationIds, kinds);
        personal.addAll(Scenario.paidOfferTexts());
        personal.removeIf(s -> s.strip().length() < 4);

        // TRACE really was on: the library logged each delivery by its outbox id, and Angus Mail
        // its java.util.logging lines.
        Map<String, Integer> linesByLogger = new TreeMap<>();
        Matcher m = LOGGER.matcher(log);
        while (m.find()) {
            linesByLogger.merge(m.group(1), 1, Integer::sum);
        }
        long entraideLines = linesByLogger.entrySet().stream().filter(e -> e.getKey().startsWith("io.github.entraide"))
                .mapToLong(Map.Entry::getValue).sum();
        Set<String> mentioned = new java.util.HashSet<>();
        new Needles(new ArrayList<>(notificationIds)).scan(log, (id, endExclusive) -> mentioned.add(id));
        long idsMentioned = mentioned.size();
        assertThat(notificationIds).hasSizeGreaterThan(100);
        assertThat(idsMentioned).as("outbox ids named in the log").isEqualTo(notificationIds.size());
        assertThat(entraideLines).isGreaterThan(2L * notificationIds.size());
        assertThat(log).contains(" - outbox relay started").containsPattern("FINE\\S* (org\\.eclipse\\.angus|jakarta\\.)");
        assertThat(smtp.getReceivedMessages()).hasSize(notificationIds.size());

        // One pass over the log for all needles (thousands of them, a log of tens of megabytes).
        Map<String, String> leaks = new LinkedHashMap<>();
        Needles words = new Needles(personal.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toList()));
        String lowerLog = log.toLowerCase(Locale.ROOT);
        words.scan(lowerLog, (needle, endExclusive) -> leaks.putIfAbsent(needle, log.substring(
                Math.max(0, lowerLog.lastIndexOf('\n', endExclusive - 1) + 1), Math.min(log.length(), endExclusive + 80))));
        List<String> phoneDigits = personal.stream().filter(p -> p.matches("[+0-9 ().-]+"))
                .map(p -> p.replaceAll("[^0-9]", "")).filter(d -> d.length() >= 8).collect(
                        java.util.stream.Collectors.toList());
        long phonesScanned = phoneDigits.size();
        phonesIn(new Needles(phoneDigits), log, leaks::putIfAbsent);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("scenario_seconds", seconds);
        figures.put("scenario_json", new ObjectMapper().readTree(json));
        figures.put("log_bytes", log.getBytes(StandardCharsets.UTF_8).length);
        figures.put("log_lines", log.split("\\R").length);
        figures.put("entraide_log_lines", entraideLines);
        figures.put("lines_by_logger", linesByLogger);
        figures.put("outbox_ids_mentioned", idsMentioned);
        figures.put("personal_strings_scanned", personal.size());
        figures.put("personal_strings_by_kind", kinds);
        figures.put("phones_scanned_digits_only", phonesScanned);
        figures.put("leaks", leaks.size());
        writeFigures("LogsCarryNoPersonalDataTest", figures);
        System.out.printf(Locale.ROOT, "LogsCarryNoPersonalDataTest: %d log lines (%d from io.github.entraide),"
                + " %d personal strings scanned, %d leaks%n", log.split("\\R").length, entraideLines, personal.size(),
                leaks.size());

        assertThat(leaks).as("personal data found in the log (string -> log line)").isEmpty();
    }

    @Test
    void aPhoneIsFoundInItsUsualSpellingsButNotInDigitsSpreadOverTimestampsAndIds() {
        Needles phone = new Needles(List.of("0610194187"));
        for (String written : List.of("tel=06 10 19 41 87;", "phone: 06.10.19.41.87", "+33 6 10 19 41 87",
                "+33 (0)6 10 19 41 87", "0033610194187", "(0610194187)", "06-10-19-41-87 ok")) {
            assertThat(found(phone, written)).as(written).isTrue();
        }
        for (String innocent : List.of("12:06:10 [main] 194187 ms", "id=a0610194187b", "06:10:19 41 87",
                "outbox 0610 19:41:87")) {
            assertThat(found(phone, innocent)).as(innocent).isFalse();
        }
    }

    private static boolean found(Needles needles, String log) {
        boolean[] hit = {false};
        phonesIn(needles, log, (phone, line) -> hit[0] = true);
        return hit[0];
    }

    /** Each member's phone found in a phone-like run of the log, with the log line it is on. */
    private static void phonesIn(Needles phones, String log, java.util.function.BiConsumer<String, String> found) {
        Matcher run = PHONE_LIKE.matcher(log);
        while (run.find()) {
            String line = lineAround(log, run.start(), run.end());
            for (String digits : phoneForms(run.group())) {
                phones.scan(digits, (needle, endExclusive) -> found.accept(needle, line));
            }
        }
    }

    /** The members' personal data, as the scenario left them in its database, and the e-mails' outbox ids. */
    private static void readBack(String url, Set<String> personal, Set<String> notificationIds,
            Map<String, Integer> kinds) throws SQLException, IOException {
        ObjectMapper json = new ObjectMapper();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            collect(s, "SELECT display_name FROM entraide_member", "names", personal, kinds);
            collect(s, "SELECT email FROM entraide_member", "emails", personal, kinds);
            collect(s, "SELECT phone FROM entraide_member WHERE phone IS NOT NULL", "phones", personal, kinds);
            collect(s, "SELECT free_text FROM entraide_offer", "offer_texts", personal, kinds);
            collect(s, "SELECT free_text FROM entraide_request", "request_texts", personal, kinds);
            collect(s, "SELECT reporter_comment FROM entraide_moderation_case", "report_comments", personal, kinds);
            int names = 0;
            try (ResultSet r = s.executeQuery("SELECT on_behalf_of FROM entraide_request WHERE on_behalf_of IS NOT NULL")) {
                while (r.next()) {
                    JsonNode behalf = json.readTree(r.getString(1));
                    if (behalf.hasNonNull("firstName")) {
                        personal.add(behalf.get("firstName").asText());
                        names++;
                    }
                }
            }
            kinds.put("on_behalf_of_names", names);
            try (ResultSet r = s.executeQuery("SELECT id FROM entraide_outbox WHERE kind = 'NOTIFICATION'")) {
                while (r.next()) {
                    notificationIds.add(r.getString(1));
                }
            }
        }
        assertThat(kinds.get("phones")).as("members with a phone").isPositive();
        assertThat(kinds.get("report_comments")).as("reports with a comment").isPositive();
        assertThat(kinds.get("on_behalf_of_names")).as("requests on behalf of someone").isPositive();
    }

    private static void collect(Statement s, String sql, String kind, Set<String> into, Map<String, Integer> kinds)
            throws SQLException {
        int n = 0;
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String value = r.getString(1);
                if (value != null && !value.isBlank()) {
                    into.add(value.strip());
                    n++;
                }
            }
        }
        kinds.put(kind, n);
    }

    /** Aho–Corasick automaton: finds every occurrence of any of many strings in one pass. */
    private static final class Needles {
        private final List<Map<Character, Integer>> next = new ArrayList<>();
        private final List<Integer> fail = new ArrayList<>();
        private final List<String> output = new ArrayList<>();
        private final List<Integer> outputLink = new ArrayList<>();

        Needles(List<String> needles) {
            node();
            for (String needle : needles) {
                int state = 0;
                for (char ch : needle.toCharArray()) {
                    Integer to = next.get(state).get(ch);
                    if (to == null) {
                        to = node();
                        next.get(state).put(ch, to);
                    }
                    state = to;
                }
                output.set(state, needle);
            }
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            for (int child : next.get(0).values()) {
                fail.set(child, 0);
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                    int child = e.getValue();
                    int f = fail.get(state);
                    while (f != 0 && !next.get(f).containsKey(e.getKey())) {
                        f = fail.get(f);
                    }
                    Integer to = next.get(f).get(e.getKey());
                    int failTo = to == null || to == child ? 0 : to;
                    fail.set(child, failTo);
                    outputLink.set(child, output.get(failTo) != null ? failTo : outputLink.get(failTo));
                    queue.add(child);
                }
            }
        }

        private int node() {
            next.add(new java.util.HashMap<>());
            fail.add(0);
            output.add(null);
            outputLink.add(-1);
            return next.size() - 1;
        }

        interface Hit {
            void found(String needle, int endExclusive);
        }

        void scan(String text, Hit hit) {
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                while (state != 0 && !next.get(state).containsKey(ch)) {
                    state = fail.get(state);
                }
                state = next.get(state).getOrDefault(ch, 0);
                for (int s = state; s > 0; s = outputLink.get(s)) {
                    if (output.get(s) != null) {
                        hit.found(output.get(s), i + 1);
                    }
                }
            }
        }
    }

    /** A phone-like run's digits, and the same digits with an international prefix for France turned back into 0. */
    static List<String> phoneForms(String run) {
        String digits = run.replaceAll("[^0-9]", "");
        List<String> forms = new ArrayList<>(List.of(digits));
        for (String prefix : List.of("00330", "0033", "330", "33")) {
            if (digits.startsWith(prefix)) {
                forms.add("0" + digits.substring(prefix.length()));
                break;
            }
        }
        return forms;
    }

    private static String lineAround(String text, int start, int end) {
        int from = text.lastIndexOf('\n', start) + 1;
        int to = text.indexOf('\n', end);
        return text.substring(from, to < 0 ? text.length() : Math.min(to, end + 80));
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    static void writeFigures(String test, Map<String, Object> figures) throws IOException {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("guarantees");
        Files.createDirectories(target);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.resolve(test + ".json").toFile(),
                figures);
    }
}
