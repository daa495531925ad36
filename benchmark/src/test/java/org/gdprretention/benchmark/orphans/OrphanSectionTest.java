package org.gdprretention.benchmark.orphans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.junit.jupiter.api.Test;

class OrphanSectionTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    @Test
    void eachSizeGetsARowWithItsOrphanCountAndVerdict() {
        List<OrphanMergeResult> results = OrphanSection.run(out, List.of(10_000, 20_000));

        assertThat(results).extracting(OrphanMergeResult::size).containsExactly(10_000, 20_000);
        assertThat(results).allMatch(OrphanMergeResult::countsMatch).allMatch(OrphanMergeResult::meetsTarget);
        String printed = printed();
        assertThat(printed).contains("10,000 x 10,000", "20,000 x 20,000");
        assertThat(printed).contains(
                String.format(Locale.ROOT, "%,d", new SyntheticContentStore(20_000).expectedSummary().orphans()));
        assertThat(printed.lines().filter(line -> line.contains(" OK ") && line.contains("PASS"))).hasSize(2);
    }

    @Test
    void aMergeThatMiscountedFailsAndSaysWhatWasExpected() {
        OrphanSweepSummary expected = new OrphanSweepSummary(10, 5, 1, 4, 4_000, true);
        OrphanSweepSummary reported = new OrphanSweepSummary(10, 4, 1, 5, 5_000, true);

        OrphanSection.printRow(out, new OrphanMergeResult(10, reported, expected, Duration.ofMillis(3), 0, 0, 1));

        assertThat(printed()).contains("WRONG", "FAIL", "expected " + expected, "reported " + reported);
    }

    @Test
    void growthAtTheTargetFails() {
        OrphanSweepSummary counts = new OrphanSweepSummary(10, 5, 1, 4, 4_000, true);

        OrphanSection.printRow(out, new OrphanMergeResult(10, counts, counts, Duration.ofMillis(3),
                OrphanMergeResult.TARGET_GROWTH_BYTES, 0, 1));

        assertThat(printed()).contains("OK", "64.0 MiB", "FAIL");
    }

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
