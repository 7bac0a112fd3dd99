package io.evalstream.item.model;

import java.time.Instant;

/** A model as the API shows it: the name of its key variable, never a key. */
public record ModelView(String id, String provider, String baseUrl, String modelName, String apiKeyEnv,
        boolean builtin, Instant createdAt) {

    static ModelView of(Model model) {
        return new ModelView(model.id, model.provider, model.baseUrl, model.modelName, model.apiKeyEnv,
                model.builtin, model.createdAt);
    }
}
