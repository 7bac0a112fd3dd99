package io.evalstream.scoring.metric;

/** Accuracy of one model on one slice, with its 95% interval and the number of scored responses. */
public record SliceAccuracy(Double value, Double ciLow, Double ciHigh, long n) {
}
