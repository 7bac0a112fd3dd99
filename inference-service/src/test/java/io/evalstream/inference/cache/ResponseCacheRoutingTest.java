package io.evalstream.inference.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.metrics.InferenceMetrics;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.ProviderRegistry;
import io.evalstream.inference.provider.http.StubRequests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests go through the cache; no database is reached when none does. */
class ResponseCacheRoutingTest {
    private static final ProviderRegistry PROVIDERS = new ProviderRegistry(List.of(
            provider("builtin", true), provider("openai", false)));

    private static ModelProvider provider(String name, boolean inProcess) {
        return new ModelProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Uni<ModelResult> call(EvaluationRequested request) {
                return Uni.createFrom().failure(new AssertionError("not called"));
            }

            @Override
            public boolean inProcess() {
                return inProcess;
            }
        };
    }

    private static ResponseCache cache(boolean enabled) {
        // a null store: any database access would fail the test
        return new ResponseCache(null, PROVIDERS, new InferenceMetrics(new SimpleMeterRegistry()), () -> enabled);
    }

    private final EvaluationRequested builtin = TestRequests.multipleChoice("run-1", "item-1",
            TestRequests.builtin("oracle"), "B");
    private final EvaluationRequested openai = StubRequests.chat(StubRequests.model("openai", "http://localhost:1",
            null), Generation.greedy(4));
    private final EvaluationRequested unknown = StubRequests.chat(StubRequests.model("nope", "http://localhost:1",
            null), Generation.greedy(4));

    @Test
    void onlyProvidersDoingIoUseTheCache() {
        ResponseCache cache = cache(true);
        assertThat(cache.applies(openai)).isTrue();
        assertThat(cache.applies(builtin)).isFalse();
        assertThat(cache.applies(unknown)).isFalse();
        assertThat(cache.lookup(List.of(builtin, unknown)).await().indefinitely()).isSameAs(CacheLookup.NONE);
    }

    @Test
    void disabledBypassesEverything() {
        ResponseCache cache = cache(false);
        assertThat(cache.applies(openai)).isFalse();
        assertThat(cache.lookup(List.of(openai, builtin)).await().indefinitely()).isSameAs(CacheLookup.NONE);
    }
}
