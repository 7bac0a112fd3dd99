package io.evalstream.item.model;

import io.evalstream.contracts.EndpointLimits;
import java.time.Instant;
import java.util.List;

/**
 * A model as the API shows it: the name of its key variable, never a key; its price (USD per million tokens,
 * null when unknown), its endpoint limits (null when none), and its capabilities (declared, or the provider's
 * defaults when {@code capabilitiesDeclared} is false).
 */
public record ModelView(String id, String provider, String baseUrl, String modelName, String apiKeyEnv,
        boolean builtin, Instant createdAt, Double inputUsdPerMillionTokens, Double outputUsdPerMillionTokens,
        EndpointLimits limits, List<String> capabilities, boolean capabilitiesDeclared) {

    static ModelView of(Model model) {
        return new ModelView(model.id, model.provider, model.baseUrl, model.modelName, model.apiKeyEnv,
                model.builtin, model.createdAt, model.inputUsdPerMillionTokens, model.outputUsdPerMillionTokens,
                model.limits(), model.capabilitySet().stream().map(ModelCapability::wireName).toList(),
                model.capabilities != null);
    }
}
