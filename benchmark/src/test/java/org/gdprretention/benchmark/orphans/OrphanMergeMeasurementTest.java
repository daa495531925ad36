package org.gdprretention.benchmark.orphans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;

class OrphanMergeMeasurementTest {

    @Test
    void aMeasuredMergeReportsTheGeneratedStoresCountsAndStaysFlat() {
        OrphanMergeResult result = new OrphanMergeMeasurement(8).measure(40_000);

        assertThat(result.summary()).isEqualTo(new SyntheticContentStore(40_000).expectedSummary());
        assertThat(result.countsMatch()).isTrue();
        assertThat(result.summary().complete()).isTrue();
        assertThat(result.summary().orphans()).isPositive();
        assertThat(result.samples()).isEqualTo(8);
        assertThat(result.elapsed()).isPositive();
        assertThat(result.entriesPerSecond()).isPositive();
        assertThat(result.liveGrowthBytes()).isLessThan(OrphanMergeResult.TARGET_GROWTH_BYTES);
        assertThat(result.meetsTarget()).isTrue();
    }

    @Test
    void fewerEntriesThanSamplesStillSamplesAtEveryEntry() {
        OrphanMergeResult result = new OrphanMergeMeasurement(16).measure(5);

        assertThat(result.samples()).isEqualTo(5);
        assertThat(result.countsMatch()).isTrue();
    }

    @Test
    void severalSizesAreReportedInTheOrderAsked() {
        List<OrphanMergeResult> results = new OrphanMergeMeasurement(4).measure(List.of(3_000, 1_000, 2_000));

        assertThat(results).extracting(OrphanMergeResult::size).containsExactly(3_000, 1_000, 2_000);
        assertThat(results).allMatch(OrphanMergeResult::countsMatch);
        assertThat(results).extracting(r -> r.summary().scanned()).containsExactly(3_000L, 1_000L, 2_000L);
    }

    @Test
    void noSizesAreRefusedNamingTheList() {
        assertThatThrownBy(() -> new OrphanMergeMeasurement(4).measure(List.of()))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid sizes '[]': must name at least one size");
    }

    @Test
    void samplesPerRunBelowOneIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> new OrphanMergeMeasurement(0))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid samplesPerRun '0': must be at least 1");
    }
}
