package io.evalstream.scoring.regression;

/**
 * One unit (item, variant, sample) scored in both runs by the same model: its score before (previous run) and
 * after (this run), each in [0, 1].
 */
public record PairedUnit(String itemId, double before, double after) {
}
