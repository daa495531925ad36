package org.gdprretention.benchmark.filesystem;

import java.time.Duration;

import org.gdprretention.core.sweep.OrphanSweepSummary;

/**
 * One tree's figures.
 *
 * @param files            files in the tree
 * @param summary          what the planning pass found
 * @param expected         what it should have found
 * @param planning         best time of the planning pass (walker + orphan planner)
 * @param findSort         best time of {@code find | sort} on the same tree
 * @param liveGrowthBytes  largest live heap during a sampled planning pass minus the live heap before it
 */
public record FilesystemSweepResult(int files, OrphanSweepSummary summary, OrphanSweepSummary expected,
                                    Duration planning, Duration findSort, long liveGrowthBytes) {

    /** Planning may take at most as long as find | sort (issue 13; issue 4 asked 1.2). */
    public static final double TARGET_RATIO = 1.0;
    public static final long TARGET_GROWTH_BYTES = 64L * 1024 * 1024;

    public boolean countsMatch() {
        return summary.equals(expected);
    }

    public double ratio() {
        return (double) planning.toNanos() / findSort.toNanos();
    }

    public boolean meetsTimeTarget() {
        return ratio() <= TARGET_RATIO;
    }

    public boolean meetsHeapTarget() {
        return liveGrowthBytes < TARGET_GROWTH_BYTES;
    }
}
