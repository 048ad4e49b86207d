package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scenario on PostgreSQL ({@code ENTRAIDE_TEST_PG_URL}, which {@code .ci/run} sets) with a
 * separate SMTP server, in a schema of its own. Skips loudly without the URL; fails when
 * {@code CI=true}.
 */
class ScenarioOnPostgresTest {

    @Test
    void scenarioOnPostgresqlWithAnSmtpServerSendsEveryEmail() throws Exception {
        String url = System.getenv("ENTRAIDE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "ENTRAIDE_TEST_PG_URL is not set: the scenario on PostgreSQL is not checked";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        String schema = "portal_scenario_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = Scenario.run(PortalConfig.embeddedOnFreePort().withJdbcUrl(schemaUrl)
                            .withSmtp("127.0.0.1", smtp.getSmtp().getPort()),
                    Scenario.Size.small(), Duration.ofSeconds(120), new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
            String last = lines[lines.length - 1];
            assertThat(status).as(last).isZero();
            int sent = Integer.parseInt(last.replaceAll(".*\"emails_sent\":(\\d+).*", "$1"));
            assertThat(sent).isPositive();
            assertThat(smtp.getReceivedMessages()).hasSize(sent);
            try (Connection c = DriverManager.getConnection(schemaUrl); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT count(*) FROM entraide_member")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(60);
            }
        } finally {
            smtp.stop();
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
