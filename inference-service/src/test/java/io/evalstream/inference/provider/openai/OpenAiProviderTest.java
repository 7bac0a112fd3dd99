package io.evalstream.inference.provider.openai;

import static io.evalstream.inference.provider.http.StubRequests.ABCD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.inference.provider.http.HttpModelClient;
import io.evalstream.inference.provider.http.HttpProviderConfig;
import io.evalstream.inference.provider.http.HttpProviders;
import io.evalstream.inference.provider.http.StubRequests;
import io.evalstream.stub.ScriptedOutcome;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code openai} provider against the stub over real HTTP: shapes, retries, failures, limits. */
class OpenAiProviderTest {
    private final List<StubModelServer.Handle> stubs = new ArrayList<>();

    private StubModelServer.Handle stub(StubOptions options) {
        StubModelServer.Handle handle = StubModelServer.start(options);
        stubs.add(handle);
        return handle;
    }

    @AfterEach
    void stop() {
        stubs.forEach(StubModelServer.Handle::close);
    }

    private static OpenAiProvider provider(HttpProviderConfig config) {
        return new OpenAiProvider(new HttpModelClient(config, HttpProviders.secrets(Map.of())));
    }

    private static ModelRef model(StubModelServer.Handle stub) {
        return StubRequests.model("openai", stub.baseUrl(), null);
    }

    @Test
    void chatWithLabelLogprobs() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.defaults()),
                StubRequests.chat(model(stub), Generation.labelProbabilities(10)));
        assertThat(response.status()).isEqualTo(ResponseStatus.OK);
        assertThat(response.output().text()).isIn(ABCD);
        assertThat(response.output().finishReason()).isEqualTo("stop");
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(response.usage().inputTokens()).isPositive();
        assertThat(response.usage().outputTokens()).isEqualTo(1);
        TokenLogprob token = response.output().logprobs().get(0);
        assertThat(token.token()).isEqualTo(response.output().text());
        assertThat(token.topLogprobs()).hasSize(9).extracting(TopLogprob::token)
                .contains("A", " A", "B", " B", "C", " C", "D", " D");
        assertThat(stub.stats().byPath()).containsEntry("/v1/chat/completions", 1L);
    }

    @Test
    void completionsReadBothLogprobShapesAlike() {
        StubModelServer.Handle legacy = stub(StubOptions.defaults());
        StubModelServer.Handle chatShaped = stub(StubOptions.defaults()
                .withCompletionsLogprobsShape(StubOptions.LogprobsShape.CHAT));
        OpenAiProvider provider = provider(HttpProviders.defaults());
        Generation generation = Generation.labelProbabilities(5);
        EvaluationRequested request = StubRequests.prompt(model(legacy), generation);
        ResponseReceived fromLegacy = HttpProviders.answer(provider, request);
        ResponseReceived fromChatShape = HttpProviders.answer(provider, StubRequests.prompt(model(chatShaped), generation));
        assertThat(legacy.stats().byPath()).containsEntry("/v1/completions", 1L);
        for (ResponseReceived response : List.of(fromLegacy, fromChatShape)) {
            assertThat(response.status()).isEqualTo(ResponseStatus.OK);
            assertThat(response.output().text()).isIn(ABCD);
            assertThat(response.output().logprobs()).hasSize(1);
            assertThat(response.output().logprobs().get(0).topLogprobs()).hasSize(5);
            assertThat(response.usage().outputTokens()).isEqualTo(1);
        }
        assertThat(fromLegacy.output().logprobs()).isEqualTo(fromChatShape.output().logprobs());
    }

    @Test
    void rateLimitedThenAnsweredHonouringRetryAfter() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        stub.script(ScriptedOutcome.rateLimited(1));
        long start = System.nanoTime();
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.defaults()),
                StubRequests.chat(model(stub), Generation.greedy(4)));
        assertThat(response.status()).isEqualTo(ResponseStatus.OK);
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(stub.stats().requests()).isEqualTo(2);
    }

    @Test
    void serverErrorThenAnswered() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        stub.script(ScriptedOutcome.serverError());
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.defaults()),
                StubRequests.chat(model(stub), Generation.greedy(4)));
        assertThat(response.status()).isEqualTo(ResponseStatus.OK);
        assertThat(response.attempts()).isEqualTo(2);
    }

    @Test
    void hangingEndpointEndsAsTimeoutAfterTheRetries() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        stub.script(ScriptedOutcome.hang(), ScriptedOutcome.hang(), ScriptedOutcome.hang());
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.config(3, Duration.ofMillis(300), 8)),
                StubRequests.chat(model(stub), Generation.greedy(4)));
        assertThat(response.status()).isEqualTo(ResponseStatus.TIMEOUT);
        assertThat(response.error().kind()).isEqualTo("TIMEOUT");
        assertThat(response.error().message()).contains("gave up after 3 attempts");
        assertThat(response.attempts()).isEqualTo(3);
        assertThat(stub.stats().requests()).isEqualTo(3);
    }

    @Test
    void malformedBodyIsInvalidResponseWithoutRetry() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        stub.script(ScriptedOutcome.malformed());
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.defaults()),
                StubRequests.chat(model(stub), Generation.greedy(4)));
        assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(response.error().kind()).isEqualTo("INVALID_RESPONSE");
        assertThat(response.error().message()).contains("not JSON");
        assertThat(response.attempts()).isEqualTo(1);
    }

    @Test
    void connectionRefusedIsConnectionAfterTheRetries() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.config(3, Duration.ofSeconds(5), 8)),
                StubRequests.chat(StubRequests.model("openai", "http://127.0.0.1:" + port, null), Generation.greedy(4)));
        assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(response.error().kind()).as(response.error().message()).isEqualTo("CONNECTION");
        assertThat(response.attempts()).isEqualTo(3);
    }

    @Test
    void badRequestEndsAtOnceWithTheProvidersMessage() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        stub.script(ScriptedOutcome.badRequest());
        ResponseReceived response = HttpProviders.answer(provider(HttpProviders.defaults()),
                StubRequests.chat(model(stub), Generation.greedy(4)));
        assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(response.error().kind()).isEqualTo("BAD_REQUEST");
        assertThat(response.error().httpStatus()).isEqualTo(400);
        assertThat(response.error().message()).contains("Invalid 'max_tokens': integer above maximum value");
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(stub.stats().requests()).isEqualTo(1);
    }

    @Test
    void peakInFlightAtTheEndpointNeverExceedsTheLimit() {
        StubModelServer.Handle stub = stub(StubOptions.defaults().withLatency(Duration.ofMillis(100), Duration.ofMillis(20)));
        var answerer = HttpProviders.answerer(provider(HttpProviders.config(4, Duration.ofSeconds(10), 6)));
        List<CompletableFuture<ResponseReceived>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            EvaluationRequested request = StubRequests.chat(model(stub), Generation.greedy(4), "item-" + i);
            calls.add(answerer.answer(request).subscribeAsCompletionStage());
        }
        assertThat(calls.stream().map(CompletableFuture::join)).allSatisfy(r ->
                assertThat(r.status()).isEqualTo(ResponseStatus.OK));
        assertThat(stub.stats().requests()).isEqualTo(60);
        assertThat(stub.stats().peakInFlight()).isLessThanOrEqualTo(6).isGreaterThanOrEqualTo(2);
    }
}
