package io.evalstream.item.kind;

import java.util.List;

/**
 * A RewardBench-style preference pair: the {@code prompt} (with optional {@code context} and retrieved
 * {@code documents}, as in RAG-RewardBench), the {@code chosen} and {@code rejected} responses, the benchmark
 * {@code subset} it belongs to and whether the pair is labelled a {@code tie} (both responses equally good).
 */
public record RewardPair(String prompt, String context, List<String> documents, String chosen, String rejected,
        String subset, boolean tie) {
    public RewardPair {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
