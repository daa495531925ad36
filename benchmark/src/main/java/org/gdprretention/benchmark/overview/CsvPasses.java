package org.gdprretention.benchmark.overview;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gdprretention.benchmark.pairs.InterleavedPairs.Pass;
import org.gdprretention.core.overview.CsvExport;
import org.gdprretention.core.overview.OverviewRow;

/**
 * The CSV export of the overview against the least any export must do: both write UTF-8 through a
 * {@link BufferedWriter} into a stream that discards the bytes (the network is not what is measured). The export
 * goes through {@link CsvExport} (formula guard, RFC 4180 quoting); the bare loop writes each field's text with
 * commas and line ends and nothing else.
 */
public final class CsvPasses {

    private CsvPasses() {
    }

    public static Pass export(OverviewRow[] rows) {
        return blackhole -> {
            try (Writer out = discarding()) {
                blackhole.consume(CsvExport.write(out, Arrays.asList(rows).iterator()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static Pass bare(OverviewRow[] rows) {
        return blackhole -> {
            try (Writer out = discarding()) {
                out.write(CsvExport.header());
                out.write("\r\n");
                for (OverviewRow row : rows) {
                    out.write(row.documentId().value());
                    out.write(',');
                    out.write(row.name());
                    out.write(',');
                    write(out, row.site());
                    out.write(',');
                    write(out, row.template());
                    out.write(',');
                    out.write(row.retentionTypeCode());
                    out.write(',');
                    out.write(row.category().name());
                    out.write(',');
                    write(out, row.expiryDate() == null ? null : row.expiryDate().toString());
                    out.write(',');
                    out.write(row.status().name());
                    out.write(',');
                    out.write(row.consentState().name());
                    out.write("\r\n");
                }
                blackhole.consume(rows.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** UTF-8 through a buffer into nothing, as the export writes into the response. */
    public static Writer discarding() {
        return new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    }

    private static void write(Writer out, String text) throws IOException {
        if (text != null) {
            out.write(text);
        }
    }
}
