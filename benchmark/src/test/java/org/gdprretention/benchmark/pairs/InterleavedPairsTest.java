package org.gdprretention.benchmark.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavedPairsTest {

    @Test
    void passesAlternateAndAPassTwiceAsSlowHalvesTheRatio() {
        List<String> order = new ArrayList<>();
        PairedRatio pairs = InterleavedPairs.measure(
                blackhole -> { order.add("engine"); spin(4_000_000); },
                blackhole -> { order.add("bare"); spin(2_000_000); },
                1_000, new PairSettings(0, 5, 1), pair -> order.add("pair"));

        assertThat(pairs.pairs()).isEqualTo(5);
        // After the warm-up, each pair is one engine half then one baseline half.
        assertThat(String.join(",", order)).endsWith("engine,bare,pair,engine,bare,pair");
        assertThat(pairs.medianRatio()).isBetween(0.3, 0.7);
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
