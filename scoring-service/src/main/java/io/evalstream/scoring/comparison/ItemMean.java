package io.evalstream.scoring.comparison;

/**
 * One model's score on one item, averaged over the item's scored units (variants x samples): the item is the
 * cluster, so paired tests resample or count items, never the correlated units of one item.
 *
 * @param mean   mean score of the item's scored units, 0..1
 * @param units  scored units behind the mean
 * @param binary whether every unit scored exactly 0 or 1
 */
public record ItemMean(double mean, int units, boolean binary) {
}
