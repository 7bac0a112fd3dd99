package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;

/**
 * Built-in judges that judge by length only, with no randomness, so that reward-pair and rating figures on them
 * are known exactly:
 * <ul>
 *   <li>{@code judge-longest}: of two answers (the MT-Bench markers {@code [The Start of Assistant A's Answer]} ...
 *       that item-service's judge prompts write) prefers the one with more words, {@code [[C]]} when equal; in
 *       LABEL_PROBS mode P(longer) = 0.9 (0.5 each when equal);</li>
 *   <li>{@code rater-length}: rates a single answer ({@code [The Start of Assistant's Answer]}) with its word
 *       count clamped to the request's scale (labels "min".."max", default 1..10): {@code Rating: [[n]]}; in
 *       LABEL_PROBS mode 0.8 of the mass on n, the rest spread evenly over the other scale values.</li>
 * </ul>
 * Like every built-in they exist to make scorers and reports demonstrable, never to be mistaken for a real judge.
 */
final class LengthJudges {
    static final String LONGEST = "judge-longest";
    static final String RATER = "rater-length";
    static final List<String> NAMES = List.of(LONGEST, RATER);
    static final double LONGER_PROBABILITY = 0.9;
    static final double RATING_MASS = 0.8;

    private LengthJudges() {
    }

    static boolean handles(String name) {
        return NAMES.contains(name);
    }

    static ModelResult answer(EvaluationRequested request, String name) {
        boolean labelMode = "LABEL_PROBS".equals(request.scoring().readMode());
        String prompt = lastUserText(request);
        LabelBelief belief;
        String text;
        if (LONGEST.equals(name)) {
            int a = WhitespaceTokens.count(between(prompt, "[The Start of Assistant A's Answer]",
                    "[The End of Assistant A's Answer]", name));
            int b = WhitespaceTokens.count(between(prompt, "[The Start of Assistant B's Answer]",
                    "[The End of Assistant B's Answer]", name));
            double pA = a == b ? 0.5 : a > b ? LONGER_PROBABILITY : 1 - LONGER_PROBABILITY;
            belief = LabelBelief.ofWeights(List.of("A", "B"), new double[] {pA, 1 - pA}, pA >= 0.5 ? 0 : 1);
            String verdict = a == b ? "C" : a > b ? "A" : "B";
            text = labelMode ? belief.chosenLabel() : "Assistant A wrote " + a + " words, assistant B " + b
                    + " words; the longer answer is the better one. [[" + verdict + "]]";
        } else {
            int words = WhitespaceTokens.count(between(prompt, "[The Start of Assistant's Answer]",
                    "[The End of Assistant's Answer]", name));
            List<String> labels = request.scoring().labels().isEmpty()
                    ? List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10") : request.scoring().labels();
            int min = Integer.parseInt(labels.get(0));
            int max = Integer.parseInt(labels.get(labels.size() - 1));
            int rating = Math.max(min, Math.min(max, words));
            belief = LabelBelief.concentrated(labels, labels.indexOf(String.valueOf(rating)), RATING_MASS);
            text = labelMode ? String.valueOf(rating) : "The answer has " + words + " words. Rating: [[" + rating
                    + "]]";
        }
        List<TokenLogprob> logprobs = request.generation().logprobs()
                ? List.of(LabelLogprobs.shape(belief, request.generation().topLogprobs(),
                        BuiltinSeed.random(BuiltinSeed.answerIdentity(request), request.generation().seed(),
                                name + "/logprobs")))
                : List.of();
        Usage usage = new Usage(WhitespaceTokens.count(request.input()), WhitespaceTokens.count(text));
        return ModelResult.free(new ModelOutput(text, "stop", logprobs), usage);
    }

    private static String lastUserText(EvaluationRequested request) {
        if (request.input().prompt() != null) {
            return request.input().prompt();
        }
        List<ChatMessage> messages = request.input().messages();
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
    }

    private static String between(String prompt, String start, String end, String name) {
        int from = prompt.indexOf(start);
        int to = prompt.indexOf(end);
        if (from < 0 || to < from) {
            throw new UnsupportedModelException("builtin:" + name + " judges prompts with '" + start + "' ... '" + end
                    + "' sections; this request has none");
        }
        return prompt.substring(from + start.length(), to).strip();
    }
}
