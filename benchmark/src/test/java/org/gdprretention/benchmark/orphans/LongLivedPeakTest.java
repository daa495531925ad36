package org.gdprretention.benchmark.orphans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongLivedPeakTest {

    private static final int MIB = 1024 * 1024;

    // A full collection moves survivors into the long-lived pools, where the peak must see them.
    @Test
    void memoryThatSurvivesACollectionShowsAsLongLivedGrowth() {
        LongLivedPeak peak = new LongLivedPeak();
        System.gc();
        peak.start();

        List<byte[]> retained = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            retained.add(new byte[MIB]);
        }
        System.gc();

        assertThat(retained).hasSize(32);
        assertThat(peak.growthBytes()).isGreaterThanOrEqualTo(30L * MIB);
    }
}
