package io.evalstream.inference.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.ModelNames;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.ProviderCapabilities;
import io.evalstream.inference.provider.http.AuthStyle;
import io.evalstream.inference.provider.http.Endpoints;
import io.evalstream.inference.provider.http.HttpCall;
import io.evalstream.inference.provider.http.HttpModelClient;
import io.evalstream.inference.provider.http.InvalidResponseException;
import io.evalstream.inference.provider.http.ProviderAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Provider {@code anthropic}: the Messages API ({@code POST /v1/messages}) at {@code ModelRef.baseUrl} (default
 * {@code https://api.anthropic.com}), key in {@code x-api-key}. The system prompt goes in {@code system} (system
 * turns among the messages are appended to it, as the API has no system role); stop reasons are mapped to the
 * OpenAI vocabulary the rest of the pipeline reads ({@code end_turn} and {@code stop_sequence} to {@code stop},
 * {@code max_tokens} to {@code length}). The API returns no log-probabilities.
 */
@ApplicationScoped
public class AnthropicProvider implements ModelProvider {
    public static final String NAME = "anthropic";
    static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpModelClient http;

    public AnthropicProvider(HttpModelClient http) {
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return ProviderCapabilities.textOnly();
    }

    @Override
    public Uni<ModelResult> call(EvaluationRequested request) {
        return Uni.createFrom().deferred(() -> {
            String base = Endpoints.baseUrl(request.model(), DEFAULT_BASE_URL);
            HttpCall call = new HttpCall(NAME, base, Endpoints.resolve(base, "/messages"), body(request),
                    Map.of("anthropic-version", http.config().anthropicVersion()), AuthStyle.X_API_KEY,
                    AnthropicProvider::read);
            return http.call(request, call);
        });
    }

    String body(EvaluationRequested request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", ModelNames.of(request.model()));
        Generation g = request.generation();
        body.put("max_tokens", g.maxTokens() != null ? g.maxTokens() : http.config().anthropicDefaultMaxTokens());
        ModelInput input = request.input();
        List<String> system = new ArrayList<>();
        if (input.system() != null && !input.system().isBlank()) {
            system.add(input.system());
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : input.messages()) {
            if (message.role().equals("system")) {
                system.add(message.content());
            } else {
                messages.addObject().put("role", message.role()).put("content", message.content());
            }
        }
        if (input.messages().isEmpty()) {
            messages.addObject().put("role", "user").put("content", input.prompt());
        }
        if (!system.isEmpty()) {
            body.put("system", String.join("\n\n", system));
        }
        if (g.temperature() != null) {
            body.put("temperature", g.temperature());
        }
        if (g.topP() != null) {
            body.put("top_p", g.topP());
        }
        if (!g.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop_sequences");
            g.stop().forEach(stop::add);
        }
        return body.toString();
    }

    static ProviderAnswer read(JsonNode body) {
        JsonNode content = body.path("content");
        if (!content.isArray()) {
            throw new InvalidResponseException("content is missing");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if (block.path("type").asText().equals("text")) {
                text.append(block.path("text").asText());
            }
        }
        JsonNode usage = body.path("usage");
        return new ProviderAnswer(new ModelOutput(text.toString(), finishReason(body.path("stop_reason").asText(null)),
                List.of()), usage.isObject()
                        ? new Usage(usage.path("input_tokens").asInt(0), usage.path("output_tokens").asInt(0))
                        : null);
    }

    static String finishReason(String stopReason) {
        if (stopReason == null) {
            return null;
        }
        return switch (stopReason) {
            case "end_turn", "stop_sequence" -> "stop";
            case "max_tokens" -> "length";
            default -> stopReason;
        };
    }
}
