package org.gdprretention.benchmark.orphans;

import java.util.Iterator;

import java.lang.management.ManagementFactory;

/**
 * Measures how much live heap a piece of work holds on to: the heap in use right after a full collection, first
 * before the work and then at sample points during it. Garbage is collected away before each reading, so what
 * grows is what the work retains. Each reading costs a full collection, so it is for a pass that is not timed.
 */
public final class HeapSampler {

    private long baseline;
    private long maxLive;
    private int samples;

    /** Collects garbage and takes the baseline. */
    public void start() {
        baseline = liveHeapBytes();
        maxLive = baseline;
        samples = 0;
    }

    /** One reading during the work. */
    public void sample() {
        maxLive = Math.max(maxLive, liveHeapBytes());
        samples++;
    }

    /**
     * Wraps {@code source} so that a reading is taken every {@code interval} elements, i.e. while the work that
     * consumes it is in the middle of its job.
     */
    public <T> Iterator<T> sampleEvery(int interval, Iterator<T> source) {
        return new Iterator<>() {
            private long read;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public T next() {
                if (++read % interval == 0) {
                    sample();
                }
                return source.next();
            }
        };
    }

    public int samples() {
        return samples;
    }

    /** The largest live heap seen during the work minus the baseline; about zero for work that retains nothing. */
    public long liveGrowthBytes() {
        return maxLive - baseline;
    }

    /** True when this JVM was told to ignore or defer {@code System.gc()}, which makes the readings include garbage. */
    public static boolean explicitGcDisabled() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(arg -> arg.equals("-XX:+DisableExplicitGC") || arg.equals("-XX:+ExplicitGCInvokesConcurrent"));
    }

    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
