package io.evalstream.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each endpoint's shape, determinism, limits and faults, over real HTTP. */
class StubModelServerTest {
    private static final String QUESTION = "Which planet is largest?\\nA. Mars\\nB. Jupiter\\nC. Venus\\nD. Earth\\nAnswer:";
    private static final String CHAT_BODY = "{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":\"Answer with a letter.\"},"
            + "{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}],\"max_tokens\":4,\"temperature\":0,"
            + "\"logprobs\":true,\"top_logprobs\":8}";
    private final List<StubModelServer.Handle> servers = new ArrayList<>();

    private StubClient start(StubOptions options) {
        StubModelServer.Handle handle = StubModelServer.start(options);
        servers.add(handle);
        return new StubClient(handle.baseUrl());
    }

    @AfterEach
    void stop() {
        servers.forEach(StubModelServer.Handle::close);
    }

    @Test
    void chatAnswersALabelWithTopLogprobsCoveringBothForms() {
        StubClient client = start(StubOptions.defaults());
        HttpResponse<String> response = client.post("/v1/chat/completions", CHAT_BODY);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = StubClient.json(response);
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        JsonNode choice = body.path("choices").get(0);
        String answer = choice.path("message").path("content").asText();
        assertThat(answer).isIn("A", "B", "C", "D");
        assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
        JsonNode first = choice.path("logprobs").path("content").get(0);
        assertThat(first.path("token").asText()).isEqualTo(answer);
        assertThat(first.path("logprob").asDouble()).isNegative();
        Set<String> alternatives = new HashSet<>();
        first.path("top_logprobs").forEach(t -> alternatives.add(t.path("token").asText()));
        assertThat(alternatives).contains("A", " A", "B", " B", "C", " C", "D", " D");
        assertThat(body.path("usage").path("prompt_tokens").asInt()).isPositive();
        assertThat(body.path("usage").path("completion_tokens").asInt()).isEqualTo(1);
        assertThat(body.path("usage").path("total_tokens").asInt())
                .isEqualTo(body.path("usage").path("prompt_tokens").asInt() + 1);
    }

    @Test
    void samePromptSameAnswerAndTrueFalseIsRecognised() {
        StubClient client = start(StubOptions.defaults());
        String first = StubClient.json(client.post("/v1/chat/completions", CHAT_BODY)).toString();
        String second = StubClient.json(client.post("/v1/chat/completions", CHAT_BODY)).toString();
        assertThat(strip(second)).isEqualTo(strip(first));
        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            JsonNode body = StubClient.json(client.post("/v1/chat/completions",
                    "{\"messages\":[{\"role\":\"user\",\"content\":\"Statement " + i + ": the sky is green. True or False?\"}]}"));
            answers.add(body.path("choices").get(0).path("message").path("content").asText());
        }
        assertThat(answers).containsExactlyInAnyOrder("True", "False");
        String echo = StubClient.json(client.post("/v1/chat/completions",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}"))
                .path("choices").get(0).path("message").path("content").asText();
        assertThat(echo).isEqualTo("Echo: hello there");
    }

    private static String strip(String json) {
        return json.replaceAll("\"created\":\\d+", "");
    }

    @Test
    void completionsLegacyShapeAndEchoedPromptLikelihoods() {
        StubClient client = start(StubOptions.defaults());
        JsonNode body = StubClient.json(client.post("/v1/completions",
                "{\"prompt\":\"" + QUESTION + "\",\"max_tokens\":1,\"logprobs\":5}"));
        assertThat(body.path("object").asText()).isEqualTo("text_completion");
        JsonNode choice = body.path("choices").get(0);
        JsonNode logprobs = choice.path("logprobs");
        assertThat(logprobs.path("tokens").get(0).asText()).isEqualTo(choice.path("text").asText());
        assertThat(logprobs.path("token_logprobs").get(0).asDouble()).isNegative();
        assertThat(logprobs.path("top_logprobs").get(0).size()).isEqualTo(5);
        assertThat(body.path("usage").path("completion_tokens").asInt()).isEqualTo(1);

        JsonNode echoed = StubClient.json(client.post("/v1/completions",
                "{\"prompt\":\"the cat sat\",\"max_tokens\":0,\"echo\":true,\"logprobs\":1}")).path("choices").get(0);
        assertThat(echoed.path("text").asText()).isEqualTo("the cat sat");
        JsonNode lp = echoed.path("logprobs");
        assertThat(lp.path("tokens").size()).isEqualTo(3);
        assertThat(lp.path("token_logprobs").get(0).isNull()).isTrue();
        assertThat(lp.path("token_logprobs").get(1).asDouble()).isNegative();
    }

