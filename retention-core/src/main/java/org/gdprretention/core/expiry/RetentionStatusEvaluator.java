package org.gdprretention.core.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.gdprretention.core.RetentionStatus;

/**
 * Computes expiry date and status of documents at a moment. Built for bulk use: the zone arithmetic for
 * {@code now} is done once per moment, after which a document costs one date addition per period and a few
 * comparisons of day numbers.
 */
public final class RetentionStatusEvaluator {

    private final ExpiryCalculator calculator;
    private volatile Moment lastMoment;

    public RetentionStatusEvaluator(ExpiryCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public ExpiryCalculator calculator() {
        return calculator;
    }

    /** Evaluates one document; repeated calls with the same {@code now} reuse its zone arithmetic. */
    public RetentionState evaluate(RetentionFacts facts, Instant now) {
        Moment moment = lastMoment;
        if (moment == null || !moment.now.equals(now)) {
            moment = at(now);
            lastMoment = moment;
        }
        return moment.evaluate(facts);
    }

    /** A fixed moment at which many documents can be evaluated. */
    public Moment at(Instant now) {
        return new Moment(Objects.requireNonNull(now, "now"));
    }

    /** The rules at one instant. Immutable and safe to share between threads. */
    public final class Moment {

        private final Instant now;
        private final long today;
        private final long lastExpiredDay;

        private Moment(Instant now) {
            this.now = now;
            LocalDate localToday = calculator.localDate(now);
            this.today = localToday.toEpochDay();
            this.lastExpiredDay = lastExpiredDay(localToday);
        }

        // The latest expiry date whose expiredFrom has been reached. Normally yesterday; searched rather than
        // assumed so that a zone whose clocks jump across midnight still gets expiredFrom's exact answer.
        private long lastExpiredDay(LocalDate localToday) {
            LocalDate candidate = localToday.minusDays(1);
            while (!calculator.expiredFrom(candidate.plusDays(1)).isAfter(now)) {
                candidate = candidate.plusDays(1);
            }
            while (calculator.expiredFrom(candidate).isAfter(now)) {
                candidate = candidate.minusDays(1);
            }
            return candidate.toEpochDay();
        }

        public Instant now() {
            return now;
        }

        public RetentionState evaluate(RetentionFacts facts) {
            if (!facts.startKnown()) {
                // Precedence still applies: a purged or held document says so even without a start.
                if (facts.purged()) {
                    return new RetentionState(null, RetentionStatus.PURGED);
                }
                return facts.onHold() ? new RetentionState(null, RetentionStatus.ON_HOLD) : RetentionState.PENDING_START;
            }
            LocalDate expiry = calculator.expiryDate(facts.startDate(), facts.type().period(), facts.grantedExtensions());
            return new RetentionState(expiry, status(facts, expiry.toEpochDay()));
        }

        private RetentionStatus status(RetentionFacts facts, long expiryDay) {
            if (facts.purged()) {
                return RetentionStatus.PURGED;
            }
            if (facts.onHold()) {
                return RetentionStatus.ON_HOLD;
            }
            if (expiryDay <= lastExpiredDay) {
                return RetentionStatus.EXPIRED;
            }
            if (today >= expiryDay - facts.type().consentLeadDays()) {
                return RetentionStatus.EXPIRING;
            }
            return RetentionStatus.ACTIVE;
        }
    }
}
