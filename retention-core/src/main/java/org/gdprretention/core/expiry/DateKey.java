package org.gdprretention.core.expiry;

import java.time.LocalDate;
import java.time.Year;

/**
 * A local date as one {@code long}: year, month and day in bit fields, so that keys compare as the dates do. Bulk
 * evaluation works on keys because a {@link LocalDate} per intermediate step is an object to allocate and
 * validate, which cost more than the arithmetic itself; a caller turns a key back into a date only when it keeps
 * one. Every date {@link LocalDate} can hold has a key, and no key is 0.
 */
public final class DateKey {

    private static final int YEAR_SHIFT = 9;
    private static final int MONTH_SHIFT = 5;
    private static final int MONTH_MASK = 0xF;
    private static final int DAY_MASK = 0x1F;
    // The last day of month that every month has: below it, adding days or months never needs a month's length.
    private static final int SHORTEST_MONTH = 28;

    private DateKey() {
    }

    public static long of(LocalDate date) {
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    static long of(int year, int month, int dayOfMonth) {
        return ((long) year << YEAR_SHIFT) | (month << MONTH_SHIFT) | dayOfMonth;
    }

    public static int year(long key) {
        return (int) (key >> YEAR_SHIFT);
    }

    public static int monthValue(long key) {
        return (int) (key >>> MONTH_SHIFT) & MONTH_MASK;
    }

    public static int dayOfMonth(long key) {
        return (int) key & DAY_MASK;
    }

    public static LocalDate toLocalDate(long key) {
        return LocalDate.of(year(key), monthValue(key), dayOfMonth(key));
    }

    /**
     * The key of {@code date.plusMonths(months).plusDays(days)}, with exactly its results (month ends clamped, then
     * the days counted on) and its exceptions, for {@code months >= 0} and {@code days >= 0}: the order in which
     * {@code Period.addTo} adds an ISO period's parts.
     */
    static long plusMonthsThenDays(long key, long months, int days) {
        int year = year(key);
        int month = monthValue(key);
        int day = dayOfMonth(key);
        if (months != 0) {
            long monthCount = year * 12L + (month - 1) + months;
            long newYear = Math.floorDiv(monthCount, 12);
            if (newYear > Year.MAX_VALUE) {
                return viaLocalDate(key, months, days);
            }
            year = (int) newYear;
            month = (int) Math.floorMod(monthCount, 12) + 1;
            if (day > SHORTEST_MONTH) {
                day = Math.min(day, lengthOfMonth(year, month));
            }
        }
        if (days == 0) {
            return of(year, month, day);
        }
        // Days within this month or into the next, as LocalDate.plusDays counts them without an epoch day.
        int dayOfMonth = day + days;
        if (dayOfMonth <= SHORTEST_MONTH) {
            return of(year, month, dayOfMonth);
        }
        if (dayOfMonth <= 2 * SHORTEST_MONTH + 3) {
            int length = lengthOfMonth(year, month);
            if (dayOfMonth <= length) {
                return of(year, month, dayOfMonth);
            }
            if (month < 12) {
                return of(year, month + 1, dayOfMonth - length);
            }
            if (year < Year.MAX_VALUE) {
                return of(year + 1, 1, dayOfMonth - length);
            }
        }
        return viaLocalDate(key, months, days);
    }

    // Far additions and the edges of the calendar: LocalDate's own arithmetic, including its range exceptions.
    private static long viaLocalDate(long key, long months, int days) {
        return of(toLocalDate(key).plusMonths(months).plusDays(days));
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
