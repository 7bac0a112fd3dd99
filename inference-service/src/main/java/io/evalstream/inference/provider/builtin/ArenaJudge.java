package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Built-in pairwise judges with known biases, for auditing the judge audit:
 * <ul>
 *   <li>{@code judge-fair}: prefers the truly better answer (P(A) = sigmoid(0.9 (q_A - q_B)) from the answers'
 *       signed qualities, see {@link ArenaContestant}); its randomness is drawn per unordered pair, so it gives
 *       the same winner in both orders: position-consistent;</li>
 *   <li>{@code judge-first}: answers the first slot 80% of the time (drawn per request), otherwise judges fairly:
 *       low position consistency, strong position bias;</li>
 *   <li>{@code judge-longer}: prefers the longer answer 85% of the time, otherwise judges fairly: length bias;</li>
 *   <li>{@code judge-self:<contestant>}: judges fairly but sees its own contestant's answers as 3 quality points
 *       better: self-preference.</li>
 * </ul>
 * The two answers are read from the MT-Bench style judge prompt ({@value #START} X{@value #START_SUFFIX} ...
 * {@value #END} X{@value #END_SUFFIX}) that scoring-service's templates write. In GENERATE mode the answer is a
 * short assessment ending in {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (tie); in LABEL_PROBS mode the
 * request's labels (A, B) get P(A) and P(B), rendered as a real provider's top log-probabilities.
 */
final class ArenaJudge {
    static final String START = "[The Start of Assistant ";
    static final String START_SUFFIX = "'s Answer]";
    static final String END = "[The End of Assistant ";
    static final String END_SUFFIX = "'s Answer]";
    static final Pattern NAME = Pattern.compile("judge-(fair|first|longer|self:(.+))");
    static final double FIRST_RATE = 0.80;
    static final double LONGER_RATE = 0.85;
    static final int SELF_BONUS = 3;
    /** |u - p| below this is a tie in GENERATE mode. */
    static final double TIE_BAND = 0.04;

    private ArenaJudge() {
    }

    static boolean handles(String name) {
        return NAME.matcher(name).matches();
    }

    /** The judge's probability that the answer shown first is better, and its verdict. */
    record Verdict(double pFirst, String label) {
    }

    static Verdict judge(EvaluationRequested request, String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an arena judge: " + name);
        }
        String prompt = lastUserText(request);
        String a = between(prompt, "A", name);
        String b = between(prompt, "B", name);
        ArenaContestant.Signed sa = ArenaContestant.signature(a).orElse(new ArenaContestant.Signed("?", 5));
        ArenaContestant.Signed sb = ArenaContestant.signature(b).orElse(new ArenaContestant.Signed("?", 5));
        String kind = m.group(1).startsWith("self:") ? "self" : m.group(1);
        String own = kind.equals("self") ? "builtin:" + m.group(2) : null;
        double qa = sa.quality() + (sa.model().equals(own) ? SELF_BONUS : 0);
        double qb = sb.quality() + (sb.model().equals(own) ? SELF_BONUS : 0);
        // canonical orientation: the same draw for (A,B) and (B,A), mirrored, makes the fair part order-free
        boolean aFirst = a.compareTo(b) <= 0;
        SplittableRandom pairRandom = BuiltinSeed.random(request.itemId() + "\u0000" + (aFirst ? a + b : b + a),
                request.generation().seed(), name + "/pair");
        double u = pairRandom.nextDouble();
        double uA = aFirst ? u : 1 - u;
        double pFair = sigmoid(0.9 * (qa - qb));
        SplittableRandom own2 = BuiltinSeed.random(BuiltinSeed.answerIdentity(request), request.generation().seed(),
                name + "/bias");
        double bias = own2.nextDouble();
        double p;
        String label;
        switch (kind) {
            case "first" -> {
                p = FIRST_RATE + (1 - FIRST_RATE) * pFair;
                label = bias < FIRST_RATE ? "A" : fair(uA, pFair);
            }
            case "longer" -> {
                int la = WhitespaceTokens.count(a);
                int lb = WhitespaceTokens.count(b);
                double pLonger = la == lb ? 0.5 : la > lb ? 1.0 : 0.0;
                p = LONGER_RATE * pLonger + (1 - LONGER_RATE) * pFair;
                label = la != lb && bias < LONGER_RATE ? (la > lb ? "A" : "B") : fair(uA, pFair);
            }
            default -> {
                p = pFair;
                label = fair(uA, pFair);
            }
        }
        return new Verdict(Math.min(0.98, Math.max(0.02, p)), label);
    }

    /** The single-answer section of scoring-service's {@code single-v1} template. */
    static final String SINGLE_START = "[The Start of Assistant's Answer]";
    static final String SINGLE_END = "[The End of Assistant's Answer]";
    /** judge-longer's bonus for an answer of more than {@link #LONG_WORDS} words, in rating points. */
    static final int LONGER_BONUS = 2;
    static final int LONG_WORDS = 120;

    /** Whether the request asks for a single-answer rating (1-10) rather than a pairwise verdict. */
    static boolean single(EvaluationRequested request) {
        return lastUserText(request).contains(SINGLE_START);
    }

    /**
     * A single answer's rating, 1-10: its signed quality, plus a seeded -1/0/+1 (one draw per answer and judge), plus
     * the judge's bias: {@code judge-longer} adds {@value #LONGER_BONUS} to answers longer than {@value #LONG_WORDS}
     * words, {@code judge-self:<contestant>} adds {@value #SELF_BONUS} to its own contestant's; {@code judge-first}
     * has no slot to prefer and rates like the fair judge.
     */
    static int rate(EvaluationRequested request, String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an arena judge: " + name);
        }
        String prompt = lastUserText(request);
        int from = prompt.indexOf(SINGLE_START);
        int to = prompt.indexOf(SINGLE_END);
        if (from < 0 || to < from) {
            throw new UnsupportedModelException("builtin:" + name + " rates single answers in '" + SINGLE_START
                    + "' ... '" + SINGLE_END + "'; this request has none");
        }
        String answer = prompt.substring(from + SINGLE_START.length(), to).strip();
        ArenaContestant.Signed signed = ArenaContestant.signature(answer).orElse(new ArenaContestant.Signed("?", 5));
        int noise = BuiltinSeed.random(request.itemId() + "\u0000" + answer, request.generation().seed(),
                name + "/rating").nextInt(3) - 1;
        int rating = signed.quality() + noise;
        if (m.group(1).equals("longer") && WhitespaceTokens.count(answer) > LONG_WORDS) {
            rating += LONGER_BONUS;
        }
        if (m.group(1).startsWith("self:") && signed.model().equals("builtin:" + m.group(2))) {
            rating += SELF_BONUS;
        }
        return Math.max(1, Math.min(10, rating));
    }

    static String ratingText(int rating) {
        return "The answer is " + (rating >= 7 ? "helpful and accurate" : rating >= 4 ? "partly helpful"
                : "unhelpful") + ". Rating: [[" + rating + "]]";
    }

    private static String fair(double u, double p) {
        if (Math.abs(u - p) < TIE_BAND) {
            return "C";
        }
        return u < p ? "A" : "B";
    }

    static String text(Verdict verdict) {
        String reason = switch (verdict.label()) {
            case "A" -> "Assistant A's answer is more helpful and accurate.";
            case "B" -> "Assistant B's answer is more helpful and accurate.";
            default -> "Both answers are about equally good.";
        };
        return reason + " [[" + verdict.label() + "]]";
    }

    private static String lastUserText(EvaluationRequested request) {
        if (request.input().prompt() != null) {
            return request.input().prompt();
        }
        List<ChatMessage> messages = request.input().messages();
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
    }

    private static String between(String prompt, String slot, String name) {
        String start = START + slot + START_SUFFIX;
        String end = END + slot + END_SUFFIX;
        int from = prompt.indexOf(start);
        int to = prompt.indexOf(end);
        if (from < 0 || to < from) {
            throw new UnsupportedModelException("builtin:" + name + " judges pairwise prompts with '" + start
                    + "' ... '" + end + "' sections; this request has none");
        }
        return prompt.substring(from + start.length(), to).strip();
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
