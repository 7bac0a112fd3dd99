package io.evalstream.inference.metrics;

import io.evalstream.contracts.ResponseReceived;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's own meters (Prometheus at {@code /q/metrics}):
 * <ul>
 * <li>{@code evalstream_inference_responses_total{model,status}}: terminal responses emitted;</li>
 * <li>{@code evalstream_inference_provider_latency_seconds{provider,model}}: time from calling a provider to
 * its answer or failure;</li>
 * <li>{@code evalstream_inference_in_flight}: requests taken from Kafka whose responses the broker has not
 * yet acknowledged, the work at risk of redelivery;</li>
 * <li>{@code evalstream_inference_dead_letters_total}: poison requests sent to the dead-letter topic;</li>
 * <li>{@code evalstream_inference_cache_total{result=hit|miss}}: response cache lookups of requests to providers
 * doing I/O (built-in models are not looked up);</li>
 * <li>{@code evalstream_inference_tokens_total{model,direction=input|output}} and
 * {@code evalstream_inference_cost_usd_total{model}}: usage and cost the emitted responses report.</li>
 * </ul>
 * Meters are cached per tag set: looking them up in the registry for each of thousands of responses a second
 * would allocate an id each time.
 */
@ApplicationScoped
public class InferenceMetrics {
    static final String RESPONSES = "evalstream.inference.responses";
    static final String PROVIDER_LATENCY = "evalstream.inference.provider.latency";
    static final String IN_FLIGHT = "evalstream.inference.in.flight";
    static final String DEAD_LETTERS = "evalstream.inference.dead.letters";
    static final String CACHE = "evalstream.inference.cache";
    static final String SKIPPED_CANCELLED = "evalstream.inference.skipped.cancelled";
    static final String TOKENS = "evalstream.inference.tokens";
    static final String COST = "evalstream.inference.cost.usd";

    private final MeterRegistry registry;
    private final AtomicLong inFlight = new AtomicLong();
    private final Counter deadLetters;
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Counter skippedCancelled;
    private final ConcurrentMap<List<String>, Counter> responses = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, Timer> latencies = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, Counter> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> costs = new ConcurrentHashMap<>();

    public InferenceMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge(IN_FLIGHT, inFlight);
        this.deadLetters = Counter.builder(DEAD_LETTERS)
                .description("Poison requests sent to the dead-letter topic").register(registry);
        this.cacheHits = Counter.builder(CACHE).description("Response cache lookups")
                .tag("result", "hit").register(registry);
        this.cacheMisses = Counter.builder(CACHE).description("Response cache lookups")
                .tag("result", "miss").register(registry);
        this.skippedCancelled = Counter.builder(SKIPPED_CANCELLED)
                .description("Requests of cancelled runs skipped without a model call").register(registry);
    }

    /** One terminal response, and how long its provider took. */
    public void answered(String provider, ResponseReceived response, long providerNanos) {
        responded(response);
        latencies.computeIfAbsent(List.of(String.valueOf(provider), response.modelId()),
                key -> Timer.builder(PROVIDER_LATENCY).description("Provider call latency")
                        .tag("provider", key.get(0)).tag("model", key.get(1)).register(registry))
                .record(providerNanos, TimeUnit.NANOSECONDS);
    }

    /** One terminal response that no provider was called for (a cache hit). */
    public void responded(ResponseReceived response) {
        responses.computeIfAbsent(List.of(response.modelId(), response.status().name()),
                key -> Counter.builder(RESPONSES).description("Terminal responses emitted")
                        .tag("model", key.get(0)).tag("status", key.get(1)).register(registry))
                .increment();
        if (response.usage() != null) {
            tokens(response.modelId(), "input").increment(response.usage().inputTokens());
            tokens(response.modelId(), "output").increment(response.usage().outputTokens());
        }
        if (response.costUsd() != null && response.costUsd() > 0) {
            costs.computeIfAbsent(response.modelId(), model -> Counter.builder(COST)
                    .description("Cost reported by the emitted responses, in US dollars").tag("model", model)
                    .register(registry)).increment(response.costUsd());
        }
    }

    private Counter tokens(String model, String direction) {
        return tokens.computeIfAbsent(List.of(model, direction), key -> Counter.builder(TOKENS)
                .description("Tokens reported by the emitted responses").tag("model", key.get(0))
                .tag("direction", key.get(1)).register(registry));
    }

    /** The outcome of one batch's cache lookup. */
    public void cacheLookups(int hits, int misses) {
        cacheHits.increment(hits);
        cacheMisses.increment(misses);
    }

    public double cacheHits() {
        return cacheHits.count();
    }

    public double cacheMisses() {
        return cacheMisses.count();
    }

    /** A request of a cancelled run, skipped: no call, no response. */
    public void skippedCancelled() {
        skippedCancelled.increment();
    }

    public double skippedCancelledCount() {
        return skippedCancelled.count();
    }

    public void deadLettered() {
        deadLetters.increment();
    }

    /** Requests taken ({@code delta > 0}) or settled ({@code delta < 0}). */
    public void inFlight(long delta) {
        inFlight.addAndGet(delta);
    }

    public long inFlight() {
        return inFlight.get();
    }
}
