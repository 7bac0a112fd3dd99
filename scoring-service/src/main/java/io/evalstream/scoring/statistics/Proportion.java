package io.evalstream.scoring.statistics;

/**
 * A proportion estimated from {@code n} observations with its confidence interval. Estimate and bounds are null
 * when {@code n} is 0: there is nothing to estimate, and 0 would read as "always wrong".
 */
public record Proportion(Double estimate, Double low, Double high, long n) {

    public static Proportion undefined() {
        return new Proportion(null, null, null, 0);
    }

    public boolean isDefined() {
        return estimate != null;
    }
}
