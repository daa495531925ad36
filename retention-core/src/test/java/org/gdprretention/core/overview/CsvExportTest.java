package org.gdprretention.core.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.core.overview.OverviewRows.row;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.gdprretention.core.ConsentState;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    private static final String HEADER =
            "documentId,name,site,template,retentionType,category,expiryDate,status,consentState\r\n";

    private static String csv(OverviewRow... rows) throws IOException {
        StringWriter out = new StringWriter();
        long written = CsvExport.write(out, List.of(rows).iterator());
        assertThat(written).isEqualTo(rows.length);
        return out.toString();
    }

    @Test
    void writesHeaderAndRowsWithCrlfAndIsoDates() throws IOException {
        String csv = csv(row("d1", "Contract.pdf", "hr", "Arbeidscontract", "PERSONNEL_7Y",
                RetentionCategory.DOSSIER_TASKS_CONTACTS, LocalDate.of(2026, 2, 28), RetentionStatus.EXPIRING,
                ConsentState.REQUESTED));

        assertThat(csv).isEqualTo(HEADER
                + "d1,Contract.pdf,hr,Arbeidscontract,PERSONNEL_7Y,DOSSIER_TASKS_CONTACTS,2026-02-28,EXPIRING,REQUESTED\r\n");
    }

    @Test
    void unknownValuesAreEmptyCells() throws IOException {
        String csv = csv(row("d2", "notes.txt", null, null, "OTHER_1Y", RetentionCategory.OTHER, null,
                RetentionStatus.PENDING_START, ConsentState.NONE));

        assertThat(csv).endsWith("\r\nd2,notes.txt,,,OTHER_1Y,OTHER,,PENDING_START,NONE\r\n");
    }

    @Test
    void noRowsGivesOnlyTheHeader() throws IOException {
        assertThat(csv()).isEqualTo(HEADER);
    }

    @Test
    void fieldsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        assertThat(CsvExport.cell("Jansen, J.")).isEqualTo("\"Jansen, J.\"");
        assertThat(CsvExport.cell("the \"final\" one")).isEqualTo("\"the \"\"final\"\" one\"");
        assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(CsvExport.cell("plain name.pdf")).isEqualTo("plain name.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+31 6 1234", "-2+3", "@SUM(A1)", "\tcmd", "=1+1,2"})
    void cellsThatSpreadsheetsWouldRunAreNeutralisedWithAQuote(String dangerous) {
        String cell = CsvExport.cell(dangerous);

        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(unquoted).isEqualTo("'" + dangerous);
    }

    @ParameterizedTest
    @ValueSource(strings = {" =1+1", "   @SUM(A1)", " -2+3", "\u00a0+1", "\n=cmd", "\n\n@x", " \t=1"})
    void leadingWhitespaceOrLineFeedBeforeAFormulaIsNeutralisedToo(String dangerous) {
        String cell = CsvExport.cell(dangerous);

        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(unquoted).isEqualTo("'" + dangerous);
    }

    @Test
    void leadingSpacesBeforeOrdinaryTextAreLeftAlone() {
        assertThat(CsvExport.cell("  report 2024.pdf")).isEqualTo("  report 2024.pdf");
        assertThat(CsvExport.cell("   ")).isEqualTo("   ");
    }

    @Test
    void leadingCarriageReturnIsNeutralisedAndQuoted() {
        assertThat(CsvExport.cell("\r=cmd")).isEqualTo("\"'\r=cmd\"");
    }

    @Test
    void formulaCharactersInsideACellAreLeftAlone() {
        assertThat(CsvExport.cell("a=b+c-d@e")).isEqualTo("a=b+c-d@e");
    }

    @Test
    void injectionInADocumentNameIsNeutralisedInTheExport() throws IOException {
        String csv = csv(row("d3", "=cmd|'/C calc'!A0", LocalDate.of(2025, 1, 1)));

        assertThat(csv).contains(",'=cmd|'/C calc'!A0,");
    }

    @Test
    void writesEachRowAsItIsReadSoLargeExportsStream() {
        StringWriter out = new StringWriter();
        Iterator<OverviewRow> failingAfterTwo = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public OverviewRow next() {
                if (given == 2) {
                    throw new IllegalStateException("source broke");
                }
                given++;
                return row("d" + given, "n" + given, LocalDate.of(2025, 1, given));
            }
        };

        assertThatThrownBy(() -> CsvExport.write(out, failingAfterTwo)).hasMessage("source broke");
        assertThat(out.toString().split("\r\n")).hasSize(3);
    }
}
