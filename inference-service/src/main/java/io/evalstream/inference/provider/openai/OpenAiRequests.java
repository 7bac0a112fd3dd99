package io.evalstream.inference.provider.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.inference.provider.ModelCallException;
import io.evalstream.inference.provider.ModelNames;

/**
 * Request bodies of the OpenAI-compatible API: chat when the input has messages, completions when it is a bare
 * prompt. Unset generation parameters are left out, so the server's defaults apply.
 */
final class OpenAiRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiRequests() {
    }

    static boolean isChat(ModelInput input) {
        return !input.messages().isEmpty();
    }

    static String chat(EvaluationRequested request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", ModelNames.of(request.model()));
        ArrayNode messages = body.putArray("messages");
        ModelInput input = request.input();
        if (input.system() != null && !input.system().isBlank()) {
            messages.addObject().put("role", "system").put("content", input.system());
        }
        for (ChatMessage message : input.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        Generation g = request.generation();
        if (g.echoPrompt()) {
            throw new ModelCallException("BAD_REQUEST", null, "model " + request.model().id() + ": echo (prompt "
                    + "log-likelihood) needs a bare prompt (POST /v1/completions); chat completions cannot echo");
        }
        sampling(body, g);
        if (g.logprobs()) {
            body.put("logprobs", true);
            if (g.topLogprobs() != null) {
                body.put("top_logprobs", g.topLogprobs());
            }
        }
        return body.toString();
    }

    static String completion(EvaluationRequested request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", ModelNames.of(request.model()));
        body.put("prompt", request.input().prompt());
        Generation g = request.generation();
        sampling(body, g);
        if (g.logprobs() || g.echoPrompt()) {
            // the legacy API takes the number of alternatives in "logprobs" itself; echo needs logprobs to report
            body.put("logprobs", g.topLogprobs() == null ? 0 : g.topLogprobs());
        }
        if (g.echoPrompt()) {
            body.put("echo", true);
        }
        return body.toString();
    }

    private static void sampling(ObjectNode body, Generation g) {
        if (g.temperature() != null) {
            body.put("temperature", g.temperature());
        }
        if (g.topP() != null) {
            body.put("top_p", g.topP());
        }
        if (g.maxTokens() != null) {
            body.put("max_tokens", g.maxTokens());
        }
        if (g.n() != null && g.n() > 1) {
            body.put("n", g.n());
        }
        if (g.seed() != null) {
            body.put("seed", g.seed());
        }
        if (!g.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            g.stop().forEach(stop::add);
        }
    }
}
