package org.gdprretention.benchmark.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.gdprretention.benchmark.pairs.InterleavedPairs.Pass;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionStateSink;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;

/** The two passes compared over one generated mix: the engine's evaluation and the bare date addition. */
public final class ExpiryPasses {

    private ExpiryPasses() {
    }

    /** How an overview or a nightly job evaluates: one moment, then every document against it. */
    public static Pass engine(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator evaluator = new RetentionStatusEvaluator(new ExpiryCalculator());
        RetentionFacts[] documents = mix.facts();
        return blackhole -> {
            RetentionStatusEvaluator.Moment moment = evaluator.at(now);
            for (int i = 0; i < documents.length; i++) {
                blackhole.consume(moment.evaluate(documents[i]));
            }
        };
    }

    /**
     * The same evaluation written into one caller-owned sink, as a bulk pass that reads each result once can do:
     * no result object per document.
     */
    public static Pass engineIntoSink(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator evaluator = new RetentionStatusEvaluator(new ExpiryCalculator());
        RetentionFacts[] documents = mix.facts();
        return blackhole -> {
            RetentionStatusEvaluator.Moment moment = evaluator.at(now);
            RetentionStateSink sink = new RetentionStateSink();
            for (int i = 0; i < documents.length; i++) {
                blackhole.consume(moment.evaluateInto(documents[i], sink));
                blackhole.consume(sink.expiryDateKey());
            }
        };
    }

    /**
     * The sink path read as a caller that wants each expiry as a {@code LocalDate} object. A loop of its own rather
     * than a flag of {@link #engineIntoSink}: each timed pass must compile as its own straight loop, with a profile
     * that no other pass shares.
     */
    public static Pass engineIntoSinkAsDate(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator evaluator = new RetentionStatusEvaluator(new ExpiryCalculator());
        RetentionFacts[] documents = mix.facts();
        return blackhole -> {
            RetentionStatusEvaluator.Moment moment = evaluator.at(now);
            RetentionStateSink sink = new RetentionStateSink();
            for (int i = 0; i < documents.length; i++) {
                blackhole.consume(moment.evaluateInto(documents[i], sink));
                blackhole.consume(sink.expiryDate());
            }
        };
    }

    /** The floor: one {@code LocalDate.plus(Period)} per document, nothing else. */
    public static Pass bare(DocumentMix mix) {
        LocalDate[] dates = mix.startDates();
        Period[] periods = mix.periods();
        return blackhole -> {
            for (int i = 0; i < dates.length; i++) {
                blackhole.consume(dates[i].plus(periods[i]));
            }
        };
    }
}
