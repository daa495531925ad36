package org.gdprretention.benchmark.expiry;

import java.io.PrintStream;
import java.util.Locale;
import org.gdprretention.benchmark.Figures;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.openjdk.jmh.runner.RunnerException;

/** Part 1 of the report: engine throughput against the bare date addition, with the mix it ran over. */
public final class ExpirySection {

    private static final String ROW = "  %-44s %16s %16s%n";

    private ExpirySection() {
    }

    public static ExpiryComparison run(PrintStream out, JmhSettings settings, boolean showJmhOutput)
            throws RunnerException {
        printHeading(out, settings, MixCensus.of(DocumentMix.generate(ExpiryBenchmark.DOCUMENTS,
                DocumentMix.DEFAULT_SEED), DocumentMix.REFERENCE_NOW));
        out.println("  (running JMH in a forked JVM, about " + settings.estimatedSeconds(2) + " s)");
        out.flush();
        ExpiryComparison comparison = ExpiryThroughputRunner.run(settings, showJmhOutput);
        printComparison(out, comparison);
        return comparison;
    }

    static void printHeading(PrintStream out, JmhSettings settings, MixCensus census) {
        out.println();
        out.println("1. Expiry + status evaluation over " + Figures.count(census.documents())
                + " generated documents");
        out.println("  " + settings.describe());
        out.println("  mix of the " + DefaultRetentionTypes.netherlands().size() + " default types at "
                + DocumentMix.REFERENCE_NOW + ": " + census.describe());
    }

    public static void printComparison(PrintStream out, ExpiryComparison comparison) {
        out.println();
        out.printf(Locale.ROOT, ROW, "measured", "documents/s", "± (99.9%)");
        out.printf(Locale.ROOT, ROW, "engine: ExpiryCalculator + status (Moment)",
                Figures.count(comparison.engine().documentsPerSecond()), error(comparison.engine()));
        out.printf(Locale.ROOT, ROW, "bare: LocalDate.plus(Period)",
                Figures.count(comparison.bare().documentsPerSecond()), error(comparison.bare()));
        out.printf(Locale.ROOT, "  %-44s %16s   target >= %s   %s%n", "ratio engine / bare",
                Figures.ratio(comparison.ratio()), Figures.ratio(ExpiryComparison.TARGET_RATIO),
                Figures.verdict(comparison.meetsTarget()));
        if (comparison.noisy()) {
            out.printf(Locale.ROOT, "  NOISY: an error margin exceeds %.0f%% of its score; other load on the machine "
                    + "distorts the ratio, run again on a quiet machine%n", Throughput.NOISY_RELATIVE_ERROR * 100);
        }
    }

    private static String error(Throughput throughput) {
        return Double.isNaN(throughput.error()) ? "n/a" : Figures.count(throughput.error());
    }
}
