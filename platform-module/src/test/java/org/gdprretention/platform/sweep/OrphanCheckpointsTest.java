package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrphanCheckpointsTest {

    @Test
    void countsUpToTheEndOfTheCountingBatchThatReachedTheUrl() {
        OrphanCheckpoints checkpoints = new OrphanCheckpoints();
        for (int batch = 1; batch <= 40; batch++) {
            checkpoints.record(String.format("store://2025/1/1/0/0/%03d.bin", batch * 10), batch * 3L);
        }

        assertThat(checkpoints.countedThrough("store://2025/1/1/0/0/005.bin")).isEqualTo(3);
        assertThat(checkpoints.countedThrough("store://2025/1/1/0/0/010.bin")).isEqualTo(3);
        assertThat(checkpoints.countedThrough("store://2025/1/1/0/0/011.bin")).isEqualTo(6);
        assertThat(checkpoints.countedThrough("store://2025/1/1/0/0/400.bin")).isEqualTo(120);
        assertThat(checkpoints.countedThrough("store://2026/1/1/0/0/a.bin")).as("past the end: all").isEqualTo(120);
        assertThat(new OrphanCheckpoints().countedThrough("store://x")).isZero();
    }

    @Test
    void notablyMoreIsMoreThanAHundredOrMoreThanATenthMoreWhicheverComesFirst() {
        assertThat(OrphanCheckpoints.notablyMore(0, 0)).isFalse();
        assertThat(OrphanCheckpoints.notablyMore(1, 0)).as("none counted: any one more").isTrue();
        assertThat(OrphanCheckpoints.notablyMore(10, 10)).isFalse();
        assertThat(OrphanCheckpoints.notablyMore(5, 10)).as("fewer is never notable").isFalse();
        assertThat(OrphanCheckpoints.notablyMore(110, 100)).isFalse();
        assertThat(OrphanCheckpoints.notablyMore(111, 100)).isTrue();
        assertThat(OrphanCheckpoints.notablyMore(100_100, 100_000)).isFalse();
        assertThat(OrphanCheckpoints.notablyMore(100_101, 100_000)).isTrue();
    }
}
