package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gdprretention.benchmark.pairs.PairedRatio;
import org.junit.jupiter.api.Test;

class ExpiryComparisonTest {

    @Test
    void theMedianPairRatioIsJudgedAgainstPointEight() {
        ExpiryComparison passing = new ExpiryComparison(new PairedRatio(new double[] {8, 9, 7}, new double[] {10, 10, 10}));
        ExpiryComparison failing = new ExpiryComparison(new PairedRatio(new double[] {7.9, 9, 7}, new double[] {10, 10, 10}));

        assertThat(passing.ratio()).isEqualTo(0.8);
        assertThat(passing.meetsTarget()).isTrue();
        assertThat(failing.ratio()).isEqualTo(0.79);
        assertThat(failing.meetsTarget()).isFalse();
    }

    @Test
    void aWideSpreadOfPairRatiosIsNoisy() {
        assertThat(new ExpiryComparison(new PairedRatio(new double[] {8, 8, 8}, new double[] {10, 10, 10})).noisy())
                .isFalse();
        assertThat(new ExpiryComparison(new PairedRatio(new double[] {6, 8, 10}, new double[] {10, 10, 10})).noisy())
                .isTrue();
    }

    @Test
    void theTableShowsMedianRatesTheRatioItsSpreadAndTheVerdict() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ExpiryComparison comparison = new ExpiryComparison(new PairedRatio(
                new double[] {12_000_000, 12_345_678, 20_000_000}, new double[] {30_000_000, 30_000_000, 30_000_000}));

        ExpirySection.printComparison(new PrintStream(buffer, true, StandardCharsets.UTF_8), comparison);

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("12,345,678", "30,000,000", "0.41", "target >= 0.80", "FAIL", "0.40 - 0.67",
                "median of 3 pairs", "NOISY");
    }

    @Test
    void theLocalDateReadingIsPrintedWithItsRatioButNoVerdict() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ExpirySection.printAsDate(new PrintStream(buffer, true, StandardCharsets.UTF_8), new PairedRatio(
                new double[] {27_000_000, 21_000_000, 24_000_000}, new double[] {30_000_000, 30_000_000, 30_000_000}));

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("read as a LocalDate", "24,000,000", "0.80", "no target", "0.70 - 0.90")
                .doesNotContain("PASS").doesNotContain("FAIL");
    }

    @Test
    void checksumsThatDifferAreCalledWrong() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        ExpirySection.printChecksums(out, 42, 42, 42);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("AGREE").doesNotContain("DIFFER");

        ExpirySection.printChecksums(out, 42, 42, 43);
        ExpirySection.printChecksums(out, 42, 43, 42);
        ExpirySection.printChecksums(out, 43, 42, 42);

        assertThat(buffer.toString(StandardCharsets.UTF_8).split("WRONG", -1)).hasSize(4);
    }
}
