package org.gdprretention.core.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;

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

    /**
     * The rules at one instant. Safe to share between threads: its only mutable state is a table of immutable
     * dates derived from the instant (see expiringThrough).
     */
    public final class Moment {

        private final Instant now;
        private final long today;
        private final long lastExpiredDay;
        private final long lastExpiredKey;
        private final Bound[] expiringThroughByLead = new Bound[RetentionType.MAX_CONSENT_LEAD_DAYS + 1];

        private Moment(Instant now) {
            this.now = now;
            LocalDate localToday = calculator.localDate(now);
            this.today = localToday.toEpochDay();
            this.lastExpiredDay = lastExpiredDay(localToday);
            this.lastExpiredKey = DateKey.of(LocalDate.ofEpochDay(lastExpiredDay));
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

        // The hot path of bulk evaluation, kept small so that the JIT inlines it into the caller's loop: the rare
        // cases (no start, held or purged) are a method of their own, and the expiry is computed and judged as a
        // DateKey, so that a document costs no LocalDate until a caller asks for one.
        public RetentionState evaluate(RetentionFacts facts) {
            LocalDate start = facts.startDate();
            if (start == null || facts.purged() || facts.onHold()) {
                return evaluateRare(facts);
            }
            RetentionType type = facts.type();
            long expiry = expiryKey(start, type, facts.grantedExtensions());
            return new RetentionState(DateKey.toLocalDate(expiry), statusOfExpiry(expiry, type.consentLeadDays()));
        }

        /**
         * The same evaluation as {@link #evaluate}, written into a caller-owned sink instead of a new
         * {@link RetentionState}: for bulk passes that read each result once and move on.
         *
         * @return the status, also in the sink
         */
        public RetentionStatus evaluateInto(RetentionFacts facts, RetentionStateSink sink) {
            LocalDate start = facts.startDate();
            if (start == null || facts.purged() || facts.onHold()) {
                RetentionState rare = evaluateRare(facts);
                sink.set(rare.expiryDate(), rare.status());
                return rare.status();
            }
            RetentionType type = facts.type();
            long expiry = expiryKey(start, type, facts.grantedExtensions());
            RetentionStatus status = statusOfExpiry(expiry, type.consentLeadDays());
            sink.set(expiry, status);
            return status;
        }

        private RetentionState evaluateRare(RetentionFacts facts) {
            if (!facts.startKnown()) {
                // Precedence still applies: a purged or held document says so even without a start.
                if (facts.purged()) {
                    return new RetentionState(null, RetentionStatus.PURGED);
                }
                return facts.onHold() ? new RetentionState(null, RetentionStatus.ON_HOLD) : RetentionState.PENDING_START;
            }
            LocalDate expiry = DateKey.toLocalDate(expiryKey(facts.startDate(), facts.type(), facts.grantedExtensions()));
            return new RetentionState(expiry, status(facts, expiry.toEpochDay()));
        }

        // The expiry of a document with a start: the one expiry step of evaluate, evaluateInto and the rare cases.
        // Exactly ExpiryCalculator.expiryDate: the type's period, then each granted extension in turn.
        private static long expiryKey(LocalDate start, RetentionType type, List<RetentionPeriod> extensions) {
            long expiry = plus(DateKey.of(start), type.period());
            for (int i = 0, n = extensions.size(); i < n; i++) {
                expiry = plus(expiry, extensions.get(i));
            }
            return expiry;
        }

        private static long plus(long date, RetentionPeriod period) {
            return DateKey.plusMonthsThenDays(date, period.totalMonths(), period.days());
        }

        // The status of such a document: expired through the last expired date, expiring within the type's consent
        // lead, active after it.
        private RetentionStatus statusOfExpiry(long expiry, int consentLeadDays) {
            if (expiry <= lastExpiredKey) {
                return RetentionStatus.EXPIRED;
            }
            return expiry <= expiringThrough(consentLeadDays) ? RetentionStatus.EXPIRING : RetentionStatus.ACTIVE;
        }

        // The key of the last expiry date that is EXPIRING (not ACTIVE) with this lead: today + lead days, as the
        // day-number rule in status() says. Looked up in a table filled as leads are met; the entries are immutable
        // and safely published (final field), so a thread that does not see another's entry just computes it again.
        private long expiringThrough(int leadDays) {
            if (leadDays < 0 || leadDays >= expiringThroughByLead.length) {
                return DateKey.of(LocalDate.ofEpochDay(Math.addExact(today, leadDays)));
            }
            Bound through = expiringThroughByLead[leadDays];
            if (through == null) {
                through = new Bound(DateKey.of(LocalDate.ofEpochDay(today + leadDays)));
                expiringThroughByLead[leadDays] = through;
            }
            return through.key();
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

    // One entry of a moment's table of expiring bounds: an object, so that its final field publishes the key safely.
    private record Bound(long key) {
    }
}
