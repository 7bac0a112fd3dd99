package io.evalstream.inference.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.OutputChoice;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Variant;
import io.evalstream.inference.answer.RequestAnswerer;
import io.evalstream.inference.provider.control.CircuitBreaker;
import io.evalstream.inference.provider.control.EndpointControls;
import io.evalstream.inference.provider.http.HttpModelClient;
import io.evalstream.inference.provider.http.HttpProviders;
import io.evalstream.inference.provider.http.StubRequests;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against the stub over real HTTP: {@code n > 1}, {@code echo} (prompt log-likelihood) in both completion
 * logprob shapes, the adaptive in-flight limit shrinking on the endpoint's 429s, and the circuit breaker.
 */
class ChoicesEchoAndEndpointControlsTest {
    private static final String PROMPT = "The quick brown fox jumps over the lazy dog";
    private final List<StubModelServer.Handle> stubs = new ArrayList<>();
    private final List<HttpModelClient> clients = new ArrayList<>();

    private StubModelServer.Handle stub(StubOptions options) {
        StubModelServer.Handle handle = StubModelServer.start(options);
        stubs.add(handle);
        return handle;
    }

    private OpenAiProvider provider(HttpModelClient client) {
        clients.add(client);
        return new OpenAiProvider(client);
    }

    @AfterEach
    void stop() {
        clients.forEach(HttpModelClient::close);
        stubs.forEach(StubModelServer.Handle::close);
    }

    private static EvaluationRequested completion(ModelRef model, Generation generation, String prompt) {
        ScoringContext scoring = new ScoringContext("free_text", "GENERATE", "x", List.of(), null, List.of(), null);
        return EvaluationRequested.of("run-" + UUID.randomUUID(), "item-1", Variant.original(), 0, Purpose.ANSWER,
                null, model, new ModelInput(null, null, prompt), generation, scoring);
    }

    @Test
    void nChoicesFromOneCall() {
        StubModelServer.Handle stub = stub(StubOptions.defaults());
        OpenAiProvider provider = provider(new HttpModelClient(HttpProviders.defaults(), HttpProviders.secrets(Map.of())));
        Generation sampled = new Generation(1.0, null, 16, null, null, false, null).withN(4);
        ResponseReceived response = HttpProviders.answer(provider,
                StubRequests.freeText(StubRequests.model("openai", stub.baseUrl(), null), sampled, "tell me one two three"));
        assertThat(response.status()).isEqualTo(ResponseStatus.OK);
        assertThat(response.output().choices()).hasSize(4);
        assertThat(response.output().text()).isEqualTo(response.output().choices().get(0).text());
        assertThat(response.output().choices()).extracting(OutputChoice::text).allSatisfy(t -> assertThat(t).startsWith("Echo:"));
        assertThat(response.usage().outputTokens()).as("usage counts all choices")
                .isEqualTo(response.output().choices().stream().mapToInt(c -> c.text().split(" ").length).sum());
        assertThat(stub.stats().requests()).as("one call for four choices").isEqualTo(1);

        ResponseReceived single = HttpProviders.answer(provider,
                StubRequests.freeText(StubRequests.model("openai", stub.baseUrl(), null), Generation.greedy(16), "x y"));
        assertThat(single.output().choices()).as("n = 1 keeps the v1 shape").isNull();
    }

