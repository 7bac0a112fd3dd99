package io.evalstream.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The REST calls the CLI makes: datasets and runs on item-service, results on scoring-service. JSON stays
 * as trees: the CLI only prints what the services computed, it never recomputes a metric.
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String itemUrl;
    private final String scoringUrl;

    public ApiClient(String itemUrl, String scoringUrl) {
        this.itemUrl = itemUrl;
        this.scoringUrl = scoringUrl;
    }

    /** Imports the built-in demo suite; idempotent, so a second start reuses the stored version. */
    public JsonNode importDemoSuite() {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/datasets/demo"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Imports a JSONL file as a new version of dataset {@code name} (atomic on the server). */
    public JsonNode importJsonl(String name, String jsonl) {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/datasets/" + encode(name) + "/items"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonl)));
    }

    /**
     * Imports published files in {@code format} (e.g. {@code crows-pairs}) as a new version of dataset {@code name}:
     * {@code files} maps each file's relative name to its text; item-service converts and validates atomically.
     */
    public JsonNode importFormat(String name, String format, java.util.Map<String, String> files) {
        ObjectNode body = JSON.createObjectNode();
        var array = body.putArray("files");
        files.forEach((file, content) -> array.addObject().put("name", file).put("content", content));
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/datasets/" + encode(name) + "/import/"
                + encode(format))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Imports responses or judgements produced elsewhere ({@code format}: {@code alpaca-eval} or {@code responses})
     * as a new run that scoring-service scores through the pipeline; {@code files} maps names to texts.
     */
    public JsonNode importResponses(String format, java.util.Map<String, String> files) {
        ObjectNode body = JSON.createObjectNode();
        var array = body.putArray("files");
        files.forEach((file, content) -> array.addObject().put("name", file).put("content", content));
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + "/api/imports/" + encode(format)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Plans a run; item-service emits every request before answering. */
    public JsonNode createRun(String suite, Integer version, List<String> models, String permutations, int samples,
            String readMode) {
        ObjectNode body = JSON.createObjectNode();
        body.put("suite", suite);
        if (version != null) {
            body.put("version", version);
        }
        body.putPOJO("models", models);
        body.put("permutations", permutations);
        body.put("samples", samples);
        body.put("readMode", readMode);
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Imports the built-in arena prompt set (generation items); idempotent. */
    public JsonNode importArenaDemo() {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/datasets/arena-demo"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * Plans an arena run: {@code contestants} answer every prompt of {@code suite}, {@code judges} judge the pairs
     * {@code pairing} schedules ({@code all}, {@code baseline:<model>}, {@code sampled:<pairs per prompt>}).
     */
    public JsonNode createArenaRun(String suite, List<String> contestants, List<String> judges, String pairing,
            String judgeReadMode, java.util.Map<String, Double> referenceScores) {
        ObjectNode body = JSON.createObjectNode();
        body.put("suite", suite);
        body.putPOJO("models", contestants);
        ObjectNode arena = body.putObject("arena");
        arena.putPOJO("judges", judges);
        arena.put("pairing", pairing);
        arena.put("judgeReadMode", judgeReadMode);
        if (referenceScores != null && !referenceScores.isEmpty()) {
            arena.putPOJO("referenceScores", referenceScores);
        }
        return createRun(body);
    }

    /** Plans a run from a full request body (cache opt-out, n, ... as item-service documents them). */
    public JsonNode createRun(JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Registers a model ({@code POST /api/models}): provider, base URL, the name of its key variable, price, limits. */
    public JsonNode registerModel(JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/models"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Any JSON resource by absolute URL (the raw body as a text node when it is not JSON). */
    public JsonNode get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** An arena run's ratings, win rates and judge audit. */
    public JsonNode arena(String runId) {
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + "/api/runs/" + encode(runId) + "/arena")).GET());
    }

    /** A run's protocol report: one section per protocol whose scores the run has ({@code /report}). */
    public JsonNode report(String runId) {
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + "/api/runs/" + encode(runId) + "/report")).GET());
    }

    /** Progress and metrics of a run as scoring-service sees it; 404 until its first event arrived there. */
    public JsonNode runResults(String runId) {
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + "/api/runs/" + encode(runId))).GET());
    }

    public JsonNode leaderboard(String runId) {
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + "/api/runs/" + encode(runId) + "/leaderboard"))
                .GET());
    }

    /** Cancels a run (item-service); no further model calls are made for it. */
    public JsonNode cancelRun(String runId) {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/runs/" + encode(runId) + "/cancel"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Resumes a cancelled run (item-service). */
    public JsonNode resumeRun(String runId) {
        return send(HttpRequest.newBuilder(URI.create(itemUrl + "/api/runs/" + encode(runId) + "/resume"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Regressions, newest first, optionally of one suite and model. */
    public JsonNode regressions(String suite, String model) {
        StringBuilder query = new StringBuilder("/api/regressions?limit=100");
        if (suite != null) {
            query.append("&suite=").append(encode(suite));
        }
        if (model != null) {
            query.append("&model=").append(encode(model));
        }
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + query)).GET());
    }

    /**
     * Follows scoring-service's live stream of every run ({@code /api/events}, server-sent events) and hands each
     * event (name, JSON data) to {@code onEvent} until it returns false or the stream ends.
     */
    public void followEvents(java.util.function.BiPredicate<String, JsonNode> onEvent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(scoringUrl + "/api/events"))
                .header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() >= 400) {
                throw new ApiException(response.statusCode(), "HTTP " + response.statusCode() + " from " + request.uri());
            }
            try (java.util.stream.Stream<String> lines = response.body()) {
                java.util.Iterator<String> it = lines.iterator();
                String name = "message";
                StringBuilder data = new StringBuilder();
                while (it.hasNext()) {
                    String line = it.next();
                    if (line.isEmpty()) {
                        if (data.length() > 0 && !onEvent.test(name, parse(data.toString()))) {
                            return;
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("following " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public JsonNode runs() {
        return send(HttpRequest.newBuilder(URI.create(scoringUrl + "/api/runs")).GET());
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            if (response.statusCode() >= 400) {
                throw new ApiException(response.statusCode(), describeProblem(response.statusCode(), body));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("calling " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    /** "HTTP 400 Invalid import: line 3, field 'answer': ..." from a problem+json body. */
    static String describeProblem(int status, JsonNode body) {
        StringBuilder message = new StringBuilder("HTTP ").append(status);
        if (body.hasNonNull("title")) {
            message.append(' ').append(body.get("title").asText());
        }
        if (body.hasNonNull("detail")) {
            message.append(": ").append(body.get("detail").asText());
        }
        for (JsonNode error : body.path("errors")) {
            message.append("\n  ");
            if (error.has("file")) {
                message.append(error.get("file").asText()).append(' ');
            }
            if (error.has("line")) {
                message.append("line ").append(error.get("line").asText()).append(", ");
            }
            if (error.has("field")) {
                message.append("field '").append(error.get("field").asText()).append("': ");
            }
            message.append(error.path("message").asText());
        }
        if (!body.isObject() && !body.isNull()) {
            message.append(": ").append(body.asText());
        }
        return message.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
