package io.evalstream.inference.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EventCodec;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Invariant 5: the key named by {@code apiKeyEnv} reaches the endpoint (the stub requires it) and nothing else:
 * not a log record at any level, not a response event, not an error message.
 */
class ApiKeyHandlingTest {
    private static final String KEY = "sk-test-7f3a9c2e-do-not-leak";

    @Test
    void theKeyIsSentButNeverLoggedNorInEvents() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Logger ours = Logger.getLogger("io.evalstream");
        Level previous = ours.getLevel();
        root.addHandler(capture);
        ours.setLevel(Level.ALL);
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults().withApiKey(KEY))) {
            OpenAiProvider provider = new OpenAiProvider(new HttpModelClient(HttpProviders.defaults(),
                    HttpProviders.secrets(Map.of("STUB_KEY", KEY, "WRONG_KEY", "sk-wrong"))));
            ModelRef withKey = StubRequests.model("openai", stub.baseUrl(), "STUB_KEY");
            stub.script(ScriptedOutcome.rateLimited(1), ScriptedOutcome.ok(), ScriptedOutcome.badRequest());
            List<ResponseReceived> responses = new ArrayList<>();
            responses.add(HttpProviders.answer(provider, StubRequests.chat(withKey, Generation.greedy(4))));
            responses.add(HttpProviders.answer(provider, StubRequests.chat(withKey, Generation.greedy(4))));
            ResponseReceived wrongKey = HttpProviders.answer(provider, StubRequests.chat(
                    StubRequests.model("openai", stub.baseUrl(), "WRONG_KEY"), Generation.greedy(4)));
            ResponseReceived missingKey = HttpProviders.answer(provider, StubRequests.chat(
                    StubRequests.model("openai", stub.baseUrl(), "NOT_SET"), Generation.greedy(4)));
            responses.add(wrongKey);
            responses.add(missingKey);

            assertThat(responses.get(0).status()).isEqualTo(ResponseStatus.OK);
            assertThat(responses.get(0).attempts()).isEqualTo(2);
            assertThat(responses.get(1).error().kind()).isEqualTo("BAD_REQUEST");
            assertThat(wrongKey.error().kind()).isEqualTo("AUTH");
            assertThat(wrongKey.error().httpStatus()).isEqualTo(401);
            assertThat(missingKey.error().kind()).isEqualTo("AUTH");
            assertThat(missingKey.error().message()).contains("NOT_SET");
            for (ResponseReceived response : responses) {
                assertThat(EventCodec.encode(response)).doesNotContain(KEY).doesNotContain("sk-wrong");
            }
        } finally {
            root.removeHandler(capture);
            ours.setLevel(previous);
        }
        assertThat(logged).as("the retry was logged at debug").anyMatch(line -> line.contains("retrying"));
        assertThat(logged).noneMatch(line -> line.contains(KEY));
    }
}
