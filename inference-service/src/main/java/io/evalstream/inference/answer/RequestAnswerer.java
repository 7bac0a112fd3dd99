package io.evalstream.inference.answer;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.inference.config.InferenceConfig;
import io.evalstream.inference.cost.ModelCost;
import io.evalstream.inference.metrics.InferenceMetrics;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.ProviderRegistry;
import io.evalstream.inference.provider.UnsupportedModelException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One request in, exactly one terminal {@link ResponseReceived} out (invariant 4). The returned {@link Uni}
 * never fails: an unknown provider, a provider that throws or fails, and a call that outlives
 * {@code evalstream.inference.call-timeout} all become ERROR or TIMEOUT responses. Latency is measured here,
 * around the provider call, so that it means the same for every provider.
 */
@ApplicationScoped
public class RequestAnswerer {
    private final ProviderRegistry providers;
    private final Duration callTimeout;
    private final InferenceMetrics metrics;

    public RequestAnswerer(ProviderRegistry providers, InferenceConfig config, InferenceMetrics metrics) {
        this.providers = providers;
        this.callTimeout = config.callTimeout();
        this.metrics = metrics;
    }

    public Uni<ResponseReceived> answer(EvaluationRequested request) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            String providerName = request.model().provider();
            return call(request)
                    .map(result -> ok(request, result, millisSince(start)))
                    .onFailure().recoverWithItem(failure -> FailureResponses.of(request, failure, millisSince(start)))
                    .invoke(response -> metrics.answered(providerName, response, System.nanoTime() - start));
        });
    }

    private Uni<ModelResult> call(EvaluationRequested request) {
        ModelProvider provider = providers.find(request.model().provider()).orElse(null);
        if (provider == null) {
            return Uni.createFrom().failure(new UnsupportedModelException("unknown provider '"
                    + request.model().provider() + "' for model " + request.model().id() + "; providers are "
                    + String.join(", ", providers.all().keySet())));
        }
        Uni<ModelResult> call = Uni.createFrom().deferred(() -> provider.call(request));
        return provider.inProcess() ? call : call.ifNoItem().after(callTimeout).fail();
    }

    /**
     * A priced model's answer costs its usage at its price ({@link ModelCost}); otherwise what the provider
     * reported (0 for the in-process models), or unknown (null) for a paid provider without a registered price.
     */
    private ResponseReceived ok(EvaluationRequested request, ModelResult result, long latencyMs) {
        Double cost;
        if (result.cached()) {
            cost = 0.0;
        } else if (request.model().priced()) {
            cost = ModelCost.of(request.model(), result.usage());
        } else {
            boolean free = providers.find(request.model().provider()).map(ModelProvider::inProcess).orElse(false);
            cost = free || result.costUsd() != 0.0 ? result.costUsd() : null;
        }
        return ResponseReceived.ok(request, result.output(), result.usage(), cost, latencyMs,
                result.cached(), result.attempts());
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
