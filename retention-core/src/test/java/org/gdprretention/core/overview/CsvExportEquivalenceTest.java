package org.gdprretention.core.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The streaming writer gives, byte for byte, what the first algorithm ({@link LegacyCsv}) gives. */
class CsvExportEquivalenceTest {

    /** Characters the guard and the quoting decide on, blanks of every kind, non-ASCII, a BOM and a surrogate pair. */
    private static final List<String> PIECES = List.of("=", "+", "-", "@", ",", "\"", "\r", "\n", "\r\n", "\t", " ",
            "\u00a0", "\u2007", "\u3000", "\u2028", "\u000b", "\u001c", "\u200b", "\ufeff", "'", "a", "Z", "9", "é",
            "IJ", "\u0133", "\u0130", "\u0131", "€", "\ud83d\ude00", "SUM(A1)", ";");

    private static final Gen<String> TEXTS = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 8)
            .map(pieces -> String.join("", pieces));

    @Test
    void everyCellIsWrittenAsTheFirstAlgorithmWroteIt() {
        qt().withExamples(20_000).forAll(TEXTS)
                .checkAssert(text -> assertThat(CsvExport.cell(text)).as("%s", visible(text))
                        .isEqualTo(LegacyCsv.cell(text)));
    }

    @Test
    void wholeExportsAreTheSameBytesThroughAWriterAndAStringBuilder() {
        qt().withExamples(2_000)
                .forAll(lists().of(TEXTS).ofSizeBetween(0, 6), TEXTS, integers().between(-2, 40))
                .checkAssert((names, site, days) -> {
                    List<OverviewRow> rows = rows(names, site, days);

                    String expected = LegacyCsv.write(rows);

                    assertThat(utf8(rows)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
                    assertThat(viaStringBuilder(rows)).isEqualTo(expected);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 999, 1000, 2026, 9999, 10_000, 123_456, -1, -2026})
    void datesOfEveryYearAreWrittenAsTheirIsoText(int year) throws IOException {
        OverviewRow row = row("d1", "n", "s", LocalDate.of(year, 3, 9));

        assertThat(viaWriter(List.of(row))).isEqualTo(LegacyCsv.write(List.of(row)));
    }

    @Test
    void aByteOrderMarkIsLeftToTheCallerAndInsideACellKeptAsItIs() throws IOException {
        OverviewRow row = row("d1", "\ufeff=1", "s", LocalDate.of(2026, 1, 2));

        String csv = viaWriter(List.of(row));

        assertThat(csv).startsWith("documentId,").isEqualTo(LegacyCsv.write(List.of(row)))
                .contains(",\ufeff=1,");
    }

    private static List<OverviewRow> rows(List<String> names, String site, int days) {
        List<OverviewRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).isBlank() ? "x" + names.get(i) : names.get(i);
            rows.add(row("id-" + i + names.get(i).strip(), name, i % 2 == 0 ? site : null,
                    days < 0 ? null : LocalDate.of(2026, 1, 1).plusDays((long) days * i)));
        }
        return rows;
    }

    private static OverviewRow row(String id, String name, String site, LocalDate expiry) {
        String safeId = id.isBlank() ? "id" : id;
        return new OverviewRow(DocumentId.of(safeId), name, site, site == null ? null : site + "-template",
                site == null || site.isBlank() ? "TYPE" : site, RetentionCategory.OTHER, expiry,
                RetentionStatus.values()[Math.abs(name.hashCode()) % RetentionStatus.values().length],
                ConsentState.values()[Math.abs(safeId.hashCode()) % ConsentState.values().length]);
    }

    private static byte[] utf8(List<OverviewRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvExport.write(out, rows.iterator());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static String viaWriter(List<OverviewRow> rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(out, rows.iterator());
        return out.toString();
    }

    private static String viaStringBuilder(List<OverviewRow> rows) {
        StringBuilder out = new StringBuilder();
        try {
            CsvExport.write(out, rows.iterator());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    private static String visible(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
    }
}
