package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExpiryComparisonTest {

    @Test
    void halfTheBareThroughputMeetsTheTarget() {
        ExpiryComparison comparison = comparison(5_000_000, 10_000_000);

        assertThat(comparison.ratio()).isEqualTo(0.5);
        assertThat(comparison.meetsTarget()).isTrue();
    }

    @Test
    void lessThanHalfFails() {
        assertThat(comparison(4_990_000, 10_000_000).meetsTarget()).isFalse();
    }

    @Test
    void theTableShowsBothThroughputsTheRatioAndTheVerdict() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ExpiryComparison comparison = new ExpiryComparison(new Throughput(12_345_678, 234_567),
                new Throughput(30_000_000, Double.NaN));

        ExpirySection.printComparison(new PrintStream(buffer, true, StandardCharsets.UTF_8), comparison);

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("12,345,678", "234,567", "30,000,000", "n/a", "0.41", "target >= 0.50", "FAIL");
        assertThat(printed).contains("NOISY");
    }

    @Test
    void errorMarginsWithinTenPercentAreNotNoisyAndWiderOnesAre() {
        assertThat(new ExpiryComparison(new Throughput(10_000_000, 1_000_000), new Throughput(20_000_000, 500_000))
                .noisy()).isFalse();
        assertThat(new ExpiryComparison(new Throughput(10_000_000, 1_000_001), new Throughput(20_000_000, 500_000))
                .noisy()).isTrue();
        assertThat(new ExpiryComparison(new Throughput(10_000_000, 100), new Throughput(20_000_000, 2_000_001))
                .noisy()).isTrue();
    }

    @Test
    void aQuietComparisonPrintsNoNoiseWarning() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ExpirySection.printComparison(new PrintStream(buffer, true, StandardCharsets.UTF_8),
                new ExpiryComparison(new Throughput(20_000_000, 100_000), new Throughput(30_000_000, 200_000)));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("0.67", "PASS").doesNotContain("NOISY");
    }

    private static ExpiryComparison comparison(double engine, double bare) {
        return new ExpiryComparison(new Throughput(engine, 1), new Throughput(bare, 1));
    }
}
