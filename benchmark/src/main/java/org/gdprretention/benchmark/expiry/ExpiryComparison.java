package org.gdprretention.benchmark.expiry;

/** The engine's throughput next to the bare loop's, and whether it meets issue 2's target. */
public record ExpiryComparison(Throughput engine, Throughput bare) {

    /** Expiry plus status must run at least at half the speed of a bare {@code LocalDate.plus}. */
    public static final double TARGET_RATIO = 0.5;

    public double ratio() {
        return engine.documentsPerSecond() / bare.documentsPerSecond();
    }

    /** True when either score's error margin is too wide for the ratio to be trusted. */
    public boolean noisy() {
        return engine.noisy() || bare.noisy();
    }

    public boolean meetsTarget() {
        return ratio() >= TARGET_RATIO;
    }
}
