package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: the built-in provider with all four models, and the two ways scorers read an answer. */
final class BuiltinModels {
    private static final Pattern LETTER = Pattern.compile("\\b([A-Z])\\b(?!.*\\b[A-Z]\\b)");

    private BuiltinModels() {
    }

    static BuiltinProvider provider(double firstOptionKnowledge) {
        return new BuiltinProvider(List.of(new OracleModel(), new RandomModel(),
                new FirstOptionModel(firstOptionKnowledge), new AlwaysTrueModel()));
    }

    /** A letter filter as a scorer would write it: the last stand-alone capital letter. */
    static String extractLetter(String text) {
        Matcher matcher = LETTER.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Label probabilities as the LABEL_PROBS reader computes them: merge "A" and " A", renormalise over labels. */
    static Map<String, Double> mergedLabelProbabilities(TokenLogprob token, List<String> labels) {
        Map<String, Double> mass = new LinkedHashMap<>();
        labels.forEach(label -> mass.put(label, 0.0));
        for (TopLogprob top : token.topLogprobs()) {
            String label = top.token().strip();
            if (mass.containsKey(label)) {
                mass.merge(label, Math.exp(top.logprob()), Double::sum);
            }
        }
        double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
        mass.replaceAll((label, m) -> m / total);
        return mass;
    }
}
