package io.evalstream.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The answer of Anthropic's {@code POST /v1/messages}: text content blocks, a stop reason and usage. */
final class AnthropicApi {

    String messages(JsonNode body) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new BadRequestException("messages: field required");
        }
        Integer maxTokens = JsonBodies.integer(body, "max_tokens");
        if (maxTokens == null) {
            throw new BadRequestException("max_tokens: field required");
        }
        StringBuilder prompt = new StringBuilder("system: ").append(JsonBodies.text(body.get("system"))).append('\n');
        String lastUser = "";
        for (JsonNode message : messages) {
            String role = message.path("role").asText("user");
            String content = JsonBodies.text(message.get("content"));
            prompt.append(role).append(": ").append(content).append('\n');
            if (role.equals("user")) {
                lastUser = content;
            }
        }
        List<String> stop = JsonBodies.strings(body.get("stop_sequences"));
        StubAnswer answer = AnswerEngine.answer(prompt.toString(), lastUser, 0, maxTokens, stop);
        ObjectNode response = JsonBodies.object();
        response.put("id", "msg_stub_" + Long.toHexString(AnswerEngine.hash(body.toString())));
        response.put("type", "message");
        response.put("role", "assistant");
        response.put("model", body.path("model").asText("stub"));
        ObjectNode block = response.putArray("content").addObject();
        block.put("type", "text");
        block.put("text", answer.text());
        response.put("stop_reason", switch (answer.finishReason()) {
            case "length" -> "max_tokens";
            case "stop_sequence" -> "stop_sequence";
            default -> "end_turn";
        });
        if (answer.stopSequence() == null) {
            response.putNull("stop_sequence");
        } else {
            response.put("stop_sequence", answer.stopSequence());
        }
        ObjectNode usage = response.putObject("usage");
        usage.put("input_tokens", AnswerEngine.countTokens(prompt.toString()));
        usage.put("output_tokens", answer.tokens().size());
        return response.toString();
    }
}
