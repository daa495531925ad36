package org.gdprretention.benchmark.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InterleavedPairsTest {

    /**
     * The passes advance a simulated clock instead of spinning on the real one, so the test checks the pairing and
     * the ratio arithmetic, not the machine's load (a spinning pass measured wrong ratios on a loaded 2-core machine).
     */
    @Test
    void passesAlternateAndAPassTwiceAsSlowHalvesTheRatio() {
        List<String> order = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        PairedRatio pairs = InterleavedPairs.measure(
                blackhole -> { order.add("engine"); clock.addAndGet(4_000_000); },
                blackhole -> { order.add("bare"); clock.addAndGet(2_000_000); },
                1_000, new PairSettings(0, 5, 1), pair -> order.add("pair"), clock::get);

        assertThat(pairs.pairs()).isEqualTo(5);
        // After the warm-up, each pair is one engine half then one baseline half.
        assertThat(String.join(",", order)).endsWith("engine,bare,pair,engine,bare,pair");
        assertThat(pairs.medianRatio()).isEqualTo(0.5);
    }

    @Test
    void aPairIsAsManyPassesAsFitTheHalfAfterTheWarmUpsSlowestPass() {
        AtomicLong clock = new AtomicLong();
        List<String> order = new ArrayList<>();
        InterleavedPairs.measure(
                blackhole -> { order.add("e"); clock.addAndGet(250_000); },
                blackhole -> { order.add("b"); clock.addAndGet(250_000); },
                10, new PairSettings(0, 1, 1), pair -> order.add("|"), clock::get);

        // Warm-up: one engine and one baseline pass of 0.25 ms; a 1 ms half then holds 4 passes.
        assertThat(String.join("", order)).isEqualTo("eb" + "eeee" + "bbbb" + "|");
    }
}
