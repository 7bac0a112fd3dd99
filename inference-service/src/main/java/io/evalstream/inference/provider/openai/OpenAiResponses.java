package io.evalstream.inference.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.OutputChoice;
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
        firstChoice(body);
        List<OutputChoice> choices = new ArrayList<>();
        for (JsonNode choice : body.path("choices")) {
            JsonNode message = choice.get("message");
            if (message == null || !message.isObject()) {
                throw new InvalidResponseException("choices[" + choices.size() + "].message is missing");
            }
            String text = message.path("content").isNull() ? "" : message.path("content").asText("");
            choices.add(new OutputChoice(text, finishReason(choice), logprobs(choice.path("logprobs"))));
        }
        return answer(choices, null, usage(body));
    }

    static ProviderAnswer completion(JsonNode body) {
        return completion(body, null);
    }

    /**
     * A completions body; with {@code echoedPrompt} (an {@code echo} call) each choice's text and tokens start
     * with the prompt's, which are split off: the prompt's token log-likelihoods go to
     * {@link ModelOutput#promptLogprobs()} (from the first choice: the prompt is the same in all) and the text is
     * the answer alone.
     */
    static ProviderAnswer completion(JsonNode body, String echoedPrompt) {
        firstChoice(body);
        List<OutputChoice> choices = new ArrayList<>();
        List<TokenLogprob> promptLogprobs = null;
        for (JsonNode choice : body.path("choices")) {
            if (!choice.path("text").isTextual()) {
                throw new InvalidResponseException("choices[" + choices.size() + "].text is missing");
            }
            String text = choice.path("text").asText();
            JsonNode logprobs = choice.path("logprobs");
            List<TokenLogprob> tokens = logprobs(logprobs);
            if (echoedPrompt != null) {
                if (!text.startsWith(echoedPrompt)) {
                    throw new InvalidResponseException("echo was asked for but choices[" + choices.size()
                            + "].text does not start with the prompt");
                }
                text = text.substring(echoedPrompt.length());
                int promptTokens = promptTokenCount(logprobs, echoedPrompt.length());
                List<TokenLogprob> all = tokensWithNulls(logprobs);
                List<TokenLogprob> prompt = all.subList(0, Math.min(promptTokens, all.size())).stream()
                        .filter(t -> t != null).toList();
                tokens = all.subList(Math.min(promptTokens, all.size()), all.size()).stream()
                        .filter(t -> t != null).toList();
                if (promptLogprobs == null) {
                    promptLogprobs = prompt;
                }
            }
            choices.add(new OutputChoice(text, finishReason(choice), tokens));
        }
        return answer(choices, promptLogprobs, usage(body));
    }

    /** The first choice as the answer; all of them listed too when there are several. */
    private static ProviderAnswer answer(List<OutputChoice> choices, List<TokenLogprob> promptLogprobs, Usage usage) {
        OutputChoice first = choices.get(0);
        return new ProviderAnswer(new ModelOutput(first.text(), first.finishReason(), first.logprobs(),
                choices.size() > 1 ? choices : null, promptLogprobs), usage);
    }

    /** How many leading tokens make up the prompt: by {@code text_offset} when given, else by token lengths. */
    private static int promptTokenCount(JsonNode logprobs, int promptLength) {
        JsonNode offsets = logprobs.path("text_offset");
        if (offsets.isArray() && !offsets.isEmpty()) {
            int count = 0;
            for (JsonNode offset : offsets) {
                if (offset.asInt() >= promptLength) {
                    break;
                }
                count++;
            }
            return count;
        }
        JsonNode texts = logprobs.path("tokens").isArray() ? logprobs.path("tokens") : null;
        int count = 0;
        int length = 0;
        if (texts != null) {
            for (JsonNode token : texts) {
                if (length >= promptLength) {
                    break;
                }
                length += token.asText().length();
                count++;
            }
            return count;
        }
        for (JsonNode entry : logprobs.path("content")) {
            if (length >= promptLength) {
                break;
            }
            length += entry.path("token").asText().length();
            count++;
        }
        return count;
    }

    /** Every token position, null where the position has no log-probability (so positions stay aligned). */
    private static List<TokenLogprob> tokensWithNulls(JsonNode logprobs) {
        List<TokenLogprob> all = new ArrayList<>();
        if (logprobs.path("content").isArray()) {
            for (JsonNode entry : logprobs.path("content")) {
                List<TokenLogprob> one = chatShape(JsonNodeFactory.instance.arrayNode().add(entry));
                all.add(one.isEmpty() ? null : one.get(0));
            }
            return all;
        }
        JsonNode texts = logprobs.path("tokens");
        for (int i = 0; i < texts.size(); i++) {
            List<TokenLogprob> one = legacyAt(logprobs, i);
            all.add(one.isEmpty() ? null : one.get(0));
        }
        return all;
    }

    private static List<TokenLogprob> legacyAt(JsonNode logprobs, int i) {
        JsonNode values = logprobs.path("token_logprobs");
        if (!values.path(i).isNumber()) {
            return List.of();
        }
        List<TopLogprob> top = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = logprobs.path("top_logprobs").path(i).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> alternative = it.next();
            if (alternative.getValue().isNumber()) {
                top.add(new TopLogprob(alternative.getKey(), alternative.getValue().asDouble()));
            }
        }
        top.sort(Comparator.comparingDouble(TopLogprob::logprob).reversed());
        return List.of(new TokenLogprob(logprobs.path("tokens").get(i).asText(), values.get(i).asDouble(), top));
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
