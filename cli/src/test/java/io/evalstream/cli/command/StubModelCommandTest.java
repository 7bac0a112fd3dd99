package io.evalstream.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StubModelCommandTest {

    @Test
    void parsesTheDocumentedOptionsIntoStubOptions() throws Exception {
        StubModelCommand command = new StubModelCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--port", "0", "--latency", "200ms",
                "--jitter", "50ms", "--error-rate", "0.05", "--rate-limit", "600/min", "--max-concurrency", "256",
                "--completions-logprobs-shape", "chat");
        StubOptions options = command.options();
        assertThat(options.port()).isZero();
        assertThat(options.latency()).isEqualTo(Duration.ofMillis(200));
        assertThat(options.jitter()).isEqualTo(Duration.ofMillis(50));
        assertThat(options.errorRate()).isEqualTo(0.05);
        assertThat(options.rateLimitPerMinute()).isEqualTo(600);
        assertThat(options.maxConcurrency()).isEqualTo(256);
        assertThat(options.completionsLogprobsShape()).isEqualTo(StubOptions.LogprobsShape.CHAT);
        assertThat(options.apiKey()).isNull();

        try (StubModelServer.Handle handle = StubModelServer.start(options.withLatency(Duration.ZERO, Duration.ZERO)
                .withErrorRate(0))) {
            HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(handle.baseUrl() + "/stats")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.body()).contains("\"requests\":0").contains("\"peakInFlight\":0");
        }
    }
}
