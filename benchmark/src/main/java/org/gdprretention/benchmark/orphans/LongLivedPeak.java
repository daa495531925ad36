package org.gdprretention.benchmark.orphans;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak growth of the heap pools meant for long-lived objects: those that support a usage threshold, which
 * young-generation pools do not, because they fill with short-lived objects by design. Work that retained memory
 * would see it promoted there. Unlike {@link HeapSampler} it forces no collection, so it can watch a timed pass.
 */
final class LongLivedPeak {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported())
            .toList();

    private long baseline;

    /** Restarts the pools' peak counters and remembers their use now. */
    void start() {
        baseline = 0;
        for (MemoryPoolMXBean pool : pools) {
            pool.resetPeakUsage();
            baseline += pool.getUsage().getUsed();
        }
    }

    /** The pools' peak since {@link #start()} minus their use at that time. */
    long growthBytes() {
        long peaks = 0;
        for (MemoryPoolMXBean pool : pools) {
            peaks += pool.getPeakUsage().getUsed();
        }
        return peaks - baseline;
    }
}
