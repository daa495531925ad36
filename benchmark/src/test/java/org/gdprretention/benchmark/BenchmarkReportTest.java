package org.gdprretention.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's non-JMH part end to end, in quick mode; JMH's part is left to the documented command. */
class BenchmarkReportTest {

    @Test
    void aQuickOrphanReportPrintsTheEnvironmentEverySizeAndAPassingVerdict() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        List<TargetOutcome> verdicts = BenchmarkReport.run(ReportOptions.parse("orphans", "--quick"),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("quick smoke run", "java       " + System.getProperty("java.version"),
                "cores      " + Runtime.getRuntime().availableProcessors(), "max heap", "date");
        assertThat(printed).contains("100,000 x 100,000", "200,000 x 200,000", "400,000 x 400,000");
        assertThat(printed).doesNotContain("1. Expiry", "WRONG");
        assertThat(verdicts).singleElement().extracting(TargetOutcome::line).asString().startsWith("orphan merge")
                .contains("PASS");
        assertThat(printed).contains("load avg", "before", "after");
    }
}
