package io.evalstream.item.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a model can do beyond producing text, declared in the registry (or taken from its provider's defaults)
 * and checked when a run is planned: a run that needs a capability the model lacks is refused at creation,
 * naming the model and the capability, instead of failing item by item.
 */
public enum ModelCapability {
    /** Top log-probabilities of the answer token: read mode LABEL_PROBS. */
    LABEL_PROBS,
    /** Log-likelihoods of the prompt's own tokens ({@code echo} on completions). */
    PROMPT_LIKELIHOOD,
    /** Several choices from one call ({@code n > 1}). */
    N_MULTIPLE;

    /** The name used in JSON: {@code label_probs}, {@code prompt_likelihood}, {@code n_multiple}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelCapability> fromWire(String name) {
        for (ModelCapability c : values()) {
            if (c.wireName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * What a provider's models can do unless registered otherwise: the OpenAI-compatible API offers all three
     * (a server that does not, such as one without {@code echo}, is registered with its own list); Anthropic's
     * Messages API none; the built-in models return label log-probabilities and prompt log-likelihoods (they
     * answer {@code echo} requests deterministically). Unknown providers: none.
     */
    public static Set<ModelCapability> providerDefaults(String provider) {
        return switch (provider) {
            case "openai" -> EnumSet.allOf(ModelCapability.class);
            case "builtin" -> EnumSet.of(LABEL_PROBS, PROMPT_LIKELIHOOD);
            default -> EnumSet.noneOf(ModelCapability.class);
        };
    }
}