    @Test
    void completionsChatShapeWhenConfiguredLikeLlamaServer() {
        StubClient client = start(StubOptions.defaults().withCompletionsLogprobsShape(StubOptions.LogprobsShape.CHAT));
        JsonNode choice = StubClient.json(client.post("/v1/completions",
                "{\"prompt\":\"" + QUESTION + "\",\"max_tokens\":1,\"logprobs\":4}")).path("choices").get(0);
        JsonNode content = choice.path("logprobs").path("content");
        assertThat(content.size()).isEqualTo(1);
        assertThat(content.get(0).path("token").asText()).isEqualTo(choice.path("text").asText());
        assertThat(content.get(0).path("top_logprobs").size()).isEqualTo(4);
    }

    @Test
    void anthropicMessagesNeedTheirHeadersAndAnswerInTheirShape() {
        StubClient client = start(StubOptions.defaults());
        String body = "{\"model\":\"claude\",\"system\":\"Answer with a letter.\",\"max_tokens\":1,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}";
        assertThat(client.post("/v1/messages", body, "anthropic-version", "2023-06-01").statusCode()).isEqualTo(401);
        assertThat(client.post("/v1/messages", body, "x-api-key", "k").statusCode()).isEqualTo(400);
        HttpResponse<String> response = client.post("/v1/messages", body, "x-api-key", "k",
                "anthropic-version", "2023-06-01");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = StubClient.json(response);
        assertThat(json.path("type").asText()).isEqualTo("message");
        assertThat(json.path("content").get(0).path("type").asText()).isEqualTo("text");
        assertThat(json.path("content").get(0).path("text").asText()).isIn("A", "B", "C", "D");
        assertThat(json.path("stop_reason").asText()).isEqualTo("end_turn");
        assertThat(json.path("usage").path("input_tokens").asInt()).isPositive();
        assertThat(json.path("usage").path("output_tokens").asInt()).isEqualTo(1);

        JsonNode truncated = StubClient.json(client.post("/v1/messages",
                "{\"max_tokens\":2,\"messages\":[{\"role\":\"user\",\"content\":\"tell me a long story please\"}]}",
                "x-api-key", "k", "anthropic-version", "2023-06-01"));
        assertThat(truncated.path("stop_reason").asText()).isEqualTo("max_tokens");
        assertThat(truncated.path("usage").path("output_tokens").asInt()).isEqualTo(2);
    }

