package org.gdprretention.core.catalogue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * A retention (or extension) period as an ISO-8601 date period: years, months, weeks and days, e.g. {@code P7Y},
 * {@code P4W}, {@code P18M}, {@code P1Y6M}. Retention is counted in whole calendar days, so time parts are refused.
 *
 * <p>The text is kept as the administrator wrote it (normalised to upper case) because {@code P4W} reads better
 * than {@code P28D}; two periods are equal when they add the same years, months and days to a date.
 */
public final class RetentionPeriod {

    private static final String DEFAULT_FIELD = "period";
    private static final int MAX_YEARS = 1000;
    private static final Pattern DATE_PERIOD =
            Pattern.compile("P(?:(\\d{1,9})Y)?(?:(\\d{1,9})M)?(?:(\\d{1,9})W)?(?:(\\d{1,9})D)?");
    private static final String EXPECTED = "is not an ISO-8601 date period such as P7Y, P4W, P18M, P30D or P1Y6M";

    // Declared after the parsing constants, which its initialiser needs.
    public static final RetentionPeriod ONE_YEAR = parse("P1Y");

    private final String text;
    private final Period period;
    // The period as addTo applies it, precomputed because expiry evaluation adds periods millions of times.
    private final long totalMonths;
    private final int days;

    private RetentionPeriod(String text, Period period) {
        this.text = text;
        this.period = period;
        this.totalMonths = period.toTotalMonths();
        this.days = period.getDays();
    }

    /** Parses a period, reporting errors against the field {@code period}. */
    public static RetentionPeriod parse(String text) {
        return parse(DEFAULT_FIELD, text);
    }

    /** Parses a period, reporting errors against {@code field} (e.g. {@code extensionPeriod}). */
    public static RetentionPeriod parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRetentionInputException(field, text, "must not be blank");
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT);
        if (normalised.contains("T")) {
            throw new InvalidRetentionInputException(field, text,
                    "time parts are not allowed; retention is counted in whole days (use e.g. P1D)");
        }
        if (normalised.contains("-")) {
            throw new InvalidRetentionInputException(field, text, "negative parts are not allowed");
        }
        Matcher matcher = DATE_PERIOD.matcher(normalised);
        if (!matcher.matches() || normalised.length() == 1) {
            throw new InvalidRetentionInputException(field, text, EXPECTED);
        }
        long years = group(matcher, 1);
        long months = group(matcher, 2);
        long days = group(matcher, 3) * 7 + group(matcher, 4);
        if (years + months + days == 0) {
            throw new InvalidRetentionInputException(field, text, "must be longer than zero");
        }
        // Approximate lengths are enough for a sanity bound that keeps every later date calculation in range.
        if (years * 12 + months + days / 28 > MAX_YEARS * 12L) {
            throw new InvalidRetentionInputException(field, text, "must not exceed " + MAX_YEARS + " years");
        }
        return new RetentionPeriod(normalised, Period.of((int) years, (int) months, (int) days));
    }

    private static long group(Matcher matcher, int index) {
        String digits = matcher.group(index);
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** The period as {@code java.time} understands it ({@code P4W} is 28 days). */
    public Period period() {
        return period;
    }

    /** The years and months as one number of months: what {@link #addTo} adds first. */
    public long totalMonths() {
        return totalMonths;
    }

    /** The weeks and days as days: what {@link #addTo} adds after the months. */
    public int days() {
        return days;
    }

    /** The date this period after {@code date}; month ends are clamped as {@link LocalDate#plus} does. */
    public LocalDate addTo(LocalDate date) {
        // Exactly what date.plus(period) does for an ISO date (Period.addTo: the years and months as one number of
        // months, then the days), without its chronology check and unit dispatch, which cost more than the addition.
        return date.plusMonths(totalMonths).plusDays(days);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetentionPeriod that && period.equals(that.period);
    }

    @Override
    public int hashCode() {
        return period.hashCode();
    }

    /** The ISO-8601 text, e.g. {@code P4W}. */
    @Override
    public String toString() {
        return text;
    }
}
