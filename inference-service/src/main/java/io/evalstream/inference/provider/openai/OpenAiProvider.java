package io.evalstream.inference.provider.openai;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.ProviderCapabilities;
import io.evalstream.inference.provider.http.AuthStyle;
import io.evalstream.inference.provider.http.Endpoints;
import io.evalstream.inference.provider.http.HttpCall;
import io.evalstream.inference.provider.http.HttpModelClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Provider {@code openai}: any OpenAI-compatible server (OpenAI, vLLM, llama-server, Ollama, TGI, LM Studio) at
 * {@code ModelRef.baseUrl} (default {@code https://api.openai.com}). Chat for message inputs, completions for
 * bare prompts; the key, when the model names one, goes in {@code Authorization: Bearer}.
 */
@ApplicationScoped
public class OpenAiProvider implements ModelProvider {
    public static final String NAME = "openai";
    static final String DEFAULT_BASE_URL = "https://api.openai.com";
    private final HttpModelClient http;

    public OpenAiProvider(HttpModelClient http) {
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Label probabilities from {@code top_logprobs}, prompt likelihood from {@code echo} on completions, and
     * {@code n > 1}: what the OpenAI-compatible API offers. A server that lacks one (many do not echo) is declared
     * so per model in item-service's registry.
     */
    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(true, true, true);
    }

    @Override
    public Uni<ModelResult> call(EvaluationRequested request) {
        return Uni.createFrom().deferred(() -> {
            String base = Endpoints.baseUrl(request.model(), DEFAULT_BASE_URL);
            boolean chat = OpenAiRequests.isChat(request.input());
            HttpCall call = chat
                    ? new HttpCall(NAME, base, Endpoints.resolve(base, "/chat/completions"),
                            OpenAiRequests.chat(request), Map.of(), AuthStyle.BEARER, OpenAiResponses::chat)
                    : new HttpCall(NAME, base, Endpoints.resolve(base, "/completions"),
                            OpenAiRequests.completion(request), Map.of(), AuthStyle.BEARER,
                            body -> OpenAiResponses.completion(body,
                                    request.generation().echoPrompt() ? request.input().prompt() : null));
            return http.call(request, call);
        });
    }
}
