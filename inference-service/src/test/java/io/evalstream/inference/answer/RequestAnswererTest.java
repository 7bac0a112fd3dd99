package io.evalstream.inference.answer;

import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.InferenceConfigs;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.metrics.InferenceMetrics;
import io.evalstream.inference.provider.ModelCallException;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.ProviderRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Invariant 4 at the unit level: whatever a provider does (answer, throw, fail, hang, return null) or when
 * there is no such provider, the answerer yields exactly one terminal response, with the right status and kind.
 */
class RequestAnswererTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InferenceMetrics metrics = new InferenceMetrics(meters);

    @Test
    void answersThroughTheNamedProvider() {
        ResponseReceived response = answer(new Stub("stub", false,
                r -> Uni.createFrom().item(ModelResult.free(new ModelOutput("B", "stop", null), new Usage(3, 1)))),
                request("stub"));
        assertThat(response.status()).isEqualTo(ResponseStatus.OK);
        assertThat(response.output().text()).isEqualTo("B");
        assertThat(response.usage()).isEqualTo(new Usage(3, 1));
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(meters.get("evalstream.inference.responses").tag("model", "stub:m").tag("status", "OK")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("evalstream.inference.provider.latency").tag("provider", "stub").timer().count())
                .isEqualTo(1);
    }

    @Test
    void unknownProviderIsUnsupported() {
        ResponseReceived response = answer(new Stub("stub", false, r -> null), request("openai"));
        assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(response.error().kind()).isEqualTo("UNSUPPORTED");
        assertThat(response.error().message()).contains("unknown provider 'openai'").contains("stub");
    }

    @Test
    void aThrowingProviderIsInternal() {
        ResponseReceived response = answer(new Stub("stub", false, r -> {
            throw new IllegalStateException("boom");
        }), request("stub"));
        assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(response.error().kind()).isEqualTo("INTERNAL");
        assertThat(response.error().message()).contains("IllegalStateException: boom");
    }

    @Test
    void aFailedCallIsInternalAndANullUniToo() {
        assertThat(answer(new Stub("stub", false, r -> Uni.createFrom().failure(new RuntimeException("x"))),
                request("stub")).error().kind()).isEqualTo("INTERNAL");
        assertThat(answer(new Stub("stub", false, r -> null), request("stub")).error().kind()).isEqualTo("INTERNAL");
        assertThat(answer(new Stub("stub", false, r -> Uni.createFrom().nullItem()), request("stub")).error().kind())
                .isEqualTo("INTERNAL");
    }

    @Test
    void aModelCallExceptionKeepsItsKindAndStatus() {
        ResponseReceived response = answer(new Stub("stub", false,
                r -> Uni.createFrom().failure(new ModelCallException("RATE_LIMITED", 429, "slow down"))), request("stub"));
        assertThat(response.error().kind()).isEqualTo("RATE_LIMITED");
        assertThat(response.error().httpStatus()).isEqualTo(429);
    }

    @Test
    void aHangingCallTimesOut() {
        ResponseReceived response = answer(new Stub("stub", false, r -> Uni.createFrom().nothing()), request("stub"));
        assertThat(response.status()).isEqualTo(ResponseStatus.TIMEOUT);
        assertThat(response.error().kind()).isEqualTo("TIMEOUT");
        assertThat(response.latencyMs()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void builtinUnknownModelIsUnsupported() {
        var providers = new ProviderRegistry(List.of(new io.evalstream.inference.provider.builtin.BuiltinProvider(
                List.of(new io.evalstream.inference.provider.builtin.OracleModel()))));
        var answerer = new RequestAnswerer(providers, InferenceConfigs.of(8, Duration.ofSeconds(1), 0.5),
                metrics);
        ResponseReceived response = answerer.answer(
                TestRequests.multipleChoice("run-a", "item-1", builtin("nope"), "A")).await().indefinitely();
        assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
        assertThat(response.error().kind()).isEqualTo("UNSUPPORTED");
        assertThat(response.error().message()).contains("unknown built-in model 'nope'");
    }

    private ResponseReceived answer(ModelProvider provider, EvaluationRequested request) {
        var answerer = new RequestAnswerer(new ProviderRegistry(List.of(provider)),
                InferenceConfigs.of(8, Duration.ofMillis(100), 0.5), metrics);
        return answerer.answer(request).await().atMost(Duration.ofSeconds(5));
    }

    private static EvaluationRequested request(String provider) {
        return TestRequests.multipleChoice("run-a", "item-1", new ModelRef(provider + ":m", provider, null, "m"), "B");
    }

    private record Stub(String name, boolean inProcess, Function<EvaluationRequested, Uni<ModelResult>> behaviour)
            implements ModelProvider {
        @Override
        public Uni<ModelResult> call(EvaluationRequested request) {
            return behaviour.apply(request);
        }
    }
}
