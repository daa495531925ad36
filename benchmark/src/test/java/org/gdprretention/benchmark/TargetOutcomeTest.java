package org.gdprretention.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetOutcomeTest {

    @Test
    void theWorseRatioIsTheLowerAndTheWorseGrowthTheHigher() {
        TargetOutcome fast = new TargetOutcome("ratio", 0.9, true, true, "0.90");
        TargetOutcome slow = new TargetOutcome("ratio", 0.85, true, true, "0.85");
        TargetOutcome small = new TargetOutcome("growth", 10, false, true, "10");
        TargetOutcome large = new TargetOutcome("growth", 20, false, true, "20");

        assertThat(fast.worse(slow)).isSameAs(slow);
        assertThat(slow.worse(fast)).isSameAs(slow);
        assertThat(small.worse(large)).isSameAs(large);
    }

    @Test
    void aFailureIsWorseThanAnyPass() {
        TargetOutcome failed = new TargetOutcome("ratio", 0.95, true, false, "0.95");
        TargetOutcome passed = new TargetOutcome("ratio", 0.81, true, true, "0.81");

        assertThat(passed.worse(failed)).isSameAs(failed);
        assertThat(failed.worse(passed).line()).isEqualTo("ratio: FAIL (0.95)");
    }

    @Test
    void betweenTwoFailuresTheWorseFigureIsKept() {
        TargetOutcome first = new TargetOutcome("ratio", 0.70, true, false, "0.70");
        TargetOutcome second = new TargetOutcome("ratio", 0.56, true, false, "0.56");
        TargetOutcome lowGrowth = new TargetOutcome("growth", 70, false, false, "70");
        TargetOutcome highGrowth = new TargetOutcome("growth", 90, false, false, "90");

        assertThat(first.worse(second)).isSameAs(second);
        assertThat(second.worse(first)).isSameAs(second);
        assertThat(lowGrowth.worse(highGrowth)).isSameAs(highGrowth);
    }
}
