package io.evalstream.scoring.store;

import io.evalstream.contracts.ScoreValue;
import java.util.Objects;

/**
 * What one batch adds to one aggregate row. Only newly inserted score rows are folded in, so a redelivered
 * response adds nothing. A mutable accumulator, local to one batch.
 */
public final class AggregateDelta {
    /** Stored as scorer or filter when one aggregate row mixes several. */
    public static final String MIXED = "mixed";

    long nTotal;
    long nScored;
    long correct;
    double sum;
    double sumSq;
    long unscored;
    long errors;
    long latencyMsSum;
    double costUsdSum;
    long inputTokens;
    long outputTokens;
    String scorer;
    String filter;
    private boolean first = true;

    void add(ScoreRow row) {
        nTotal++;
        if (row.value() == ScoreValue.ERROR) {
            errors++;
        } else if (row.value() == ScoreValue.UNSCORED) {
            unscored++;
        } else if (row.value().scored()) {
            double score = row.score() != null ? row.score() : (row.value() == ScoreValue.CORRECT ? 1.0 : 0.0);
            nScored++;
            sum += score;
            sumSq += score * score;
            if (row.value() == ScoreValue.CORRECT) {
                correct++;
            }
        }
        latencyMsSum += row.latencyMs();
        costUsdSum += row.costUsd() == null ? 0 : row.costUsd();
        inputTokens += row.inputTokens() == null ? 0 : row.inputTokens();
        outputTokens += row.outputTokens() == null ? 0 : row.outputTokens();
        if (first) {
            scorer = row.scorer();
            filter = row.filter();
            first = false;
        } else {
            scorer = Objects.equals(scorer, row.scorer()) ? scorer : MIXED;
            filter = Objects.equals(filter, row.filter()) ? filter : MIXED;
        }
    }

    public long nTotal() {
        return nTotal;
    }

    public long nScored() {
        return nScored;
    }

    public long correct() {
        return correct;
    }

    public double sum() {
        return sum;
    }

    public double sumSq() {
        return sumSq;
    }

    public long unscored() {
        return unscored;
    }

    public long errors() {
        return errors;
    }

    public String scorer() {
        return scorer;
    }

    public String filter() {
        return filter;
    }
}
