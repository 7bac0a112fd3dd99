package io.evalstream.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of {@code POST /v1/chat/completions} and {@code POST /v1/completions} in OpenAI's shapes, including
 * both shapes of completion log-probabilities and {@code echo} (prompt token log-likelihoods).
 */
final class OpenAiApi {
    private static final int MAX_N = 16;
    private final StubOptions.LogprobsShape completionsShape;

    OpenAiApi(StubOptions.LogprobsShape completionsShape) {
        this.completionsShape = completionsShape;
    }

    String chat(JsonNode body) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new BadRequestException("'messages' is required and must be a non-empty array");
        }
        StringBuilder prompt = new StringBuilder();
        String lastUser = "";
        for (JsonNode message : messages) {
            String role = message.path("role").asText("user");
            String content = JsonBodies.text(message.get("content"));
            prompt.append(role).append(": ").append(content).append('\n');
            if (role.equals("user")) {
                lastUser = content;
            }
        }
        Integer maxTokens = JsonBodies.integer(body, "max_completion_tokens", "max_tokens");
        List<String> stop = JsonBodies.strings(body.get("stop"));
        boolean logprobs = body.path("logprobs").asBoolean(false);
        int top = body.path("top_logprobs").asInt(0);
        ArrayNode choices = JsonBodies.array();
        int completionTokens = 0;
        for (int i = 0; i < n(body); i++) {
            StubAnswer answer = AnswerEngine.answer(seeded(prompt.toString(), body), lastUser, variant(body, i),
                    maxTokens, stop);
            completionTokens += answer.tokens().size();
            ObjectNode choice = choices.addObject();
            choice.put("index", i);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", answer.text());
            if (logprobs) {
                choice.putObject("logprobs").set("content", content(answer.tokens(), top));
            } else {
                choice.putNull("logprobs");
            }
            choice.put("finish_reason", finishReason(answer));
        }
        return envelope("chatcmpl", "chat.completion", body, choices,
                AnswerEngine.countTokens(prompt.toString()), completionTokens);
    }

    String completions(JsonNode body) {
        JsonNode promptNode = body.get("prompt");
        String prompt = promptNode == null ? null
                : promptNode.isArray() ? (promptNode.isEmpty() ? null : promptNode.get(0).asText())
                : promptNode.asText();
        if (prompt == null) {
            throw new BadRequestException("'prompt' is required");
        }
        Integer maxTokens = JsonBodies.integer(body, "max_tokens");
        List<String> stop = JsonBodies.strings(body.get("stop"));
        JsonNode logprobsNode = body.get("logprobs");
        Integer top = logprobsNode == null || logprobsNode.isNull() ? null
                : logprobsNode.isBoolean() ? (logprobsNode.asBoolean() ? body.path("top_logprobs").asInt(0) : null)
                : Integer.valueOf(logprobsNode.asInt());
        boolean echo = body.path("echo").asBoolean(false);
        ArrayNode choices = JsonBodies.array();
        int completionTokens = 0;
        for (int i = 0; i < n(body); i++) {
            StubAnswer answer = maxTokens != null && maxTokens == 0
                    ? new StubAnswer(List.of(), "length", null)
                    : AnswerEngine.answer(seeded(prompt, body), prompt, variant(body, i), maxTokens, stop);
            completionTokens += answer.tokens().size();
            List<StubAnswer.Token> tokens = new ArrayList<>();
            if (echo) {
                tokens.addAll(promptTokens(prompt));
            }
            tokens.addAll(answer.tokens());
            ObjectNode choice = choices.addObject();
            choice.put("index", i);
            choice.put("text", (echo ? prompt : "") + answer.text());
            if (top == null) {
                choice.putNull("logprobs");
            } else if (completionsShape == StubOptions.LogprobsShape.CHAT) {
                choice.putObject("logprobs").set("content", content(tokens, top));
            } else {
                choice.set("logprobs", legacy(tokens, top, echo));
            }
            choice.put("finish_reason", finishReason(answer));
        }
        return envelope("cmpl", "text_completion", body, choices, AnswerEngine.countTokens(prompt), completionTokens);
    }

    /** Prompt tokens with their log-likelihoods; the first has none (nothing precedes it), as in OpenAI's echo. */
    private static List<StubAnswer.Token> promptTokens(String prompt) {
        List<StubAnswer.Token> tokens = new ArrayList<>();
        String[] words = prompt.split("(?<=\\S)(?=\\s)");
        for (int i = 0; i < words.length; i++) {
            StubAnswer.Token token = AnswerEngine.token(words[i], AnswerEngine.hash(prompt) + i);
            tokens.add(i == 0 ? new StubAnswer.Token(words[i], Double.NaN, null) : token);
        }
        return tokens;
    }

    private static ArrayNode content(List<StubAnswer.Token> tokens, int top) {
        ArrayNode content = JsonBodies.array();
        for (StubAnswer.Token token : tokens) {
            ObjectNode entry = content.addObject();
            entry.put("token", token.text());
            putLogprob(entry, "logprob", token.logprob());
            entry.putNull("bytes");
            ArrayNode alternatives = entry.putArray("top_logprobs");
            if (token.top() != null) {
                token.top().stream().limit(top).forEach(a -> {
                    ObjectNode alt = alternatives.addObject();
                    alt.put("token", a.text());
                    alt.put("logprob", a.logprob());
                    alt.putNull("bytes");
                });
            }
        }
        return content;
    }

    private static ObjectNode legacy(List<StubAnswer.Token> tokens, int top, boolean echo) {
        ObjectNode logprobs = JsonBodies.object();
        ArrayNode texts = logprobs.putArray("tokens");
        ArrayNode values = logprobs.putArray("token_logprobs");
        ArrayNode tops = logprobs.putArray("top_logprobs");
        ArrayNode offsets = logprobs.putArray("text_offset");
        int offset = 0;
        for (StubAnswer.Token token : tokens) {
            texts.add(token.text());
            if (Double.isNaN(token.logprob())) {
                values.addNull();
            } else {
                values.add(token.logprob());
            }
            if (token.top() == null) {
                tops.addNull();
            } else {
                ObjectNode alternatives = tops.addObject();
                token.top().stream().limit(top).forEach(a -> alternatives.put(a.text(), a.logprob()));
            }
            offsets.add(offset);
            offset += token.text().length();
        }
        return logprobs;
    }

    private static void putLogprob(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static int n(JsonNode body) {
        int n = body.path("n").asInt(1);
        if (n < 1 || n > MAX_N) {
            throw new BadRequestException("'n' must be between 1 and " + MAX_N + ", got " + n);
        }
        return n;
    }

    /** Sampled choices differ from each other; greedy ones (temperature 0 or unset) are identical. */
    private static long variant(JsonNode body, int index) {
        return body.path("temperature").asDouble(0.0) > 0 ? index : 0;
    }

    private static String seeded(String prompt, JsonNode body) {
        return body.has("seed") ? prompt + "\u0000seed=" + body.get("seed").asText() : prompt;
    }

    private static String finishReason(StubAnswer answer) {
        return answer.finishReason().equals("length") ? "length" : "stop";
    }

    private static String envelope(String idPrefix, String object, JsonNode body, ArrayNode choices, int promptTokens,
            int completionTokens) {
        ObjectNode response = JsonBodies.object();
        response.put("id", idPrefix + "-stub-" + Long.toHexString(AnswerEngine.hash(body.toString())));
        response.put("object", object);
        response.put("created", System.currentTimeMillis() / 1000);
        response.put("model", body.path("model").asText("stub"));
        response.set("choices", choices);
        ObjectNode usage = response.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return response.toString();
    }
}
