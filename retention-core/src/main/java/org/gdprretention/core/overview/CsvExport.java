package org.gdprretention.core.overview;

import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes overview rows as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote, CR or LF
 * quoted, quotes doubled), one row at a time so an export of any size streams.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (also after leading spaces), a tab, a carriage return
 * or a line feed as a formula, and document names are chosen by users: such cells get a leading single quote so
 * they are shown as text.
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
            OverviewRow row = Objects.requireNonNull(rows.next(), "row");
            String separator = "";
            for (OverviewColumn column : OverviewColumn.values()) {
                out.append(separator).append(cell(column.textOf(row)));
                separator = ",";
            }
            out.append(LINE_END);
            written++;
        }
        return written;
    }

    /** One field, neutralised against formula injection and then quoted if RFC 4180 requires it. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\r') < 0 && safe.indexOf('\n') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    // Spreadsheets also trim leading spaces and line breaks before they look for a formula: " =1+1" and "\n@SUM(A1)"
    // run as well. A cell that starts with a tab, CR or LF is guarded whatever follows.
    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        int i = 0;
        while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char next = value.charAt(i);
        return next == '=' || next == '+' || next == '-' || next == '@';
    }
}
