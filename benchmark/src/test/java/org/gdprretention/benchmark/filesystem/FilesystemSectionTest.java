package org.gdprretention.benchmark.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemSectionTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    @TempDir
    Path parent;

    @Test
    void eachTreeGetsARowWithCountsTimesRatioAndHeapGrowth() {
        List<FilesystemSweepResult> results = FilesystemSection.run(out, parent, List.of(300, 600));

        assertThat(results).extracting(FilesystemSweepResult::files).containsExactly(300, 600);
        assertThat(results).allMatch(FilesystemSweepResult::countsMatch);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.planning()).isPositive();
            assertThat(result.findSort()).isPositive();
            assertThat(result.liveGrowthBytes()).isLessThan(FilesystemSweepResult.TARGET_GROWTH_BYTES);
        });
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("3. Filesystem sweep", "find <root> -name '*.bin' | sort", "300", "600");
        assertThat(printed.lines().filter(line -> line.contains(" OK "))).hasSize(2);
    }

    @Test
    void aPassThatMiscountedFailsAndSaysWhatWasExpected() {
        OrphanSweepSummary expected = new OrphanSweepSummary(10, 5, 1, 4, 4_000, true);
        OrphanSweepSummary reported = new OrphanSweepSummary(10, 4, 1, 5, 5_000, true);

        FilesystemSection.printRow(out, new FilesystemSweepResult(10, reported, expected, Duration.ofMillis(10),
                Duration.ofMillis(10), 0));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("WRONG", "FAIL", "expected " + expected,
                "reported " + reported);
    }

    @Test
    void theTargetsAreARatioOfAtMostOneAndLessThan64MiB() {
        OrphanSweepSummary counts = new OrphanSweepSummary(1, 1, 0, 0, 0, true);
        FilesystemSweepResult onTarget = new FilesystemSweepResult(1, counts, counts, Duration.ofMillis(100),
                Duration.ofMillis(100), 64L * 1024 * 1024 - 1);
        FilesystemSweepResult tooSlow = new FilesystemSweepResult(1, counts, counts, Duration.ofMillis(101),
                Duration.ofMillis(100), 64L * 1024 * 1024);

        assertThat(onTarget.meetsTimeTarget()).isTrue();
        assertThat(onTarget.meetsHeapTarget()).isTrue();
        assertThat(tooSlow.meetsTimeTarget()).isFalse();
        assertThat(tooSlow.meetsHeapTarget()).isFalse();
    }
}
