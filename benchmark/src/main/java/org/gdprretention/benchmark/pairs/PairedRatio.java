package org.gdprretention.benchmark.pairs;

import java.util.Arrays;

/**
 * The throughputs of interleaved pairs (engine, baseline, engine, baseline, ...) and the ratio of each pair.
 * Each pair ran back to back, so other load on the machine hits both halves alike; the median ratio of many pairs
 * is therefore steadier than the ratio of two separately measured averages, and the spread shows how steady.
 *
 * @param engineRates   items per second of the engine half of each pair
 * @param baselineRates items per second of the baseline half of each pair, same order
 */
public record PairedRatio(double[] engineRates, double[] baselineRates) {

    public PairedRatio {
        if (engineRates.length == 0 || engineRates.length != baselineRates.length) {
            throw new IllegalArgumentException("need as many engine as baseline rates, at least one: "
                    + engineRates.length + " and " + baselineRates.length);
        }
        engineRates = engineRates.clone();
        baselineRates = baselineRates.clone();
    }

    public int pairs() {
        return engineRates.length;
    }

    /** Engine rate over baseline rate, per pair, in measuring order. */
    public double[] ratios() {
        double[] ratios = new double[engineRates.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = engineRates[i] / baselineRates[i];
        }
        return ratios;
    }

    public double medianRatio() {
        return quantile(ratios(), 0.5);
    }

    /** The first quartile of the pair ratios: a quarter of the pairs did worse. */
    public double lowerQuartileRatio() {
        return quantile(ratios(), 0.25);
    }

    public double upperQuartileRatio() {
        return quantile(ratios(), 0.75);
    }

    public double minRatio() {
        return Arrays.stream(ratios()).min().orElseThrow();
    }

    public double maxRatio() {
        return Arrays.stream(ratios()).max().orElseThrow();
    }

    public double medianEngineRate() {
        return quantile(engineRates, 0.5);
    }

    public double medianBaselineRate() {
        return quantile(baselineRates, 0.5);
    }

    /** The interquartile range relative to the median: how far apart the middle half of the pairs lie. */
    public double relativeSpread() {
        return (upperQuartileRatio() - lowerQuartileRatio()) / medianRatio();
    }

    // Linear interpolation between the closest ranks, so the median of an even count is the mean of the middle two.
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
