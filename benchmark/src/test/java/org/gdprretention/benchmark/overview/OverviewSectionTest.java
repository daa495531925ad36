package org.gdprretention.benchmark.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import org.gdprretention.benchmark.expiry.DocumentMix;
import org.gdprretention.benchmark.pairs.PairedRatio;
import org.gdprretention.core.overview.CsvExport;
import org.gdprretention.core.overview.OverviewRow;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** Part 5's material and table: the rows exercise the export's guards, the stream holds little, verdicts print. */
class OverviewSectionTest {

    @Test
    void theRowsCarryNamesTheExportMustGuardOrQuote() throws IOException {
        OverviewRow[] rows = OverviewRows.all(DocumentMix.generate(2_000, 7), DocumentMix.REFERENCE_NOW);
        StringWriter csv = new StringWriter();

        CsvExport.write(csv, Arrays.asList(rows).iterator());

        assertThat(csv.toString()).contains("'=HYPERLINK", "\"Sollicitatiebrief, J. de Vries.pdf\"",
                "\"Verklaring \"\"loonheffing\"\".pdf\"", "' =SUM(A1).csv");
        assertThat(csv.toString().split("\r\n")).hasSize(rows.length + 1);
    }

    @Test
    void theStreamGivesTheSameRowsAsTheMixInMemory() {
        // one chunk: the stream generates its mix in chunks of 10,000 from seed + offset
        OverviewRow[] rows = OverviewRows.all(DocumentMix.generate(5_000, 11), DocumentMix.REFERENCE_NOW);
        Iterator<OverviewRow> stream = OverviewRows.stream(5_000, 11, DocumentMix.REFERENCE_NOW);

        for (OverviewRow row : rows) {
            assertThat(stream.next()).isEqualTo(row);
        }
        assertThat(stream.hasNext()).isFalse();
    }

    @Test
    void aStreamedExportHoldsLittle() {
        assertThat(OverviewSection.streamedLiveGrowth(200_000)).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void bothPassesRunAndTheMeasuredFilterKeepsSomeRowsButNotAll() {
        DocumentMix mix = DocumentMix.generate(1_000, 3);
        OverviewRow[] rows = OverviewRows.all(mix, DocumentMix.REFERENCE_NOW);
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

        CsvPasses.export(rows).run(blackhole);
        CsvPasses.bare(rows).run(blackhole);
        OverviewPasses.engine(mix, DocumentMix.REFERENCE_NOW).run(blackhole);

        assertThat(OverviewPasses.matching(mix, DocumentMix.REFERENCE_NOW)).isBetween(1L, 999L);
    }

    @Test
    void theTablePrintsRatiosGrowthAndVerdicts() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        OverviewSection.Result result = new OverviewSection.Result(
                new PairedRatio(new double[] {6, 5, 7}, new double[] {10, 10, 10}), 70L * 1024 * 1024,
                new PairedRatio(new double[] {2, 2, 2}, new double[] {10, 10, 10}), 1234, 1_000_000);

        OverviewSection.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), result);

        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("target >= 0.50   PASS",
                "target < 64.0 MiB   FAIL", "target >= 0.30   FAIL", "1,234 of 1,000,000", "0.50 - 0.70");
    }
}
