package org.gdprretention.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadAverageTest {

    @Test
    void theThreeAveragesOfProcLoadavgAreShown(@TempDir Path dir) throws Exception {
        Path loadavg = Files.writeString(dir.resolve("loadavg"), "1.52 0.98 0.40 2/311 12345\n");

        assertThat(LoadAverage.describe(loadavg)).isEqualTo("1.52 0.98 0.40 (1, 5, 15 min)");
    }

    @Test
    void withoutProcLoadavgTheJvmsFigureOrUnknownIsShown(@TempDir Path dir) {
        assertThat(LoadAverage.describe(dir.resolve("missing"))).matches("\\d+\\.\\d\\d \\(1 min\\)|unknown");
    }
}
