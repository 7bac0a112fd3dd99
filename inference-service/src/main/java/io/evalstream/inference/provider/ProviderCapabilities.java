package io.evalstream.inference.provider;

/**
 * What a provider can do beyond producing text, so that a run needing more can be refused up front instead of
 * failing item by item.
 *
 * @param labelProbabilities top log-probabilities of the answer token (the LABEL_PROBS read mode)
 * @param promptLikelihood   log-likelihoods of the prompt's own tokens (scoring by likelihood)
 * @param nMultiple          several samples from one call ({@code n > 1})
 */
public record ProviderCapabilities(boolean labelProbabilities, boolean promptLikelihood, boolean nMultiple) {

    /** Text only. */
    public static ProviderCapabilities textOnly() {
        return new ProviderCapabilities(false, false, false);
    }
}
