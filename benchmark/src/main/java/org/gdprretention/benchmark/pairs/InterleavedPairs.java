package org.gdprretention.benchmark.pairs;

import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures an engine pass against a baseline pass as interleaved pairs: engine, baseline, engine, baseline, ...
 * A pass processes a fixed number of items and hands every result to a {@link Blackhole}, so the JIT cannot drop
 * the work; the passes themselves are plain Java, run in this JVM.
 */
public final class InterleavedPairs {

    // JMH refuses to hand out a Blackhole outside its own harness unless the caller acknowledges the risk (that a
    // misused Blackhole measures nothing); here each pass consumes every result, as inside JMH.
    private static final String BLACKHOLE_CONSENT =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";
    private static final String BLACKHOLE_CONSENT_EVAPORATE =
            "Yes, I am Stephen Hawking, and know a thing or two about black holes.";

    private InterleavedPairs() {
    }

    /** One pass over {@code items} items, every result into the blackhole. */
    public interface Pass {
        void run(Blackhole blackhole);
    }

    /**
     * Warms both passes up, then measures {@code settings.pairs()} pairs; {@code afterPair} receives each pair's
     * index once it is measured (for progress output).
     */
    public static PairedRatio measure(Pass engine, Pass baseline, int items, PairSettings settings,
                                      IntConsumer afterPair) {
        return measure(engine, baseline, items, settings, afterPair, System::nanoTime);
    }

    /**
     * As {@link #measure(Pass, Pass, int, PairSettings, IntConsumer)} with the clock given: tests drive it with a
     * clock the passes advance, so the pairing and the arithmetic are checked without depending on the machine's load.
     */
    static PairedRatio measure(Pass engine, Pass baseline, int items, PairSettings settings, IntConsumer afterPair,
                               LongSupplier nanoClock) {
        Blackhole blackhole = new Blackhole(BLACKHOLE_CONSENT);
        long warmupEnd = nanoClock.getAsLong() + settings.warmupSeconds() * 1_000_000_000L;
        long slowestPass = 1;
        do {
            slowestPass = Math.max(slowestPass, Math.min(timed(engine, blackhole, 1, nanoClock),
                    timed(baseline, blackhole, 1, nanoClock)));
        } while (nanoClock.getAsLong() < warmupEnd);
        int passesPerHalf = (int) Math.max(1, settings.halfMillis() * 1_000_000L / slowestPass);
        double[] engineRates = new double[settings.pairs()];
        double[] baselineRates = new double[settings.pairs()];
        double itemsPerHalf = (double) items * passesPerHalf;
        for (int pair = 0; pair < settings.pairs(); pair++) {
            engineRates[pair] = itemsPerHalf * 1e9 / timed(engine, blackhole, passesPerHalf, nanoClock);
            baselineRates[pair] = itemsPerHalf * 1e9 / timed(baseline, blackhole, passesPerHalf, nanoClock);
            afterPair.accept(pair);
        }
        blackhole.evaporate(BLACKHOLE_CONSENT_EVAPORATE);
        return new PairedRatio(engineRates, baselineRates);
    }

    private static long timed(Pass pass, Blackhole blackhole, int times, LongSupplier nanoClock) {
        long start = nanoClock.getAsLong();
        for (int i = 0; i < times; i++) {
            pass.run(blackhole);
        }
        return Math.max(1, nanoClock.getAsLong() - start);
    }
}
