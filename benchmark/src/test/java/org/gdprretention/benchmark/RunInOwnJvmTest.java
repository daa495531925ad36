package org.gdprretention.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunInOwnJvmTest {

    @Test
    void aRepeatedRunGetsTheSameArgumentsWithoutRepeatAndWritesItsOutcomes() {
        ReportOptions options = ReportOptions.parse("overview", "expiry", "--quick", "--repeat", "3");

        List<String> command = RunInOwnJvm.command(options, Path.of("/tmp/outcomes.tsv"));

        assertThat(command.get(0)).endsWith("java");
        assertThat(command).contains("-Dgdpr.benchmark.outcomes=/tmp/outcomes.tsv", BenchmarkReport.class.getName())
                .doesNotContain("--repeat", "3");
        assertThat(command.subList(command.indexOf(BenchmarkReport.class.getName()) + 1, command.size()))
                .containsExactly("expiry", "overview", "--quick");
    }

    @Test
    void outcomesSurviveTheirRecord() {
        TargetOutcome outcome = new TargetOutcome("expiry + status >= 0.80 x bare loop", 0.7712, true, false,
                "0.77, pairs 0.69 - 0.84");

        assertThat(TargetOutcome.parse(outcome.record())).isEqualTo(outcome);
    }

    @Test
    void twoRepeatedRunsRunInJvmsOfTheirOwnAndTheWorstIsPrinted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        List<TargetOutcome> worst = BenchmarkReport.repeat(ReportOptions.parse("orphans", "--quick", "--repeat", "2"),
                out);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("=== run 1 of 2 (a JVM of its own) ===", "=== run 2 of 2 (a JVM of its own) ===",
                "Worst of 2 runs");
        assertThat(printed.split("GDPR Retention engine benchmark", -1)).hasSize(3);
        assertThat(worst).singleElement().satisfies(outcome -> {
            assertThat(outcome.target()).startsWith("orphan merge live heap growth");
            assertThat(outcome.passed()).isTrue();
        });
    }
}
