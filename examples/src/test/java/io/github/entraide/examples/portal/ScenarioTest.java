package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void mailQueuedWhileTheSmtpServerIsDownIsSentOnceItComesUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Executor later = CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS);
        CompletableFuture<Void> comesUp = CompletableFuture.runAsync(smtp::start, later);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int status = Scenario.run(PortalConfig.embeddedOnFreePort().withSmtp("127.0.0.1", port),
                    Scenario.Size.small(), Duration.ofSeconds(60), new PrintStream(out, true, StandardCharsets.UTF_8));
            comesUp.join();
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
            String last = lines[lines.length - 1];
            assertThat(status).as(last).isZero();
            assertThat(last).startsWith("{\"helpers\":60,").endsWith(",\"emails_pending\":0}");
            int sent = Integer.parseInt(last.replaceAll(".*\"emails_sent\":(\\d+).*", "$1"));
            assertThat(sent).isPositive();
            assertThat(smtp.getReceivedMessages()).hasSize(sent);
        } finally {
            comesUp.join();
            smtp.stop();
        }
    }

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
