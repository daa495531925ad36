package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JmhSettingsTest {

    @Test
    void theFullRunEstimateCountsEveryIterationOfBothBenchmarks() {
        assertThat(JmhSettings.FULL.estimatedSeconds(2)).isEqualTo(2 * (4 * 2 + 10 * 2 + 8));
        assertThat(JmhSettings.QUICK.estimatedSeconds(2)).isLessThan(JmhSettings.FULL.estimatedSeconds(2));
    }

    @Test
    void theDescriptionStatesTheForksHeapAndIterations() {
        assertThat(JmhSettings.FULL.describe())
                .isEqualTo("JMH, 1 fork -Xms1g -Xmx1g -XX:+AlwaysPreTouch, warm-up 4 x 2 s, measured 10 x 2 s");
    }
}
