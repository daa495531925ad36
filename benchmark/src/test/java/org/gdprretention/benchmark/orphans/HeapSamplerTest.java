package org.gdprretention.benchmark.orphans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapSamplerTest {

    private static final int MIB = 1024 * 1024;

    // Proves the instrument can see growth, so that the report's near-zero figures mean something.
    @Test
    void memoryRetainedDuringTheWorkShowsAsLiveGrowth() {
        HeapSampler sampler = new HeapSampler();
        sampler.start();

        List<byte[]> retained = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            retained.add(new byte[MIB]);
        }
        sampler.sample();

        assertThat(retained).hasSize(32);
        assertThat(sampler.samples()).isEqualTo(1);
        assertThat(sampler.liveGrowthBytes()).isBetween(30L * MIB, 40L * MIB);
    }

    @Test
    void garbageMadeDuringTheWorkDoesNotShowAsLiveGrowth() {
        HeapSampler sampler = new HeapSampler();
        sampler.start();

        long checksum = 0;
        for (int i = 0; i < 64; i++) {
            byte[] garbage = new byte[MIB];
            garbage[i] = 1;
            checksum += garbage[i];
        }
        sampler.sample();

        assertThat(checksum).isEqualTo(64);
        assertThat(sampler.liveGrowthBytes()).isLessThan(4L * MIB);
    }
}
