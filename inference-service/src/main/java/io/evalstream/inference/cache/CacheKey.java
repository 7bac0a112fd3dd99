package io.evalstream.inference.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.inference.provider.ModelNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The response cache's key for a request: SHA-256 (hex) of a canonical JSON of what decides the model's answer,
 * i.e. provider, base URL (null allowed), model name ({@link ModelNames#of}), input (system, messages, prompt),
 * every generation parameter, and the sample index. Never the run id, request id, event id, item id or scoring
 * context: a replayed or re-planned run, or another run asking the same thing, gets the same key.
 *
 * <p>Canonical: fields in a fixed order, every field written (nulls as JSON null) so that a null and an absent
 * value cannot collide with a shifted neighbour, and a format version {@code v} to change the key scheme later
 * without reading stale rows.
 */
public final class CacheKey {
    static final int VERSION = 1;

    private CacheKey() {
    }

    public static String of(EvaluationRequested request) {
        return sha256Hex(canonicalJson(request));
    }

    /** The JSON the key is the hash of (visible for tests and debugging; it holds no secret). */
    static String canonicalJson(EvaluationRequested request) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("v", VERSION);
        root.put("provider", request.model().provider());
        root.put("baseUrl", request.model().baseUrl());
        root.put("model", ModelNames.of(request.model()));
        ModelInput input = request.input();
        ObjectNode in = root.putObject("input");
        in.put("system", input.system());
        ArrayNode messages = in.putArray("messages");
        for (ChatMessage message : input.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        in.put("prompt", input.prompt());
        Generation g = request.generation();
        ObjectNode gen = root.putObject("generation");
        gen.put("temperature", g.temperature());
        gen.put("topP", g.topP());
        gen.put("maxTokens", g.maxTokens());
        gen.put("seed", g.seed());
        ArrayNode stop = gen.putArray("stop");
        g.stop().forEach(stop::add);
        gen.put("logprobs", g.logprobs());
        gen.put("topLogprobs", g.topLogprobs());
        // added later: written only when set, so that the keys of requests without them (all stored rows) stay
        if (g.n() != null) {
            gen.put("n", g.n());
        }
        if (g.echo() != null) {
            gen.put("echo", g.echo());
        }
        root.put("sample", request.sample());
        try {
            return EventCodec.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cache key", e);
        }
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
