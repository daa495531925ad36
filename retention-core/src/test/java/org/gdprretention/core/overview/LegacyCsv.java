package org.gdprretention.core.overview;

/**
 * The export's first algorithm, kept as the oracle of the streaming writer: every column through
 * {@link OverviewColumn#textOf}, each cell built as a new string (guard first, then RFC 4180 quoting).
 */
final class LegacyCsv {

    private LegacyCsv() {
    }

    static String write(Iterable<OverviewRow> rows) {
        StringBuilder out = new StringBuilder(CsvExport.header()).append("\r\n");
        for (OverviewRow row : rows) {
            String separator = "";
            for (OverviewColumn column : OverviewColumn.values()) {
                out.append(separator).append(cell(column.textOf(row)));
                separator = ",";
            }
            out.append("\r\n");
        }
        return out.toString();
    }

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
