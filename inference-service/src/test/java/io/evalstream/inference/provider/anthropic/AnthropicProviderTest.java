package io.evalstream.inference.provider.anthropic;

import static io.evalstream.inference.provider.http.StubRequests.ABCD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.inference.provider.http.HttpModelClient;
import io.evalstream.inference.provider.http.HttpProviders;
import io.evalstream.inference.provider.http.StubRequests;
import io.evalstream.stub.ScriptedOutcome;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code anthropic} provider against the stub's Messages API over real HTTP. */
class AnthropicProviderTest {
    private static final String KEY = "sk-ant-test-1";

    private static AnthropicProvider provider() {
        return new AnthropicProvider(new HttpModelClient(HttpProviders.defaults(),
                HttpProviders.secrets(Map.of("ANTHROPIC_TEST_KEY", KEY))));
    }

    @Test
    void answersWithSystemPromptStopReasonAndUsage() {
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults().withApiKey(KEY))) {
            ModelRef model = StubRequests.model("anthropic", stub.baseUrl(), "ANTHROPIC_TEST_KEY");
            ResponseReceived response = HttpProviders.answer(provider(), StubRequests.chat(model, Generation.greedy(4)));
            assertThat(response.status()).isEqualTo(ResponseStatus.OK);
            assertThat(response.output().text()).isIn(ABCD);
            assertThat(response.output().finishReason()).isEqualTo("stop");
            assertThat(response.output().logprobs()).isEmpty();
            assertThat(response.usage().inputTokens()).isPositive();
            assertThat(response.usage().outputTokens()).isEqualTo(1);
            assertThat(response.attempts()).isEqualTo(1);
            assertThat(stub.stats().byPath()).containsEntry("/v1/messages", 1L);

            ResponseReceived truncated = HttpProviders.answer(provider(), StubRequests.freeText(model,
                    new Generation(0.0, null, 2, null, null, false, null), "tell me a long story please"));
            assertThat(truncated.output().text()).isEqualTo("Echo: tell");
            assertThat(truncated.output().finishReason()).isEqualTo("length");
            assertThat(truncated.usage().outputTokens()).isEqualTo(2);
        }
    }

    @Test
    void overloadedThenAnsweredAndAWrongKeyIsAuth() {
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults().withApiKey("another-key"))) {
            ResponseReceived refused = HttpProviders.answer(provider(), StubRequests.chat(
                    StubRequests.model("anthropic", stub.baseUrl(), "ANTHROPIC_TEST_KEY"), Generation.greedy(4)));
            assertThat(refused.status()).isEqualTo(ResponseStatus.ERROR);
            assertThat(refused.error().kind()).isEqualTo("AUTH");
            assertThat(refused.attempts()).isEqualTo(1);
        }
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults().withApiKey(KEY))) {
            stub.script(ScriptedOutcome.serverError());
            ResponseReceived response = HttpProviders.answer(provider(), StubRequests.chat(
                    StubRequests.model("anthropic", stub.baseUrl(), "ANTHROPIC_TEST_KEY"), Generation.greedy(4)));
            assertThat(response.status()).isEqualTo(ResponseStatus.OK);
            assertThat(response.attempts()).isEqualTo(2);
        }
    }

    @Test
    void mapsStopReasons() {
        assertThat(AnthropicProvider.finishReason("end_turn")).isEqualTo("stop");
        assertThat(AnthropicProvider.finishReason("stop_sequence")).isEqualTo("stop");
        assertThat(AnthropicProvider.finishReason("max_tokens")).isEqualTo("length");
        assertThat(AnthropicProvider.finishReason("tool_use")).isEqualTo("tool_use");
    }
}
