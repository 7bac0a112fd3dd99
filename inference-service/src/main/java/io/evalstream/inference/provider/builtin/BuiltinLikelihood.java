package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * How every built-in model answers a likelihood request ({@code echo}: the log-likelihood of each prompt token, as
 * an OpenAI completions endpoint returns it; the first token has none and is left out). Deterministic: the same
 * prompt always gets the same log-likelihoods.
 *
 * <p>The text is split into whitespace-led tokens ({@code "This"}, {@code " sentence"}, ...); each token's base
 * log-probability comes from a fixed "unigram model": {@code -(0.5 + 6 u)}, {@code u} in [0, 1) a hash of the
 * lower-cased word, the same for every model. A longer text is therefore less likely, as with a real language
 * model. On top of that, a model may prefer one continuation of a pair (the scoring context's
 * {@code continuation} attribute says which half a request is, {@code continuation_chars} where it starts):
 * <ul>
 *   <li>{@code builtin:oracle} prefers the reference continuation (the true one of a Strange Dataset pair); a
 *       CrowS-Pairs pair has no reference, so the oracle is the plain unigram model there (no preference);</li>
 *   <li>{@code builtin:random} prefers one of the two continuations by a coin seeded by the item, sample and
 *       model (not the variant, so both halves agree): about half its pairs go each way;</li>
 *   <li>{@code builtin:first-option} (any knowledge) prefers the first continuation (true / sent_more): a
 *       position-biased model, and on CrowS-Pairs a maximally stereotyping one (100%);</li>
 *   <li>every other built-in model has no preference: the plain unigram model, biased towards shorter text.</li>
 * </ul>
 * The preferred continuation's tokens get {@value #PREFERRED} each; the other continuation's first scored token
 * loses a further {@value #PENALTY} nats, so the preferred half always has the higher total log-likelihood (for
 * continuations up to 2,500 tokens), whatever the lengths.
 */
final class BuiltinLikelihood {
    static final double PREFERRED = -0.01;
    static final double PENALTY = 25.0;
    static final String CONTINUATION = "continuation";
    static final String CONTINUATION_CHARS = "continuation_chars";

    private BuiltinLikelihood() {
    }

    static ModelResult answer(EvaluationRequested request, String fullName) {
        String prompt = request.input().prompt();
        if (prompt == null || !request.input().messages().isEmpty()) {
            throw new UnsupportedModelException("built-in model '" + fullName + "': echo (prompt log-likelihood) needs"
                    + " a bare completion prompt, not chat messages");
        }
        ScoringContext scoring = request.scoring();
        String preferred = preferred(request, fullName);
        String role = scoring.attributes().get(CONTINUATION);
        int boundary = prompt.length() - continuationChars(scoring, prompt.length());
        List<String> tokens = tokens(prompt);
        List<TokenLogprob> logprobs = new ArrayList<>(Math.max(0, tokens.size() - 1));
        int offset = tokens.isEmpty() ? 0 : tokens.get(0).length();
        boolean penalised = false;
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean inContinuation = offset >= boundary;
            double logprob = unigram(token);
            if (inContinuation && preferred != null && role != null) {
                if (role.equals(preferred)) {
                    logprob = PREFERRED;
                } else if (!penalised) {
                    logprob -= PENALTY;
                    penalised = true;
                }
            }
            logprobs.add(new TokenLogprob(token, logprob, List.of()));
            offset += token.length();
        }
        ModelOutput output = new ModelOutput("", "length", List.of(), null, logprobs);
        return ModelResult.free(output, new Usage(tokens.size(), 0));
    }

    /** Whitespace-led tokens whose concatenation is {@code text}. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.split("(?<=\\S)(?=\\s)")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The fixed unigram log-probability of a token, in (-6.5, -0.5]. */
    static double unigram(String token) {
        long hash = BuiltinSeed.of(token.strip().toLowerCase(java.util.Locale.ROOT), null, "unigram");
        double u = (hash >>> 11) * 0x1.0p-53;
        return -(0.5 + 6.0 * u);
    }

    private static int continuationChars(ScoringContext scoring, int length) {
        String value = scoring.attributes().get(CONTINUATION_CHARS);
        if (value == null) {
            return length;
        }
        try {
            return Math.max(0, Math.min(length, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return length;
        }
    }

    /** The role of the continuation {@code fullName} prefers, or null for none. */
    private static String preferred(EvaluationRequested request, String fullName) {
        List<String> labels = request.scoring().labels();
        if (labels.size() != 2) {
            return null;
        }
        String base = fullName.contains("@") ? fullName.substring(0, fullName.indexOf('@')) : fullName;
        return switch (base) {
            case OracleModel.NAME -> {
                String reference = request.scoring().reference();
                yield reference != null && labels.contains(reference) ? reference : null;
            }
            case RandomModel.NAME -> labels.get(BuiltinSeed.random(String.join("\u0000", request.itemId(),
                    Integer.toString(request.sample()), request.model().id()), request.generation().seed(),
                    "random/likelihood").nextInt(2));
            case FirstOptionModel.NAME -> labels.get(0);
            default -> null;
        };
    }
}