    @Test
    void echoReturnsThePromptLogLikelihoodInBothCompletionShapesAndTheAnswerAlone() {
        OpenAiProvider provider = provider(new HttpModelClient(HttpProviders.defaults(), HttpProviders.secrets(Map.of())));
        Generation echo = new Generation(0.0, null, 4, null, null, true, 1).withEcho(true);
        List<ResponseReceived> responses = new ArrayList<>();
        for (StubOptions.LogprobsShape shape : StubOptions.LogprobsShape.values()) {
            StubModelServer.Handle stub = stub(StubOptions.defaults().withCompletionsLogprobsShape(shape));
            responses.add(HttpProviders.answer(provider,
                    completion(StubRequests.model("openai", stub.baseUrl(), null), echo, PROMPT)));
        }
        for (ResponseReceived response : responses) {
            assertThat(response.status()).isEqualTo(ResponseStatus.OK);
            List<TokenLogprob> prompt = response.output().promptLogprobs();
            // nine words; the first has no log-likelihood (nothing precedes it)
            assertThat(prompt).extracting(TokenLogprob::token)
                    .containsExactly(" quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog");
            assertThat(prompt).allSatisfy(t -> assertThat(t.logprob()).isNegative());
            assertThat(response.output().text()).as("the answer without the echoed prompt").isEqualTo("Echo: The quick brown");
            assertThat(response.output().logprobs()).extracting(TokenLogprob::token).first().isEqualTo("Echo:");
        }
        assertThat(responses.get(0).output()).isEqualTo(responses.get(1).output());

        StubModelServer.Handle chatStub = stub(StubOptions.defaults());
        ResponseReceived refused = HttpProviders.answer(provider, StubRequests.chat(
                StubRequests.model("openai", chatStub.baseUrl(), null), echo));
        assertThat(refused.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(refused.error().message()).contains("echo").contains("/v1/completions");
        assertThat(chatStub.stats().requests()).isZero();
    }

    @Test
    void theInFlightLimitShrinksWhenTheEndpointAnswers429AndEveryRequestStillSucceeds() {
        StubModelServer.Handle stub = stub(StubOptions.defaults().withMaxConcurrency(4)
                .withLatency(Duration.ofMillis(100), Duration.ZERO));
        HttpModelClient client = new HttpModelClient(HttpProviders.config(12, Duration.ofSeconds(5), 32),
                HttpProviders.secrets(Map.of()), EndpointControls.defaults(), null, "test");
        RequestAnswerer answerer = HttpProviders.answerer(provider(client));
        ModelRef model = StubRequests.model("openai", stub.baseUrl(), null);
        List<CompletableFuture<ResponseReceived>> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pending.add(answerer.answer(StubRequests.chat(model, Generation.greedy(4), "item-" + i))
                    .subscribeAsCompletionStage());
        }
        List<ResponseReceived> responses = pending.stream().map(CompletableFuture::join).toList();
        // retried 429s succeed; a request unlucky on every one of its 12 attempts may end RATE_LIMITED, nothing else
        assertThat(responses).allSatisfy(r -> assertThat(r.status() == ResponseStatus.OK
                || "RATE_LIMITED".equals(r.error().kind())).as(r.toString()).isTrue());
        assertThat(responses.stream().filter(r -> r.status() == ResponseStatus.OK).count()).isGreaterThanOrEqualTo(30);
        assertThat(stub.stats().rateLimited()).as("the stub pushed back").isPositive();
        assertThat(client.limiter().limit(stub.baseUrl())).as("the limit adapted down from 32").isLessThan(32);
        assertThat(stub.stats().peakInFlight()).isLessThanOrEqualTo(4);
    }

    @Test
    void aFailingEndpointOpensItsCircuitAndLaterRequestsFailFastWithoutACall() {
        StubModelServer.Handle stub = stub(StubOptions.defaults().withErrorRate(1.0));
        HttpModelClient client = new HttpModelClient(HttpProviders.config(2, Duration.ofSeconds(5), 8),
                HttpProviders.secrets(Map.of()), EndpointControls.defaults().withCircuit(4, Duration.ofMinutes(5)),
                null, "test");
        RequestAnswerer answerer = HttpProviders.answerer(provider(client));
        ModelRef model = StubRequests.model("openai", stub.baseUrl(), null);
        for (int i = 0; i < 2; i++) { // 2 requests x 2 attempts = 4 consecutive failures
            ResponseReceived failed = answerer.answer(StubRequests.chat(model, Generation.greedy(4), "f-" + i))
                    .await().atMost(Duration.ofSeconds(60));
            assertThat(failed.status()).isEqualTo(ResponseStatus.ERROR);
            assertThat(failed.error().kind()).isEqualTo("SERVER");
        }
        assertThat(client.circuit(stub.baseUrl())).isEqualTo(CircuitBreaker.State.OPEN);
        long calls = stub.stats().requests();
        for (int i = 0; i < 5; i++) {
            ResponseReceived refused = answerer.answer(StubRequests.chat(model, Generation.greedy(4), "o-" + i))
                    .await().atMost(Duration.ofSeconds(60));
            assertThat(refused.status()).isEqualTo(ResponseStatus.ERROR);
            assertThat(refused.error().kind()).isEqualTo("CIRCUIT_OPEN");
            assertThat(refused.error().message()).contains(stub.baseUrl()).contains("circuit open after 4 consecutive failures");
            assertThat(refused.attempts()).isEqualTo(1);
        }
        assertThat(stub.stats().requests()).as("no call while the circuit is open").isEqualTo(calls);
    }

    @Test
    void aHalfOpenProbeThatSucceedsClosesTheCircuit() {
        StubModelServer.Handle broken = stub(StubOptions.defaults().withErrorRate(1.0));
        HttpModelClient client = new HttpModelClient(HttpProviders.config(1, Duration.ofSeconds(5), 8),
                HttpProviders.secrets(Map.of()), EndpointControls.defaults().withCircuit(2, Duration.ofMillis(200)),
                null, "test");
        RequestAnswerer answerer = HttpProviders.answerer(provider(client));
        ModelRef model = StubRequests.model("openai", broken.baseUrl(), null);
        for (int i = 0; i < 2; i++) {
            answerer.answer(StubRequests.chat(model, Generation.greedy(4), "f-" + i)).await().atMost(Duration.ofSeconds(60));
        }
        assertThat(client.circuit(broken.baseUrl())).isEqualTo(CircuitBreaker.State.OPEN);
        int port = broken.port();
        broken.close();
        stubs.remove(broken);
        StubModelServer.Handle healed = stub(StubOptions.defaults().withPort(port));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> answerer.answer(StubRequests.chat(model, Generation.greedy(4), "p"))
                        .await().atMost(Duration.ofSeconds(60)).status() == ResponseStatus.OK);
        assertThat(client.circuit(healed.baseUrl())).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
