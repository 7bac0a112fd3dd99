package io.evalstream.inference.cost;

import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Usage;

/**
 * What one answer cost, from the model's registered price per million input and output tokens and the usage
 * the provider reported. Unknown (null) when the model has no price or the answer no usage: a cost of 0 would
 * claim the call was free. Answers served from the response cache cost 0: nothing was paid for them.
 */
public final class ModelCost {
    private static final double MILLION = 1_000_000.0;

    private ModelCost() {
    }

    /** The cost in USD of {@code usage} at {@code model}'s price; null when either is unknown. */
    public static Double of(ModelRef model, Usage usage) {
        if (!model.priced() || usage == null) {
            return null;
        }
        return usage.inputTokens() * model.inputUsdPerMillionTokens() / MILLION
                + usage.outputTokens() * model.outputUsdPerMillionTokens() / MILLION;
    }
}
