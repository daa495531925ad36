package org.gdprretention.benchmark.expiry;

import java.io.PrintStream;
import java.util.Locale;
import org.gdprretention.benchmark.Figures;
import org.gdprretention.benchmark.pairs.InterleavedPairs;
import org.gdprretention.benchmark.pairs.PairSettings;
import org.gdprretention.benchmark.pairs.PairedRatio;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.expiry.ExpiryCalculator;

/** Part 1 of the report: engine throughput against the bare date addition, with the mix it ran over. */
public final class ExpirySection {

    private static final String ROW = "  %-44s %16s%n";

    private ExpirySection() {
    }

    public static ExpiryComparison run(PrintStream out, PairSettings settings, boolean verbose) {
        DocumentMix mix = DocumentMix.generate(ExpiryBenchmark.DOCUMENTS, DocumentMix.DEFAULT_SEED);
        printHeading(out, settings, MixCensus.of(mix, DocumentMix.REFERENCE_NOW));
        printChecksums(out, ExpiryChecksum.ofEngine(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE),
                ExpiryChecksum.ofEngineIntoSink(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE),
                ExpiryChecksum.ofPlainRules(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE));
        out.println("  (measuring, about " + 2 * settings.estimatedSeconds() + " s)");
        out.flush();
        PairedRatio pairs = InterleavedPairs.measure(ExpiryPasses.engineIntoSink(mix, DocumentMix.REFERENCE_NOW),
                ExpiryPasses.bare(mix), mix.size(), settings, pair -> {
                    if (verbose) {
                        out.println("  pair " + (pair + 1) + " done");
                    }
                });
        ExpiryComparison comparison = new ExpiryComparison(pairs);
        printComparison(out, comparison);
        out.flush();
        // The timed pass hands each expiry on as its DateKey, which is how it spares the LocalDate the bare loop
        // allocates. A caller that wants the date as an object pays for it; the report measures that too, for the
        // record, without a target.
        PairedRatio asDate = InterleavedPairs.measure(ExpiryPasses.engineIntoSinkAsDate(mix, DocumentMix.REFERENCE_NOW),
                ExpiryPasses.bare(mix), mix.size(), settings, pair -> { });
        printAsDate(out, asDate);
        return comparison;
    }

    static void printAsDate(PrintStream out, PairedRatio asDate) {
        out.printf(Locale.ROOT, "  %-44s %16s%n", "for the record: each expiry read as a LocalDate",
                Figures.count(asDate.medianEngineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s   (no target; pairs %s - %s)%n", "ratio engine / bare (median of pairs)",
                Figures.ratio(asDate.medianRatio()), Figures.ratio(asDate.minRatio()),
                Figures.ratio(asDate.maxRatio()));
    }

    static void printHeading(PrintStream out, PairSettings settings, MixCensus census) {
        out.println();
        out.println("1. Expiry + status evaluation over " + Figures.count(census.documents())
                + " generated documents");
        out.println("  " + settings.describe());
        out.println("  mix of the " + DefaultRetentionTypes.netherlands().size() + " default types at "
                + DocumentMix.REFERENCE_NOW + ": " + census.describe());
    }

    // Both engine paths are checked: evaluate (a result object per document) and evaluateInto (the timed one).
    static void printChecksums(PrintStream out, long engine, long engineIntoSink, long plainRules) {
        boolean agree = engine == plainRules && engineIntoSink == plainRules;
        out.printf(Locale.ROOT, "  checksum of all results: engine %016x, engine into sink %016x, plain java.time "
                + "rules %016x  %s%n", engine, engineIntoSink, plainRules,
                agree ? "AGREE" : "DIFFER: the engine's results are WRONG");
    }

    public static void printComparison(PrintStream out, ExpiryComparison comparison) {
        PairedRatio pairs = comparison.pairs();
        out.println();
        out.printf(Locale.ROOT, ROW, "median of " + pairs.pairs() + " pairs", "documents/s");
        out.printf(Locale.ROOT, ROW, "engine: evaluateInto (expiry key + status)",
                Figures.count(pairs.medianEngineRate()));
        out.printf(Locale.ROOT, ROW, "bare: LocalDate.plus(Period)", Figures.count(pairs.medianBaselineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s   target >= %s   %s%n", "ratio engine / bare (median of pairs)",
                Figures.ratio(comparison.ratio()), Figures.ratio(ExpiryComparison.TARGET_RATIO),
                Figures.verdict(comparison.meetsTarget()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "pair ratios: quartiles, min - max",
                Figures.ratio(pairs.lowerQuartileRatio()) + " - " + Figures.ratio(pairs.upperQuartileRatio())
                        + ", " + Figures.ratio(pairs.minRatio()) + " - " + Figures.ratio(pairs.maxRatio()));
        if (comparison.noisy()) {
            out.printf(Locale.ROOT, "  NOISY: the middle half of the pair ratios spreads over more than %.0f%% of "
                    + "the median; other load on the machine distorts the ratio, run again on a quiet machine%n",
                    ExpiryComparison.NOISY_RELATIVE_SPREAD * 100);
        }
    }
}
