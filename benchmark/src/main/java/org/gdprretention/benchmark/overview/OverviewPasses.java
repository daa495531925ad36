package org.gdprretention.benchmark.overview;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.gdprretention.benchmark.expiry.DocumentMix;
import org.gdprretention.benchmark.pairs.InterleavedPairs.Pass;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionState;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.overview.OverviewQuery;
import org.gdprretention.core.overview.OverviewRow;

/**
 * What the overview does per document on the engine's side, against part 1's bare expiry loop: evaluate the status
 * now, take the type's label in the caller's language, build the row and test it against the filters (here: the
 * statuses an officer looks at before purging, and a text search).
 */
public final class OverviewPasses {

    /** The filter of the measured overview: expiring or expired documents whose name, template or type has "a". */
    static final OverviewQuery QUERY = OverviewQuery.builder()
            .statuses(Set.of(RetentionStatus.EXPIRING, RetentionStatus.EXPIRED)).text("a").build();
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private OverviewPasses() {
    }

    public static Pass engine(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator evaluator = new RetentionStatusEvaluator(new ExpiryCalculator());
        RetentionFacts[] documents = mix.facts();
        return blackhole -> {
            RetentionStatusEvaluator.Moment moment = evaluator.at(now);
            for (int i = 0; i < documents.length; i++) {
                RetentionFacts facts = documents[i];
                RetentionState state = moment.evaluate(facts);
                String label = facts.type().label(DUTCH);
                OverviewRow row = OverviewRows.row(facts, state, i);
                blackhole.consume(QUERY.matches(row) ? label : row);
            }
        };
    }

    /** How many rows of the mix the measured filter keeps (printed, so the filter is seen to select). */
    static long matching(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator.Moment moment = new RetentionStatusEvaluator(new ExpiryCalculator()).at(now);
        RetentionFacts[] documents = mix.facts();
        long matching = 0;
        for (int i = 0; i < documents.length; i++) {
            if (QUERY.matches(OverviewRows.row(documents[i], moment.evaluate(documents[i]), i))) {
                matching++;
            }
        }
        return matching;
    }
}
