package org.gdprretention.benchmark.overview;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.gdprretention.benchmark.expiry.DocumentMix;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionState;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.overview.OverviewRow;

/**
 * Overview rows for the CSV export, from the benchmark's document mix (the same types, starts and statuses as part
 * 1): names and sites drawn from small pools, as a repository's are, with some names a spreadsheet would run as a
 * formula and some that need quoting (a comma, a quote), so the export's guards are exercised as in real data.
 */
public final class OverviewRows {

    static final String[] NAMES = {"Loonstrook 2023-04.pdf", "Arbeidsovereenkomst.docx", "ID kopie.jpg",
            "Urenbriefje week 12.xlsx", "Sollicitatiebrief, J. de Vries.pdf", "=HYPERLINK(\"x\").xlsx",
            "Verklaring \"loonheffing\".pdf", "+31 6 notitie.txt", "Beoordeling 2024.docx", "-concept-.docx",
            "@mention notes.txt", "Contract v2.pdf", "Pasfoto.png", "Referenties.msg", "Diploma HBO.pdf",
            " =SUM(A1).csv"};
    static final String[] SITES = {"hr", "payroll", "recruitment", null, "planning"};
    static final String[] TEMPLATES = {"Loonstrook", "Contract", "Sollicitatie", null};
    private static final ConsentState[] CONSENT = ConsentState.values();

    private OverviewRows() {
    }

    /** The row of document {@code i} of the mix, with its status and expiry evaluated at {@code moment}. */
    static OverviewRow row(RetentionFacts facts, RetentionState state, int i) {
        return new OverviewRow(facts.documentId(), NAMES[i % NAMES.length], SITES[i % SITES.length],
                TEMPLATES[i % TEMPLATES.length], facts.type().code(), facts.type().category(), state.expiryDate(),
                state.status(), CONSENT[i % CONSENT.length]);
    }

    /** Every row of the mix, held in memory (for timed passes that must not pay for building them). */
    public static OverviewRow[] all(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator.Moment moment = new RetentionStatusEvaluator(new ExpiryCalculator()).at(now);
        RetentionFacts[] facts = mix.facts();
        OverviewRow[] rows = new OverviewRow[facts.length];
        for (int i = 0; i < facts.length; i++) {
            rows[i] = row(facts[i], moment.evaluate(facts[i]), i);
        }
        return rows;
    }

    /**
     * {@code count} rows built one at a time as an export reads them from a query, holding only the facts of the
     * mix they come from (generated in chunks, so the stream itself stays small).
     */
    public static Iterator<OverviewRow> stream(int count, long seed, Instant now) {
        RetentionStatusEvaluator.Moment moment = new RetentionStatusEvaluator(new ExpiryCalculator()).at(now);
        return new Iterator<>() {
            private static final int CHUNK = 10_000;
            private RetentionFacts[] chunk = new RetentionFacts[0];
            private int next;
            private int inChunk;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public OverviewRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (inChunk == chunk.length) {
                    chunk = DocumentMix.generate(Math.min(CHUNK, count - next), seed + next).facts();
                    inChunk = 0;
                }
                OverviewRow row = row(chunk[inChunk], moment.evaluate(chunk[inChunk]), next);
                inChunk++;
                next++;
                return row;
            }
        };
    }
}
