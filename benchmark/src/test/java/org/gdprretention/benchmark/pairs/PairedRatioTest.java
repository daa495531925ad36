package org.gdprretention.benchmark.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedRatioTest {

    @Test
    void eachPairIsDividedOnItsOwnAndTheMedianIsTaken() {
        // The halves' own medians (6 and 10) would give 0.6; the pairs' ratios are 0.5, 0.9 and 0.8.
        PairedRatio pairs = new PairedRatio(new double[] {5, 9, 6}, new double[] {10, 10, 7.5});

        assertThat(pairs.ratios()).containsExactly(0.5, 0.9, 0.8);
        assertThat(pairs.medianRatio()).isEqualTo(0.8);
        assertThat(pairs.minRatio()).isEqualTo(0.5);
        assertThat(pairs.maxRatio()).isEqualTo(0.9);
        assertThat(pairs.medianEngineRate()).isEqualTo(6);
        assertThat(pairs.medianBaselineRate()).isEqualTo(10);
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        PairedRatio pairs = new PairedRatio(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1});

        assertThat(pairs.medianRatio()).isEqualTo(2.5);
        assertThat(pairs.lowerQuartileRatio()).isEqualTo(1.75);
        assertThat(pairs.upperQuartileRatio()).isEqualTo(3.25);
        assertThat(pairs.relativeSpread()).isCloseTo(1.5 / 2.5, within(1e-12));
    }

    @Test
    void unevenOrNoPairsAreRefused() {
        assertThatThrownBy(() -> new PairedRatio(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairedRatio(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
