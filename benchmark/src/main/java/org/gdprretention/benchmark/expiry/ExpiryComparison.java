package org.gdprretention.benchmark.expiry;

import org.gdprretention.benchmark.pairs.PairedRatio;

/** The engine's throughput against the bare loop's as interleaved pairs, and whether it meets the target. */
public record ExpiryComparison(PairedRatio pairs) {

    /** Expiry plus status must run at least at 0.8 times the speed of a bare {@code LocalDate.plus}. */
    public static final double TARGET_RATIO = 0.8;

    /** Beyond this interquartile spread of the pair ratios the figure says more about other load than the code. */
    public static final double NOISY_RELATIVE_SPREAD = 0.10;

    public double ratio() {
        return pairs.medianRatio();
    }

    public boolean noisy() {
        return pairs.relativeSpread() > NOISY_RELATIVE_SPREAD;
    }

    public boolean meetsTarget() {
        return ratio() >= TARGET_RATIO;
    }
}
