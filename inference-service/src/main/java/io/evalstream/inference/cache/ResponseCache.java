package io.evalstream.inference.cache;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.inference.metrics.InferenceMetrics;
import io.evalstream.inference.provider.ModelNames;
import io.evalstream.inference.provider.ProviderRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The shared response cache (invariant 3, "nothing paid twice"), per batch: one lookup of all the batch's keys
 * before any provider is called, one store of the misses' successful answers after. Only requests to providers
 * doing I/O go through it: built-in models ({@code inProcess()}) are free and instant, and keep their path.
 *
 * <p>The database work runs on a worker thread, never on the consumer's event loop. A database outage costs
 * money, not correctness: a failed lookup makes every request a miss, a failed store is logged.
 */
@ApplicationScoped
public class ResponseCache {
    private static final Logger LOG = Logger.getLogger(ResponseCache.class);

    private final ResponseCacheStore store;
    private final ProviderRegistry providers;
    private final InferenceMetrics metrics;
    private final boolean enabled;

    public ResponseCache(ResponseCacheStore store, ProviderRegistry providers, InferenceMetrics metrics,
            ResponseCacheConfig config) {
        this.store = store;
        this.providers = providers;
        this.metrics = metrics;
        this.enabled = config.enabled();
    }

    /**
     * Whether {@code request} goes through the cache: the cache is on, its run did not opt out
     * ({@code cache: false}), and its provider does I/O.
     */
    public boolean applies(EvaluationRequested request) {
        return enabled && request.cacheAllowed() && providers.find(request.model().provider()).map(p -> !p.inProcess()).orElse(false);
    }

    /** Looks up the cacheable requests of a batch in one query. Never fails. */
    public Uni<CacheLookup> lookup(List<EvaluationRequested> requests) {
        if (!enabled) {
            return Uni.createFrom().item(CacheLookup.NONE);
        }
        List<EvaluationRequested> cacheable = requests.stream().filter(this::applies).toList();
        if (cacheable.isEmpty()) {
            return Uni.createFrom().item(CacheLookup.NONE);
        }
        return Uni.createFrom().item(() -> find(cacheable))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "response cache lookup failed; calling the providers for %d requests",
                            cacheable.size());
                    metrics.cacheLookups(0, cacheable.size());
                    return CacheLookup.NONE;
                });
    }

    /** Stores the misses' successful answers in one batched insert. Never fails. */
    public Uni<Void> store(CacheLookup lookup, List<ResponseReceived> responses) {
        List<CachedAnswer> answers = lookup.toStore(responses);
        if (answers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> {
                    try {
                        store.store(answers);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return (Void) null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "could not store %d answers in the response cache", answers.size());
                    return null;
                });
    }

    private CacheLookup find(List<EvaluationRequested> cacheable) {
        long start = System.nanoTime();
        Map<String, CacheLookup.Pending> keys = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (EvaluationRequested request : cacheable) {
            CacheLookup.Pending pending = new CacheLookup.Pending(CacheKey.of(request), request.model().provider(),
                    ModelNames.of(request.model()));
            keys.put(request.requestId(), pending);
            distinct.add(pending.key());
        }
        Map<String, CachedAnswer> hits;
        try {
            hits = store.find(distinct);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        int hitCount = 0;
        for (EvaluationRequested request : cacheable) {
            if (hits.containsKey(keys.get(request.requestId()).key())) {
                hitCount++;
            }
        }
        metrics.cacheLookups(hitCount, cacheable.size() - hitCount);
        return new CacheLookup(keys, hits, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
}
