package org.gdprretention.benchmark.filesystem;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gdprretention.benchmark.Figures;

/** Part 3 of the report: the filesystem sweep's planning pass against find | sort, with its heap growth. */
public final class FilesystemSection {

    public static final List<Integer> FULL_SIZES = List.of(50_000, 100_000, 200_000);
    public static final List<Integer> QUICK_SIZES = List.of(5_000, 10_000, 20_000);
    public static final int SAMPLES_PER_RUN = 16;

    private static final String ROW = "  %-9s %9s %7s %11s %11s %7s %12s %7s%n";

    private FilesystemSection() {
    }

    /** Where the trees are built: {@code <java.io.tmpdir>/gdpr-retention-benchmark}, kept between runs. */
    public static Path treeDirectory() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "gdpr-retention-benchmark");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /** The trees are built (once) under {@code parent}. */
    public static List<FilesystemSweepResult> run(PrintStream out, Path parent, List<Integer> sizes) {
        out.println();
        out.println("3. Filesystem sweep: walk a file content store tree (yyyy/M/d/H/m/<uuid>.bin) and merge it"
                + " with the sorted referenced URLs");
        out.println("  trees under " + parent + " (built once, reused); every 2nd file referenced (URL list streamed"
                + " from disk), 1 file in 10 inside the " + StoreLayoutTree.PROTECT_WINDOW.toHours()
                + "-hour protect window");
        out.println("  planning = FileContentStoreWalker + OrphanPlanner; baseline = find <root> -name '*.bin' | sort"
                + " (output discarded); after one untimed pass over the largest tree, each run "
                + FilesystemSweepMeasurement.RUNS + " times alternating, best kept;"
                + " target ratio <= "
                + Figures.ratio(FilesystemSweepResult.TARGET_RATIO));
        out.println("  live growth = largest live heap during one more, untimed pass (read after a full GC, "
                + SAMPLES_PER_RUN + " times) minus the live heap before it; target < "
                + Figures.mib(FilesystemSweepResult.TARGET_GROWTH_BYTES));
        out.flush();
        List<FilesystemSweepResult> results = new FilesystemSweepMeasurement(parent, SAMPLES_PER_RUN).measure(sizes);
        out.println();
        out.printf(Locale.ROOT, ROW, "files", "orphans", "counts", "planning", "find|sort", "ratio", "live growth",
                "verdict");
        results.forEach(result -> printRow(out, result));
        return results;
    }

    static void printRow(PrintStream out, FilesystemSweepResult result) {
        boolean passed = result.countsMatch() && result.meetsTimeTarget() && result.meetsHeapTarget();
        out.printf(Locale.ROOT, ROW,
                Figures.count(result.files()),
                Figures.count(result.summary().orphans()),
                result.countsMatch() ? "OK" : "WRONG",
                Figures.millis(result.planning()),
                Figures.millis(result.findSort()),
                Figures.ratio(result.ratio()),
                Figures.bytes(result.liveGrowthBytes()),
                Figures.verdict(passed));
        if (!result.countsMatch()) {
            out.println("    expected " + result.expected() + " but the planning pass reported " + result.summary());
        }
    }
}
