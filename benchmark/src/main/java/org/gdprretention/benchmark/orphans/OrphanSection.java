package org.gdprretention.benchmark.orphans;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.gdprretention.benchmark.Figures;

/** Part 2 of the report: the orphan merge's time and heap growth at growing sizes. */
public final class OrphanSection {

    public static final List<Integer> FULL_SIZES = List.of(1_000_000, 2_000_000, 4_000_000, 8_000_000);
    public static final List<Integer> QUICK_SIZES = List.of(100_000, 200_000, 400_000);
    public static final int SAMPLES_PER_RUN = 16;

    private static final String ROW = "  %-24s %10s %7s %9s %12s %12s %7s %16s%n";

    private OrphanSection() {
    }

    public static List<OrphanMergeResult> run(PrintStream out, List<Integer> sizes) {
        out.println();
        out.println("2. Orphan merge: N stored binaries x N referenced content URLs, both sorted, generated lazily");
        out.println("  half the stored binaries referenced, 1 reference in 16 a shared copy, 1 binary in 10 inside the "
                + SyntheticContentStore.PROTECT_WINDOW.toDays() + "-day protect window");
        out.println("  live growth = largest live heap (read after a full GC, " + SAMPLES_PER_RUN
                + " times during a second, untimed merge) minus the live heap before it; target < "
                + Figures.mib(OrphanMergeResult.TARGET_GROWTH_BYTES));
        out.println("  old-gen peak = peak growth of the long-lived heap pools during the timed merge (no forced GC there);"
                + " the largest size is merged once first, untimed, to warm up");
        if (HeapSampler.explicitGcDisabled()) {
            out.println("  WARNING: this JVM ignores or defers System.gc(), so live growth includes garbage;"
                    + " run without -XX:+DisableExplicitGC / -XX:+ExplicitGCInvokesConcurrent");
        }
        out.flush();
        List<OrphanMergeResult> results = new OrphanMergeMeasurement(SAMPLES_PER_RUN).measure(sizes);
        out.println();
        out.printf(Locale.ROOT, ROW, "stored x referenced", "orphans", "counts", "time", "entries/s", "live growth",
                "verdict", "old-gen peak");
        results.forEach(result -> printRow(out, result));
        return results;
    }

    static void printRow(PrintStream out, OrphanMergeResult result) {
        out.printf(Locale.ROOT, ROW,
                Figures.count(result.size()) + " x " + Figures.count(result.size()),
                Figures.count(result.summary().orphans()),
                result.countsMatch() ? "OK" : "WRONG",
                Figures.millis(result.elapsed()),
                Figures.count(result.entriesPerSecond()),
                Figures.bytes(result.liveGrowthBytes()),
                Figures.verdict(result.meetsTarget() && result.countsMatch()),
                Figures.bytes(result.longLivedPeakGrowthBytes()));
        if (!result.countsMatch()) {
            out.println("    expected " + result.expected() + " but the merge reported " + result.summary());
        }
    }
}
