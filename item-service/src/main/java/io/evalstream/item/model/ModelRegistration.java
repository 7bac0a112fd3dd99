package io.evalstream.item.model;

import io.evalstream.contracts.EndpointLimits;
import java.util.Set;

/**
 * A validated request to register a model. Prices are USD per million tokens (null: unknown); {@code limits}
 * may be null; {@code capabilities} null means the provider's defaults.
 */
public record ModelRegistration(String id, String provider, String baseUrl, String modelName, String apiKeyEnv,
        Double inputUsdPerMillionTokens, Double outputUsdPerMillionTokens, EndpointLimits limits,
        Set<ModelCapability> capabilities) {

    public ModelRegistration(String id, String provider, String baseUrl, String modelName, String apiKeyEnv) {
        this(id, provider, baseUrl, modelName, apiKeyEnv, null, null, null, null);
    }
}
