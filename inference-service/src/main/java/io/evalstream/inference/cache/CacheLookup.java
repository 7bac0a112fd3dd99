package io.evalstream.inference.cache;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one batch found in the cache: the key of every cacheable request (by request id) and the stored answers
 * among them (by key). A request id absent from {@code keys} bypasses the cache (built-in model, cache off).
 */
public record CacheLookup(Map<String, Pending> keys, Map<String, CachedAnswer> hits, long latencyMs) {
    /** Nothing cacheable in the batch: every request is called, nothing is stored. */
    public static final CacheLookup NONE = new CacheLookup(Map.of(), Map.of(), 0);

    /** A cacheable request's key, with the provider and model name its answer is stored under. */
    public record Pending(String key, String provider, String modelName) {
    }

    /** The stored answer to {@code request}, or null when it is a miss or not cacheable. */
    public CachedAnswer hit(EvaluationRequested request) {
        if (hits.isEmpty()) {
            return null;
        }
        Pending pending = keys.get(request.requestId());
        return pending == null ? null : hits.get(pending.key());
    }

    /** The answers worth storing: OK responses to cacheable requests that missed. Errors are never cached. */
    public List<CachedAnswer> toStore(List<ResponseReceived> responses) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<CachedAnswer> answers = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ResponseReceived response : responses) {
            Pending pending = keys.get(response.requestId());
            if (pending == null || response.status() != ResponseStatus.OK || response.cached()
                    || hits.containsKey(pending.key()) || !seen.add(pending.key())) {
                continue;
            }
            answers.add(new CachedAnswer(pending.key(), pending.provider(), pending.modelName(), response.output(),
                    response.usage(), response.costUsd()));
        }
        return answers;
    }
}
