package io.evalstream.contracts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What scoring-service needs to run the streaming join of an arena run (carried in {@link RunPlanned#arena()}):
 * the contestants (whose ANSWER requests item-service sends), the judges' {@link ModelRef}s (scoring-service
 * sends their JUDGE requests itself, so it must know how to reach them), and the pairing plan.
 *
 * @param contestants     contestant model ids, in the run's order
 * @param judges          judge models
 * @param pairing         {@code ALL} (every pair), {@code BASELINE} (each contestant against {@code baseline})
 *                        or {@code SAMPLED} ({@code pairsPerPrompt} distinct pairs per prompt, seeded)
 * @param baseline        the baseline contestant for {@code BASELINE}, else null
 * @param pairsPerPrompt  pairs per prompt: derived for ALL and BASELINE, chosen for SAMPLED
 * @param seed            seed of the sampled schedule
 * @param template        judge prompt template id with its version, e.g. {@code pairwise-v1}
 * @param judgeReadMode   {@code GENERATE} (read {@code [[A]]}/{@code [[B]]}/{@code [[C]]}) or {@code LABEL_PROBS}
 *                        (probabilities of the A/B tokens)
 * @param selfModels      judge id -> the contestant it "is" (for self-preference); judges that are contestants
 *                        themselves need no entry
 * @param referenceScores contestant id -> a reference score (e.g. human), for the PairS correlations; may be empty
 */
public record ArenaPlan(List<String> contestants, List<ModelRef> judges, String pairing, String baseline,
        int pairsPerPrompt, long seed, String template, String judgeReadMode, Map<String, String> selfModels,
        Map<String, Double> referenceScores) {
    public static final String ALL = "ALL";
    public static final String BASELINE = "BASELINE";
    public static final String SAMPLED = "SAMPLED";

    public ArenaPlan {
        contestants = List.copyOf(Objects.requireNonNull(contestants, "arena.contestants"));
        judges = List.copyOf(Objects.requireNonNull(judges, "arena.judges"));
        Objects.requireNonNull(pairing, "arena.pairing");
        Objects.requireNonNull(template, "arena.template");
        Objects.requireNonNull(judgeReadMode, "arena.judgeReadMode");
        selfModels = selfModels == null ? Map.of() : Map.copyOf(selfModels);
        referenceScores = referenceScores == null ? Map.of() : Map.copyOf(referenceScores);
        if (pairsPerPrompt < 0) {
            throw new IllegalArgumentException("arena.pairsPerPrompt must not be negative");
        }
    }

    /** The single-rating template: each contestant's answer is rated 1-10 on its own, no pairs. */
    public static final String SINGLE_RATING_TEMPLATE = "single-v1";

    /** Whether the judges rate single answers (1-10) instead of comparing pairs. */
    public boolean singleRating() {
        return SINGLE_RATING_TEMPLATE.equals(template);
    }

    /**
     * Judge requests per prompt: every scheduled pair, in both orders, by every judge; with single ratings, every
     * contestant's answer by every judge.
     */
    public long judgeRequestsPerPrompt() {
        return singleRating() ? (long) contestants.size() * judges.size() : (long) pairsPerPrompt * 2 * judges.size();
    }
}
