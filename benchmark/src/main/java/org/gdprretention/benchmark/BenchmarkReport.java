package org.gdprretention.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.gdprretention.benchmark.ReportOptions.Part;
import org.gdprretention.benchmark.expiry.ExpiryComparison;
import org.gdprretention.benchmark.expiry.ExpirySection;
import org.gdprretention.benchmark.expiry.JmhSettings;
import org.gdprretention.benchmark.filesystem.FilesystemSection;
import org.gdprretention.benchmark.filesystem.FilesystemSweepResult;
import org.gdprretention.benchmark.orphans.OrphanMergeResult;
import org.gdprretention.benchmark.orphans.OrphanSection;
import org.gdprretention.core.InvalidRetentionInputException;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The engine's performance report (the targets of issues 2 and 4), run by hand: {@code java -jar benchmark/target/benchmarks.jar}.
 * It states the figures and whether they meet the targets; it never fails a build.
 */
public final class BenchmarkReport {

    private static final int EXIT_BAD_ARGUMENTS = 2;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        // The report is this program's output, not a log: it goes to standard output unadorned.
        PrintStream out = System.out;
        ReportOptions options;
        try {
            options = ReportOptions.parse(args);
        } catch (InvalidRetentionInputException e) {
            System.err.println(e.getMessage());
            System.err.println(ReportOptions.USAGE);
            System.exit(EXIT_BAD_ARGUMENTS);
            return;
        }
        if (options.help()) {
            out.println(ReportOptions.USAGE);
            return;
        }
        run(options, out);
    }

    /** Runs the chosen parts and prints them; returns one line per target with its verdict. */
    public static List<String> run(ReportOptions options, PrintStream out) throws RunnerException {
        out.println("GDPR Retention engine benchmark" + (options.quick() ? " (quick smoke run, not for the README)" : ""));
        Environment.current().print(out);
        List<String> verdicts = new ArrayList<>();
        if (options.runs(Part.EXPIRY)) {
            ExpiryComparison comparison = ExpirySection.run(out,
                    options.quick() ? JmhSettings.QUICK : JmhSettings.FULL, options.verbose());
            verdicts.add("expiry + status >= " + Figures.ratio(ExpiryComparison.TARGET_RATIO) + " x bare loop: "
                    + Figures.verdict(comparison.meetsTarget()) + " (" + Figures.ratio(comparison.ratio())
                    + (comparison.noisy() ? "; NOISY, run again on a quiet machine" : "") + ")");
        }
        if (options.runs(Part.ORPHANS)) {
            List<OrphanMergeResult> results = OrphanSection.run(out,
                    options.quick() ? OrphanSection.QUICK_SIZES : OrphanSection.FULL_SIZES);
            long worst = results.stream().mapToLong(OrphanMergeResult::liveGrowthBytes).max().orElse(0);
            boolean passed = results.stream().allMatch(r -> r.meetsTarget() && r.countsMatch());
            verdicts.add("orphan merge live heap growth < " + Figures.mib(OrphanMergeResult.TARGET_GROWTH_BYTES)
                    + " at every size, counts correct: " + Figures.verdict(passed) + " (worst " + Figures.bytes(worst)
                    + ")");
        }
        if (options.runs(Part.FILESYSTEM)) {
            List<FilesystemSweepResult> results = FilesystemSection.run(out, FilesystemSection.treeDirectory(),
                    options.quick() ? FilesystemSection.QUICK_SIZES : FilesystemSection.FULL_SIZES);
            FilesystemSweepResult largest = results.get(results.size() - 1);
            long worst = results.stream().mapToLong(FilesystemSweepResult::liveGrowthBytes).max().orElse(0);
            verdicts.add("filesystem sweep planning <= " + Figures.ratio(FilesystemSweepResult.TARGET_RATIO)
                    + " x find | sort at " + Figures.count(largest.files()) + " files: "
                    + Figures.verdict(largest.meetsTimeTarget() && largest.countsMatch()) + " ("
                    + Figures.ratio(largest.ratio()) + ")");
            verdicts.add("filesystem sweep live heap growth < " + Figures.mib(FilesystemSweepResult.TARGET_GROWTH_BYTES)
                    + " at every size: " + Figures.verdict(results.stream().allMatch(FilesystemSweepResult::meetsHeapTarget))
                    + " (worst " + Figures.bytes(worst) + ")");
        }
        out.println();
        out.println("Targets");
        verdicts.forEach(line -> out.println("  " + line));
        return verdicts;
    }
}
