package io.evalstream.inference.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.http.InvalidResponseException;
import io.evalstream.inference.provider.http.ProviderAnswer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads OpenAI-compatible responses: the first choice's text, finish reason and usage, and its log-probabilities
 * in either shape: chat's {@code logprobs.content[]} (also what llama-server returns from completions) or legacy
 * completions' {@code tokens} / {@code token_logprobs} / {@code top_logprobs} maps. Tokens without a
 * log-probability (the first echoed prompt token) are skipped: there is nothing to report for them.
 */
final class OpenAiResponses {
    private OpenAiResponses() {
    }

    static ProviderAnswer chat(JsonNode body) {
        JsonNode choice = firstChoice(body);
        JsonNode message = choice.get("message");
        if (message == null || !message.isObject()) {
            throw new InvalidResponseException("choices[0].message is missing");
        }
        String text = message.path("content").isNull() ? "" : message.path("content").asText("");
        return new ProviderAnswer(new ModelOutput(text, finishReason(choice), logprobs(choice.path("logprobs"))),
                usage(body));
    }

    static ProviderAnswer completion(JsonNode body) {
        JsonNode choice = firstChoice(body);
        if (!choice.path("text").isTextual()) {
            throw new InvalidResponseException("choices[0].text is missing");
        }
        return new ProviderAnswer(new ModelOutput(choice.path("text").asText(), finishReason(choice),
                logprobs(choice.path("logprobs"))), usage(body));
    }

    private static JsonNode firstChoice(JsonNode body) {
        JsonNode choices = body.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new InvalidResponseException("no choices in the response");
        }
        return choices.get(0);
    }

    private static String finishReason(JsonNode choice) {
        JsonNode reason = choice.path("finish_reason");
        return reason.isTextual() ? reason.asText() : null;
    }

    static List<TokenLogprob> logprobs(JsonNode logprobs) {
        if (logprobs.path("content").isArray()) {
            return chatShape(logprobs.path("content"));
        }
        if (logprobs.path("tokens").isArray()) {
            return legacyShape(logprobs);
        }
        return List.of();
    }

    private static List<TokenLogprob> chatShape(JsonNode content) {
        List<TokenLogprob> tokens = new ArrayList<>();
        for (JsonNode entry : content) {
            if (!entry.path("logprob").isNumber()) {
                continue;
            }
            List<TopLogprob> top = new ArrayList<>();
            for (JsonNode alternative : entry.path("top_logprobs")) {
                if (alternative.path("logprob").isNumber()) {
                    top.add(new TopLogprob(alternative.path("token").asText(), alternative.path("logprob").asDouble()));
                }
            }
            tokens.add(new TokenLogprob(entry.path("token").asText(), entry.path("logprob").asDouble(), top));
        }
        return tokens;
    }

    private static List<TokenLogprob> legacyShape(JsonNode logprobs) {
        JsonNode texts = logprobs.path("tokens");
        JsonNode values = logprobs.path("token_logprobs");
        JsonNode tops = logprobs.path("top_logprobs");
        List<TokenLogprob> tokens = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!values.path(i).isNumber()) {
                continue;
            }
            List<TopLogprob> top = new ArrayList<>();
            JsonNode alternatives = tops.path(i);
            for (Iterator<Map.Entry<String, JsonNode>> it = alternatives.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> alternative = it.next();
                if (alternative.getValue().isNumber()) {
                    top.add(new TopLogprob(alternative.getKey(), alternative.getValue().asDouble()));
                }
            }
            top.sort(Comparator.comparingDouble(TopLogprob::logprob).reversed());
            tokens.add(new TokenLogprob(texts.get(i).asText(), values.get(i).asDouble(), top));
        }
        return tokens;
    }

    private static Usage usage(JsonNode body) {
        JsonNode usage = body.path("usage");
        if (!usage.isObject()) {
            return null;
        }
        return new Usage(usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0));
    }
}
