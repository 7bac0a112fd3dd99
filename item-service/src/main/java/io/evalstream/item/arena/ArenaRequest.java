package io.evalstream.item.arena;

import java.util.List;
import java.util.Map;

/**
 * The {@code arena} part of {@code POST /api/runs}: the run's {@code models} are the contestants, these are the
 * judges and how contestants are paired. Null fields get defaults in {@link ArenaPlanner}.
 *
 * @param judges          judge model ids (at least one; registered models)
 * @param pairing         {@code all} (default), {@code baseline:<model>} or {@code sampled:<pairs per prompt>}
 * @param template        judge prompt template ({@code pairwise-v1}, {@code pairwise-ref-v1}); default by whether
 *                        every prompt has a reference
 * @param judgeReadMode   {@code GENERATE} (default: read {@code [[A]]}/{@code [[B]]}/{@code [[C]]}) or
 *                        {@code LABEL_PROBS}
 * @param seed            seed of a sampled schedule (default 1)
 * @param selfModels      judge id -> the contestant it belongs to, for self-preference
 * @param referenceScores contestant id -> reference score, for the PairS correlations
 */
public record ArenaRequest(List<String> judges, String pairing, String template, String judgeReadMode, Long seed,
        Map<String, String> selfModels, Map<String, Double> referenceScores) {
}
