package org.gdprretention.benchmark.filesystem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.gdprretention.benchmark.orphans.HeapSampler;
import org.gdprretention.benchmark.orphans.OrphanMergeMeasurement;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.sweep.FileContentStoreWalker;
import org.gdprretention.core.sweep.OrphanPlanner;
import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.gdprretention.core.sweep.StoredBinary;

/**
 * Times the planning pass of the filesystem sweep (the walker feeding the orphan planner, the referenced side
 * streamed from disk) against {@code find | sort} on the same tree, each run {@value #RUNS} times alternating with
 * the best kept (the first run of each warms the page cache; on a shared machine the best of several runs is the
 * one least disturbed by other processes, for both sides alike), and then measures the pass's live heap growth in
 * one more, untimed pass with readings at even intervals. Before any of it, one untimed pass over the largest tree warms the JIT.
 */
public final class FilesystemSweepMeasurement {

    static final int RUNS = 5;

    private final OrphanPlanner planner = new OrphanPlanner(StoreLayoutTree.PROTECT_WINDOW);
    private final Path parent;
    private final int samplesPerRun;

    public FilesystemSweepMeasurement(Path parent, int samplesPerRun) {
        if (samplesPerRun < 1) {
            throw new InvalidRetentionInputException("samplesPerRun", samplesPerRun, "must be at least 1");
        }
        this.parent = parent;
        this.samplesPerRun = samplesPerRun;
    }

    public List<FilesystemSweepResult> measure(List<Integer> sizes) {
        List<StoreLayoutTree> trees = sizes.stream().map(size -> StoreLayoutTree.prepare(parent, size)).toList();
        // one untimed pass over the largest tree first, so that no size is timed with a cold JIT
        plan(trees.stream().max(Comparator.comparingInt(StoreLayoutTree::files)).orElseThrow(), null, 0);
        List<FilesystemSweepResult> results = new ArrayList<>();
        for (StoreLayoutTree tree : trees) {
            results.add(measure(tree));
        }
        return results;
    }

    FilesystemSweepResult measure(StoreLayoutTree tree) {
        Duration bestFind = null;
        Duration bestPlanning = null;
        OrphanSweepSummary summary = null;
        for (int run = 0; run < RUNS; run++) {
            Duration find = FindSortBaseline.time(tree.root());
            bestFind = bestFind == null || find.compareTo(bestFind) < 0 ? find : bestFind;
            long start = System.nanoTime();
            summary = plan(tree, null, 0);
            Duration planning = Duration.ofNanos(System.nanoTime() - start);
            bestPlanning = bestPlanning == null || planning.compareTo(bestPlanning) < 0 ? planning : bestPlanning;
        }
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        OrphanSweepSummary sampled = plan(tree, sampler, Math.max(1, tree.files() / samplesPerRun));
        if (!sampled.equals(summary)) {
            throw new IllegalStateException("The sampled pass saw " + sampled + " but the timed pass " + summary);
        }
        return new FilesystemSweepResult(tree.files(), summary, tree.expected(), bestPlanning, bestFind,
                sampler.liveGrowthBytes());
    }

    // Consumes every orphan as the deleting pass would, keeping none.
    private OrphanSweepSummary plan(StoreLayoutTree tree, HeapSampler sampler, int interval) {
        Iterator<StoredBinary> stored = new FileContentStoreWalker(tree.root()).walk();
        if (sampler != null) {
            stored = sampler.sampleEvery(interval, stored);
        }
        try (ReferencedUrls referenced = new ReferencedUrls(tree.referencedList())) {
            return OrphanMergeMeasurement.drain(planner.orphans(stored, referenced, StoreLayoutTree.NOW));
        }
    }
}
