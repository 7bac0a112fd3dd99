package io.evalstream.item.model;

/** A validated request to register a model. */
public record ModelRegistration(String id, String provider, String baseUrl, String modelName, String apiKeyEnv) {
}
