package io.evalstream.inference.provider;

import io.evalstream.contracts.ModelRef;

/**
 * The name a provider knows a model by. {@code model.modelName} when given, otherwise the model id without
 * its {@code provider:} prefix, so that {@code {"id":"builtin:oracle","provider":"builtin"}} names
 * {@code oracle} either way.
 */
public final class ModelNames {
    private ModelNames() {
    }

    public static String of(ModelRef model) {
        if (model.modelName() != null && !model.modelName().isBlank()) {
            return model.modelName();
        }
        String prefix = model.provider() + ":";
        return model.id().startsWith(prefix) ? model.id().substring(prefix.length()) : model.id();
    }
}
