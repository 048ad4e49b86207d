package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The scenario command's exit status. Mail queued while the SMTP server is down and sent once it is up:
 * {@code io.github.entraide.reliability.ScenarioWithSmtpDownAtStartTest}, which starts the server only
 * once deliveries have visibly failed.
 */
class ScenarioTest {

    @Test
    void exitStatusIsOneWhenMailCannotBeDeliveredInTime() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Scenario.run(PortalConfig.embeddedOnFreePort().withSmtp("127.0.0.1", port), Scenario.Size.small(),
                Duration.ofSeconds(2), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\"emails_sent\":0,\"emails_pending\":[1-9]");
    }
}
