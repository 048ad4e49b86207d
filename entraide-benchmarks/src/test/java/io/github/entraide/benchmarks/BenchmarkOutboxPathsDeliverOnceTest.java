package io.github.entraide.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox benchmark's paths deliver what they claim: the pipelining ceiling and the STARTTLS
 * relay each bring every one of the {@value OutboxRelayBenchmark#EMAILS} messages to the sink
 * exactly once, counted by {@code Message-ID}, over the connections the figures assume.
 */
class BenchmarkOutboxPathsDeliverOnceTest {
    private final OutboxRelayBenchmark bench = new OutboxRelayBenchmark();

    @BeforeEach
    void startWithOnePlainDrain() throws Exception {
        bench.recordMessageIds = true;
        bench.startServer();
    }

    @AfterEach
    void stop() throws Exception {
        bench.stopServer();
    }

    /** Every expected Message-ID, each with the same number of copies. */
    private static Map<String, Integer> each(int copies) {
        return IntStream.range(0, OutboxRelayBenchmark.EMAILS).boxed()
                .collect(Collectors.toMap(i -> "<m" + i + "@bench.entraide>", i -> copies));
    }

    @Test
    void theCeilingReplaysEveryMessageOnceOverOnePipelinedConnection() throws Exception {
        assertThat(bench.sink().messageIdCopies()).isEqualTo(each(1));
        assertThat(bench.wireMessages()).hasSize(OutboxRelayBenchmark.EMAILS);
        long connections = bench.sink().connections();

        assertThat(bench.smtpCeiling()).isEqualTo(OutboxRelayBenchmark.EMAILS);

        assertThat(bench.sink().messageIdCopies()).isEqualTo(each(2));
        assertThat(bench.sink().connections()).isEqualTo(connections + 1);
        assertThat(bench.sink().messages()).isEqualTo(2L * OutboxRelayBenchmark.EMAILS);
        assertThat(bench.sink().tlsSessions()).isZero();
    }

    @Test
    void theTlsRelayDeliversEveryMessageOnceReusedOrNot() {
        bench.fillOutbox();
        bench.reusedConnectionTls();
        assertThat(bench.sink().messageIdCopies()).isEqualTo(each(2));
        assertThat(bench.sink().tlsSessions()).isEqualTo(1);

        bench.fillOutbox();
        bench.connectionPerEmailTls();
        assertThat(bench.sink().messageIdCopies()).isEqualTo(each(3));
        assertThat(bench.sink().tlsSessions()).isEqualTo(1 + OutboxRelayBenchmark.EMAILS);
    }
}
