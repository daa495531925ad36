package org.gdprretention.benchmark.overview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.gdprretention.benchmark.Figures;
import org.gdprretention.benchmark.expiry.DocumentMix;
import org.gdprretention.benchmark.expiry.ExpiryPasses;
import org.gdprretention.benchmark.orphans.HeapSampler;
import org.gdprretention.benchmark.pairs.InterleavedPairs;
import org.gdprretention.benchmark.pairs.PairSettings;
import org.gdprretention.benchmark.pairs.PairedRatio;
import org.gdprretention.core.overview.CsvExport;
import org.gdprretention.core.overview.OverviewRow;

/**
 * Part 5 of the report (issue 11): the overview's CSV export of a million rows through the engine's
 * {@link CsvExport} against a bare {@code BufferedWriter} loop, with the live heap a streamed export holds; and the
 * overview's engine-side evaluation (status, label, filters) of a million documents against the bare expiry loop.
 */
public final class OverviewSection {

    public static final int DOCUMENTS = 1_000_000;
    public static final int QUICK_DOCUMENTS = 100_000;
    public static final double CSV_TARGET_RATIO = 0.5;
    public static final long TARGET_GROWTH_BYTES = 64L * 1024 * 1024;
    /** The issue sets no figure for the evaluation; this floor says when it fell far behind part 1's engine. */
    public static final double EVALUATION_TARGET_RATIO = 0.3;
    static final int SAMPLES = 16;

    private OverviewSection() {
    }

    /** The measured figures. */
    public record Result(PairedRatio csv, long csvLiveGrowthBytes, PairedRatio evaluation, long matching,
                         long documents) {

        public boolean meetsCsvRatio() {
            return csv.medianRatio() >= CSV_TARGET_RATIO;
        }

        public boolean meetsHeap() {
            return csvLiveGrowthBytes < TARGET_GROWTH_BYTES;
        }

        public boolean meetsEvaluationRatio() {
            return evaluation.medianRatio() >= EVALUATION_TARGET_RATIO;
        }
    }

    public static Result run(PrintStream out, int documents, PairSettings settings) {
        out.println();
        out.println("5. The overview: CSV export and engine-side evaluation of " + Figures.count(documents)
                + " documents");
        out.println("  " + settings.describe());
        out.println("  csv: CsvExport.write into a BufferedWriter (UTF-8, bytes discarded); bare = the same writer,"
                + " each field's text with commas, no guard or quoting");
        out.println("  evaluation: status now + label (nl) + row + filter (EXPIRING or EXPIRED, text \"a\");"
                + " bare = part 1's LocalDate.plus(Period) loop");
        out.flush();
        long liveGrowth = streamedLiveGrowth(documents);
        DocumentMix mix = DocumentMix.generate(documents, DocumentMix.DEFAULT_SEED);
        OverviewRow[] rows = OverviewRows.all(mix, DocumentMix.REFERENCE_NOW);
        PairedRatio csv = InterleavedPairs.measure(CsvPasses.export(rows), CsvPasses.bare(rows), documents, settings,
                pair -> { });
        rows = null;
        PairedRatio evaluation = InterleavedPairs.measure(OverviewPasses.engine(mix, DocumentMix.REFERENCE_NOW),
                ExpiryPasses.bare(mix), documents, settings, pair -> { });
        Result result = new Result(csv, liveGrowth, evaluation,
                OverviewPasses.matching(mix, DocumentMix.REFERENCE_NOW), documents);
        print(out, result);
        return result;
    }

    // An untimed export of rows built one at a time, with live-heap readings: what the export holds on to.
    static long streamedLiveGrowth(int documents) {
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        try (Writer writer = CsvPasses.discarding()) {
            CsvExport.write(writer, sampler.sampleEvery(Math.max(1, documents / SAMPLES),
                    OverviewRows.stream(documents, DocumentMix.DEFAULT_SEED, DocumentMix.REFERENCE_NOW)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sampler.sample();
        return sampler.liveGrowthBytes();
    }

    static void print(PrintStream out, Result result) {
        PairedRatio csv = result.csv();
        PairedRatio evaluation = result.evaluation();
        out.println();
        out.printf(Locale.ROOT, "  %-44s %16s%n", "csv rows/s (median of " + csv.pairs() + " pairs)",
                Figures.count(csv.medianEngineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "bare BufferedWriter rows/s", Figures.count(csv.medianBaselineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s   target >= %s   %s%n", "ratio csv / bare (median of pairs)",
                Figures.ratio(csv.medianRatio()), Figures.ratio(CSV_TARGET_RATIO), Figures.verdict(result.meetsCsvRatio()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "pair ratios: quartiles, min - max", spread(csv));
        out.printf(Locale.ROOT, "  %-44s %16s   target < %s   %s%n", "live heap growth, streamed export (" + SAMPLES
                + " readings)", Figures.bytes(result.csvLiveGrowthBytes()), Figures.mib(TARGET_GROWTH_BYTES),
                Figures.verdict(result.meetsHeap()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "rows kept by the filter", Figures.count(result.matching()) + " of "
                + Figures.count(result.documents()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "evaluated rows/s (median of " + evaluation.pairs() + " pairs)",
                Figures.count(evaluation.medianEngineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "bare expiry loop documents/s",
                Figures.count(evaluation.medianBaselineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s   target >= %s   %s%n", "ratio evaluation / bare (median of pairs)",
                Figures.ratio(evaluation.medianRatio()), Figures.ratio(EVALUATION_TARGET_RATIO),
                Figures.verdict(result.meetsEvaluationRatio()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "pair ratios: quartiles, min - max", spread(evaluation));
    }

    private static String spread(PairedRatio pairs) {
        return Figures.ratio(pairs.lowerQuartileRatio()) + " - " + Figures.ratio(pairs.upperQuartileRatio()) + ", "
                + Figures.ratio(pairs.minRatio()) + " - " + Figures.ratio(pairs.maxRatio());
    }
}
