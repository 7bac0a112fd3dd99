package io.evalstream.e2e.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An evaluation slow enough to watch: multiple-choice items whose questions the stub model answers after a
 * latency, with few requests in flight (the stack's inference-service is started with a small per-endpoint
 * window), beside built-in models that answer at once.
 */
final class SlowSuite {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlowSuite() {
    }

    static String jsonl(int items) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < items; i++) {
            jsonl.append("{\"kind\":\"multiple_choice\",\"id\":\"q").append(String.format("%03d", i))
                    .append("\",\"question\":\"Which number is ").append(i % 4 == 0 ? "the largest" : "even")
                    .append(" in set ").append(i).append("?\",\"choices\":[\"").append(2 * i + 1).append("\",\"")
                    .append(2 * i + 2).append("\",\"").append(2 * i + 3).append("\",\"").append(2 * i + 5)
                    .append("\"],\"answer\":").append(i % 4 == 0 ? 3 : 1).append(",\"slices\":[\"")
                    .append(i % 4 == 0 ? "largest" : "even").append("\"]}\n");
        }
        return jsonl.toString();
    }

    /** Registers an OpenAI-compatible model served by the stub at {@code baseUrl}. */
    static void registerModel(String itemUrl, String id, String baseUrl) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("id", id).put("provider", "openai").put("baseUrl", baseUrl)
                .toString();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(itemUrl + "/api/models")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("model registration failed: " + response.statusCode() + " "
                    + response.body());
        }
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }
}
