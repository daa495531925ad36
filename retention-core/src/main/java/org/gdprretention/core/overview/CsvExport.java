package org.gdprretention.core.overview;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes overview rows as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote, CR or LF
 * quoted, quotes doubled), one row at a time so an export of any size streams.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (also after leading spaces), a tab, a carriage return
 * or a line feed as a formula, and document names are chosen by users: such cells get a leading single quote so
 * they are shown as text.
 *
 * <p>An export runs to millions of rows, so each cell goes straight into the output: scanned once, the guard and
 * quotes written around the unchanged text, no string built per cell or array per row. The columns are written in
 * {@link OverviewColumn} order with the same text as {@link OverviewColumn#textOf}; the tests hold both to the same
 * bytes.
 */
public final class CsvExport {

    private static final String LINE_END = "\r\n";

    private CsvExport() {
    }

    /** The header row: every {@link OverviewColumn} in declaration order, named as in the REST API. */
    public static String header() {
        StringBuilder header = new StringBuilder();
        for (OverviewColumn column : OverviewColumn.values()) {
            if (header.length() > 0) {
                header.append(',');
            }
            header.append(column.key());
        }
        return header.toString();
    }

    /** Writes the header and every row; returns the number of rows written (the header not counted). */
    public static long write(Appendable out, Iterator<OverviewRow> rows) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(rows, "rows");
        out.append(header()).append(LINE_END);
        long written = 0;
        while (rows.hasNext()) {
            writeRow(out, Objects.requireNonNull(rows.next(), "row"));
            written++;
        }
        return written;
    }

    // One line in OverviewColumn order: documentId, name, site, template, retentionType, category, expiryDate,
    // status, consentState.
    private static void writeRow(Appendable out, OverviewRow row) throws IOException {
        writeCell(out, row.documentId().value());
        out.append(',');
        writeCell(out, row.name());
        out.append(',');
        writeCell(out, row.site());
        out.append(',');
        writeCell(out, row.template());
        out.append(',');
        writeCell(out, row.retentionTypeCode());
        out.append(',');
        writeCell(out, row.category().name());
        out.append(',');
        writeDate(out, row.expiryDate());
        out.append(',');
        writeCell(out, row.status().name());
        out.append(',');
        writeCell(out, row.consentState().name());
        out.append(LINE_END);
    }

    /** One field, neutralised against formula injection and then quoted if RFC 4180 requires it. */
    static String cell(String value) {
        StringBuilder cell = new StringBuilder();
        try {
            writeCell(cell, value);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return cell.toString();
    }

    // Spreadsheets also trim leading spaces and line breaks before they look for a formula: " =1+1" and "\n@SUM(A1)"
    // run as well. A cell that starts with a tab, CR or LF is guarded whatever follows.
    private static void writeCell(Appendable out, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        int length = value.length();
        boolean quoted = false;
        int i = 0;
        while (i < length && isLeadingBlank(value.charAt(i))) {
            char blank = value.charAt(i);
            quoted |= blank == '\r' || blank == '\n';
            i++;
        }
        char first = value.charAt(0);
        boolean guarded = first == '\t' || first == '\r' || first == '\n'
                || i < length && isFormulaStart(value.charAt(i));
        for (; i < length && !quoted; i++) {
            char c = value.charAt(i);
            quoted = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quoted) {
            if (guarded) {
                out.append('\'');
            }
            out.append(value);
            return;
        }
        out.append('"');
        if (guarded) {
            out.append('\'');
        }
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', quote + 1)) {
            appendRange(out, value, from, quote + 1);
            out.append('"');
            from = quote + 1;
        }
        appendRange(out, value, from, length);
        out.append('"');
    }

    private static boolean isLeadingBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    // A Writer takes a range of a string as it is; Appendable's range method makes a substring first.
    private static void appendRange(Appendable out, String value, int from, int to) throws IOException {
        if (from == to) {
            return;
        }
        if (out instanceof Writer writer) {
            writer.write(value, from, to - from);
        } else {
            out.append(value, from, to);
        }
    }

    // ISO-8601 as LocalDate.toString writes it, digit by digit for the four-digit years every row has; other years
    // (a sign, five digits) take toString and the formula guard, so the bytes stay those of the text.
    private static void writeDate(Appendable out, LocalDate date) throws IOException {
        if (date == null) {
            return;
        }
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            writeCell(out, date.toString());
            return;
        }
        writeDigits(out, year, 4);
        out.append('-');
        writeDigits(out, date.getMonthValue(), 2);
        out.append('-');
        writeDigits(out, date.getDayOfMonth(), 2);
    }

    private static void writeDigits(Appendable out, int value, int digits) throws IOException {
        for (int divisor = digits == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
    }
}
