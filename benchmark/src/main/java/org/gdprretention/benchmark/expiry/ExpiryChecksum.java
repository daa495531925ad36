package org.gdprretention.benchmark.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionState;
import org.gdprretention.core.expiry.RetentionStateSink;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;

/**
 * A checksum over every document's expiry date and status, in document order: the proof that making the engine
 * faster changed none of its results. It is computed twice, by the engine and by a plain restatement of the rules
 * in {@code java.time} (per document, no shortcuts), and the report prints both.
 */
public final class ExpiryChecksum {

    private ExpiryChecksum() {
    }

    public static long ofEngine(RetentionFacts[] documents, Instant now, ZoneId zone) {
        RetentionStatusEvaluator.Moment moment = new RetentionStatusEvaluator(new ExpiryCalculator(zone)).at(now);
        long checksum = 1;
        for (RetentionFacts facts : documents) {
            RetentionState state = moment.evaluate(facts);
            checksum = add(checksum, state.expiryDate(), state.status());
        }
        return checksum;
    }

    /** The same over the bulk path that writes each result into one reusable sink (the path the report times). */
    public static long ofEngineIntoSink(RetentionFacts[] documents, Instant now, ZoneId zone) {
        RetentionStatusEvaluator.Moment moment = new RetentionStatusEvaluator(new ExpiryCalculator(zone)).at(now);
        RetentionStateSink sink = new RetentionStateSink();
        long checksum = 1;
        for (RetentionFacts facts : documents) {
            RetentionStatus status = moment.evaluateInto(facts, sink);
            checksum = add(checksum, sink.expiryDate(), status);
        }
        return checksum;
    }

    /** The rules as the README states them, evaluated the slow way: each document's own zone conversion. */
    public static long ofPlainRules(RetentionFacts[] documents, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        long checksum = 1;
        for (RetentionFacts facts : documents) {
            LocalDate expiry = null;
            if (facts.startDate() != null) {
                expiry = facts.startDate().plus(facts.type().period().period());
                for (RetentionPeriod extension : facts.grantedExtensions()) {
                    expiry = expiry.plus(extension.period());
                }
            }
            checksum = add(checksum, expiry, plainStatus(facts, expiry, now, today, zone));
        }
        return checksum;
    }

    private static RetentionStatus plainStatus(RetentionFacts facts, LocalDate expiry, Instant now, LocalDate today,
                                               ZoneId zone) {
        if (facts.purged()) {
            return RetentionStatus.PURGED;
        }
        if (facts.onHold()) {
            return RetentionStatus.ON_HOLD;
        }
        if (expiry == null) {
            return RetentionStatus.PENDING_START;
        }
        if (!now.isBefore(expiry.plusDays(1).atStartOfDay(zone).toInstant())) {
            return RetentionStatus.EXPIRED;
        }
        if (!today.isBefore(expiry.minusDays(facts.type().consentLeadDays()))) {
            return RetentionStatus.EXPIRING;
        }
        return RetentionStatus.ACTIVE;
    }

    private static long add(long checksum, LocalDate expiry, RetentionStatus status) {
        long withDate = checksum * 31 + (expiry == null ? -1 : expiry.toEpochDay());
        return withDate * 31 + status.ordinal();
    }
}
