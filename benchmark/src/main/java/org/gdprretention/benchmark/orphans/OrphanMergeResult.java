package org.gdprretention.benchmark.orphans;

import java.time.Duration;
import org.gdprretention.core.sweep.OrphanSweepSummary;

/**
 * One measured merge of {@code size} stored binaries against {@code size} referenced URLs.
 *
 * @param summary         what the merge reported
 * @param expected        what it should have reported for the generated store
 * @param elapsed         wall time of the unsampled pass
 * @param liveGrowthBytes live heap retained during the sampled pass, over the baseline
 * @param longLivedPeakGrowthBytes peak growth of the long-lived heap pools during the unsampled pass
 * @param samples         live heap readings taken during the sampled pass
 */
public record OrphanMergeResult(int size, OrphanSweepSummary summary, OrphanSweepSummary expected, Duration elapsed,
                                long liveGrowthBytes, long longLivedPeakGrowthBytes, int samples) {

    /** The streaming merge must retain less than this however many entries it reads. */
    public static final long TARGET_GROWTH_BYTES = 64L * 1024 * 1024;

    public boolean countsMatch() {
        return summary.equals(expected);
    }

    public boolean meetsTarget() {
        return liveGrowthBytes < TARGET_GROWTH_BYTES;
    }

    /** Stored plus referenced entries read per second. */
    public double entriesPerSecond() {
        return 2.0 * size / Math.max(1, elapsed.toNanos()) * 1e9;
    }
}
