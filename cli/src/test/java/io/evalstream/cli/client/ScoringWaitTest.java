package io.evalstream.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local HTTP server standing in for scoring-service's {@code GET /api/runs/{id}}. */
class ScoringWaitTest {
    private HttpServer server;
    private final AtomicInteger polls = new AtomicInteger();
    private volatile String body;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/runs/", exchange -> {
            polls.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ApiClient api() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return new ApiClient(url, url);
    }

    @Test
    void aRunThatStopsProgressingFailsNamingTheRunAndHowFarItGot() {
        body = "{\"state\":\"RUNNING\",\"planned\":10,\"received\":4}";
        ScoringWait wait = new ScoringWait(api(), Duration.ofMillis(300), Duration.ofMillis(20), System::nanoTime);
        assertThatThrownBy(() -> wait.awaitScored("import-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("import-1").hasMessageContaining("stalled")
                .hasMessageContaining("4 of 10 responses scored");
        assertThat(polls.get()).isGreaterThan(1);
    }

    @Test
    void aCompletedRunIsReturned() throws InterruptedException {
        body = "{\"state\":\"COMPLETED\",\"planned\":10,\"received\":10}";
        assertThat(new ScoringWait(api(), Duration.ofSeconds(5)).awaitScored("r").path("received").asInt())
                .isEqualTo(10);
    }
}
