package org.gdprretention.benchmark.consent;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.gdprretention.benchmark.Figures;
import org.gdprretention.benchmark.orphans.HeapSampler;
import org.gdprretention.benchmark.pairs.InterleavedPairs;
import org.gdprretention.benchmark.pairs.PairSettings;
import org.gdprretention.benchmark.pairs.PairedRatio;
import org.gdprretention.core.consent.ConsentCandidate;
import org.gdprretention.core.consent.ConsentPlanner;

/** Part 4 of the report: consent planning over a million documents, its speed and the heap a stream needs. */
public final class ConsentSection {

    public static final int DOCUMENTS = 1_000_000;
    public static final int QUICK_DOCUMENTS = 100_000;
    public static final double TARGET_RATIO = 0.3;
    public static final long TARGET_GROWTH_BYTES = 64L * 1024 * 1024;
    static final int SAMPLES = 16;

    private ConsentSection() {
    }

    /** The measured ratio and the live growth of the streamed pass. */
    public record Result(PairedRatio pairs, long liveGrowthBytes, long requests, long exclusions) {

        public boolean meetsRatio() {
            return pairs.medianRatio() >= TARGET_RATIO;
        }

        public boolean meetsHeap() {
            return liveGrowthBytes < TARGET_GROWTH_BYTES;
        }
    }

    public static Result run(PrintStream out, int documents, PairSettings settings) {
        out.println();
        out.println("4. Consent planning over " + Figures.count(documents) + " documents, "
                + ConsentStream.DOCUMENTS_PER_SUBJECT + " per subject, arriving sorted by subject");
        out.println("  " + settings.describe());
        out.println("  planner = ConsentPlanner.planGroupedBySubject; bare = per document, is it due (expiry - lead "
                + "days <= today)");
        out.flush();
        long liveGrowth = streamedLiveGrowth(documents);
        ConsentCandidate[] candidates = ConsentStream.generate(documents, ConsentStream.DEFAULT_SEED);
        LongAdder requests = new LongAdder();
        LongAdder exclusions = new LongAdder();
        ConsentPlanner.planGroupedBySubject(Arrays.asList(candidates).iterator(), ConsentStream.TODAY,
                request -> requests.increment(), exclusion -> exclusions.increment());
        PairedRatio pairs = InterleavedPairs.measure(ConsentPasses.planner(candidates, ConsentStream.TODAY),
                ConsentPasses.bare(candidates, ConsentStream.TODAY), documents, settings, pair -> { });
        Result result = new Result(pairs, liveGrowth, requests.sum(), exclusions.sum());
        print(out, result);
        return result;
    }

    // An untimed pass over the lazily generated stream with live-heap readings: what the planner holds on to.
    static long streamedLiveGrowth(int documents) {
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        ConsentPlanner.planGroupedBySubject(
                sampler.sampleEvery(Math.max(1, documents / SAMPLES), new ConsentStream(documents,
                        ConsentStream.DEFAULT_SEED)), ConsentStream.TODAY, request -> { }, exclusion -> { });
        sampler.sample();
        return sampler.liveGrowthBytes();
    }

    static void print(PrintStream out, Result result) {
        PairedRatio pairs = result.pairs();
        out.println();
        out.printf(Locale.ROOT, "  requests %s, exclusions %s%n", Figures.count(result.requests()),
                Figures.count(result.exclusions()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "planner documents/s (median of " + pairs.pairs() + " pairs)",
                Figures.count(pairs.medianEngineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "bare documents/s", Figures.count(pairs.medianBaselineRate()));
        out.printf(Locale.ROOT, "  %-44s %16s   target >= %s   %s%n", "ratio planner / bare (median of pairs)",
                Figures.ratio(pairs.medianRatio()), Figures.ratio(TARGET_RATIO), Figures.verdict(result.meetsRatio()));
        out.printf(Locale.ROOT, "  %-44s %16s%n", "pair ratios: quartiles, min - max",
                Figures.ratio(pairs.lowerQuartileRatio()) + " - " + Figures.ratio(pairs.upperQuartileRatio()) + ", "
                        + Figures.ratio(pairs.minRatio()) + " - " + Figures.ratio(pairs.maxRatio()));
        out.printf(Locale.ROOT, "  %-44s %16s   target < %s   %s%n", "live heap growth, streamed (" + SAMPLES
                + " readings)", Figures.bytes(result.liveGrowthBytes()), Figures.mib(TARGET_GROWTH_BYTES),
                Figures.verdict(result.meetsHeap()));
    }
}
