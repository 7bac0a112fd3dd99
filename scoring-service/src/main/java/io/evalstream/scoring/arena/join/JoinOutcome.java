package io.evalstream.scoring.arena.join;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.scoring.store.BatchOutcome;
import io.evalstream.scoring.store.ScoreRow;
import java.util.List;

/**
 * What one join step decided: the judge requests to send (of the pairs it claimed) and the terminal rows of judge
 * requests that will never be sent because a contestant's answer failed (they end as errors, invariant 4), stored
 * in the same transaction ({@code ended}: progress and completions they caused).
 */
public record JoinOutcome(List<EvaluationRequested> requests, List<ClaimedPair> claimed, List<ScoreRow> skipped,
        BatchOutcome ended) {
    public static final JoinOutcome NONE = new JoinOutcome(List.of(), List.of(), List.of(), BatchOutcome.empty());

    public JoinOutcome {
        requests = List.copyOf(requests);
        claimed = List.copyOf(claimed);
        skipped = List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return requests.isEmpty() && skipped.isEmpty();
    }
}