    @Test
    void requiredKeyIsChecked() {
        StubClient client = start(StubOptions.defaults().withApiKey("sk-test-123"));
        assertThat(client.post("/v1/chat/completions", CHAT_BODY).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = client.post("/v1/chat/completions", CHAT_BODY, "Authorization", "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(StubClient.json(wrong).path("error").path("code").asText()).isEqualTo("invalid_api_key");
        assertThat(client.post("/v1/chat/completions", CHAT_BODY, "Authorization", "Bearer sk-test-123").statusCode())
                .isEqualTo(200);
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() throws Exception {
        StubClient client = start(StubOptions.defaults().withRateLimitPerMinute(3));
        for (int i = 0; i < 3; i++) {
            assertThat(client.post("/v1/chat/completions", CHAT_BODY).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = client.post("/v1/chat/completions", CHAT_BODY);
        assertThat(limited.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(limited.headers().firstValue("x-ratelimit-reset-requests")).isPresent();
        assertThat(StubClient.json(limited).path("error").path("code").asText()).isEqualTo("rate_limit_exceeded");
        JsonNode stats = StubClient.json(client.get("/stats"));
        assertThat(stats.path("requests").asLong()).isEqualTo(4);
        assertThat(stats.path("rateLimited").asLong()).isEqualTo(1);
        assertThat(stats.path("byPath").path("/v1/chat/completions").asLong()).isEqualTo(4);
    }

    @Test
    void tracksPeakInFlightOnTimersAndRefusesPastMaxConcurrency() {
        StubModelServer.Handle handle = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(300), Duration.ZERO).withMaxConcurrency(40));
        servers.add(handle);
        StubClient client = new StubClient(handle.baseUrl());
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(client.postAsync("/v1/chat/completions", CHAT_BODY));
        }
        long ok = calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).count();
        long limited = calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 429).count();
        StubStats stats = handle.stats();
        assertThat(ok + limited).isEqualTo(60);
        assertThat(stats.peakInFlight()).isLessThanOrEqualTo(40).isGreaterThan(1);
        assertThat(stats.rateLimited()).isEqualTo(limited);
        assertThat(stats.inFlight()).isZero();
        assertThat(calls.get(0).join().headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void holdsHundredsOfSlowRequestsAtOnce() {
        StubModelServer.Handle handle = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(1000), Duration.ZERO));
        servers.add(handle);
        java.net.http.HttpClient http11 = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            calls.add(http11.sendAsync(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(handle.baseUrl() + "/v1/chat/completions"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(CHAT_BODY)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(calls.stream().map(CompletableFuture::join)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        // two event-loop threads: were requests served one thread each, this would take 150 s, not about 1
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(handle.stats().peakInFlight()).isGreaterThan(150);
    }

    @Test
    void scriptedOutcomesComeInOrderThenNormalAnswers() throws Exception {
        StubModelServer.Handle handle = StubModelServer.start(StubOptions.defaults());
        servers.add(handle);
        StubClient client = new StubClient(handle.baseUrl());
        handle.script(ScriptedOutcome.rateLimited(2), ScriptedOutcome.serverError(), ScriptedOutcome.malformed(),
                ScriptedOutcome.badRequest());
        HttpResponse<String> limited = client.post("/v1/chat/completions", CHAT_BODY);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        HttpResponse<String> failed = client.post("/v1/chat/completions", CHAT_BODY);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(StubClient.json(failed).path("error").path("message").asText()).contains("server had an error");
        HttpResponse<String> malformed = client.post("/v1/chat/completions", CHAT_BODY);
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).doesNotEndWith("}");
        assertThat(client.post("/v1/chat/completions", CHAT_BODY).statusCode()).isEqualTo(400);
        assertThat(client.post("/v1/chat/completions", CHAT_BODY).statusCode()).isEqualTo(200);
        StubStats stats = handle.stats();
        assertThat(stats.errors()).isEqualTo(3);
        assertThat(stats.rateLimited()).isEqualTo(1);
        assertThat(client.http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(handle.baseUrl() + "/stats/reset")).POST(
                java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(handle.stats().requests()).isZero();
    }

    @Test
    void injectedErrorsUseOpenAiErrorBodies() {
        StubModelServer.Handle handle = StubModelServer.start(StubOptions.defaults().withErrorRate(1.0));
        servers.add(handle);
        HttpResponse<String> response = new StubClient(handle.baseUrl()).post("/v1/chat/completions", CHAT_BODY);
        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode error = StubClient.json(response).path("error");
        assertThat(error.has("message")).isTrue();
        assertThat(error.path("type").asText()).isEqualTo("server_error");
        assertThat(error.has("code")).isTrue();
        assertThat(handle.stats().errors()).isEqualTo(1);
    }

    @Test
    void parsesCommandLineValues() {
        assertThat(StubArguments.duration("200ms")).isEqualTo(Duration.ofMillis(200));
        assertThat(StubArguments.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(StubArguments.ratePerMinute("600/min")).isEqualTo(600);
        assertThat(StubArguments.ratePerMinute("10/s")).isEqualTo(600);
        StubOptions options = StubModelMain.parse(new String[] {"--port", "0", "--latency", "200ms", "--jitter", "50ms",
                "--error-rate", "0.05", "--rate-limit", "600/min", "--max-concurrency", "256"});
        assertThat(options.latency()).isEqualTo(Duration.ofMillis(200));
        assertThat(options.jitter()).isEqualTo(Duration.ofMillis(50));
        assertThat(options.rateLimitPerMinute()).isEqualTo(600);
        assertThat(options.maxConcurrency()).isEqualTo(256);
        assertThat(options.toString()).doesNotContain("sk-");
    }
}
