package org.gdprretention.benchmark.orphans;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.sweep.OrphanPlanner;
import org.gdprretention.core.sweep.OrphanSweep;
import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.gdprretention.core.sweep.StoredBinary;

/**
 * Runs the orphan merge over {@link SyntheticContentStore}s in two phases: first every size untouched for the time,
 * then every size again with live heap readings at even intervals for the memory. The phases are kept apart because
 * a reading is a full collection, after which the collector may hand memory back to the system; a timed pass right
 * after it would pay for taking that memory back and look slower than the merge is.
 */
public final class OrphanMergeMeasurement {

    private final OrphanPlanner planner = new OrphanPlanner(SyntheticContentStore.PROTECT_WINDOW);
    private final int samplesPerRun;

    public OrphanMergeMeasurement(int samplesPerRun) {
        if (samplesPerRun < 1) {
            throw new InvalidRetentionInputException("samplesPerRun", samplesPerRun, "must be at least 1");
        }
        this.samplesPerRun = samplesPerRun;
    }

    public OrphanMergeResult measure(int size) {
        return measure(List.of(size)).get(0);
    }

    /** Measures each size; the largest is merged once beforehand so that the JIT and the heap are warm. */
    public List<OrphanMergeResult> measure(List<Integer> sizes) {
        if (sizes.isEmpty()) {
            throw new InvalidRetentionInputException("sizes", sizes, "must name at least one size");
        }
        timedPass(new SyntheticContentStore(Collections.max(sizes)));
        List<TimedPass> timed = new ArrayList<>();
        for (int size : sizes) {
            timed.add(timedPass(new SyntheticContentStore(size)));
        }
        List<OrphanMergeResult> results = new ArrayList<>();
        for (TimedPass pass : timed) {
            results.add(sampledPass(pass));
        }
        return results;
    }

    private TimedPass timedPass(SyntheticContentStore store) {
        LongLivedPeak peak = new LongLivedPeak();
        peak.start();
        long startNanos = System.nanoTime();
        OrphanSweepSummary summary = drain(planner.orphans(store.storedBinaries(), store.referencedUrls(),
                SyntheticContentStore.NOW));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return new TimedPass(store, summary, elapsed, peak.growthBytes());
    }

    private OrphanMergeResult sampledPass(TimedPass timed) {
        SyntheticContentStore store = timed.store();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        int interval = Math.max(1, store.size() / samplesPerRun);
        OrphanSweepSummary summary = drain(planner.orphans(sampler.sampleEvery(interval, store.storedBinaries()),
                store.referencedUrls(), SyntheticContentStore.NOW));
        if (!summary.equals(timed.summary())) {
            throw new IllegalStateException("The sampled pass saw " + summary + " but the timed pass "
                    + timed.summary() + "; the generated store is not deterministic");
        }
        return new OrphanMergeResult(store.size(), summary, store.expectedSummary(), timed.elapsed(),
                sampler.liveGrowthBytes(), timed.longLivedPeakGrowthBytes(), sampler.samples());
    }

    /** Consumes every orphan as a deleting caller would, without keeping any, and checks the summary's bytes. */
    public static OrphanSweepSummary drain(OrphanSweep sweep) {
        long bytes = 0;
        while (sweep.hasNext()) {
            bytes += sweep.next().sizeBytes();
        }
        OrphanSweepSummary summary = sweep.summary();
        if (bytes != summary.orphanBytes()) {
            throw new IllegalStateException("Orphans handed out total " + bytes + " bytes but the summary says "
                    + summary.orphanBytes());
        }
        return summary;
    }

    private record TimedPass(SyntheticContentStore store, OrphanSweepSummary summary, Duration elapsed,
                             long longLivedPeakGrowthBytes) {
    }
}
