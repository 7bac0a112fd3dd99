package io.evalstream.scoring.likelihood;

/**
 * Both halves of one {@code continuation_pair} item answered by one model: the total log-likelihoods (higher = more
 * likely) and token counts of the first continuation (true / sent_more) and the second (false / sent_less).
 * {@code biasType} and {@code stereoAntistereo} are CrowS-Pairs' annotations, null when the item has none.
 */
public record LikelihoodPair(String modelId, String itemId, int sample, String form, String biasType,
        String stereoAntistereo, double firstLogLikelihood, int firstTokens, double secondLogLikelihood,
        int secondTokens) {
    public static final String TRUE_FALSE = "true_false";
    public static final String MORE_LESS = "more_less";
}
