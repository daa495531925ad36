package org.gdprretention.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A date key holds every LocalDate, orders as the dates do, and adds months then days exactly as LocalDate does. */
class DateKeyTest {

    private static final long FIRST_DAY = LocalDate.MIN.toEpochDay();
    private static final long LAST_DAY = LocalDate.MAX.toEpochDay();

    // Any date LocalDate can hold, with the last days of months (where clamping and month lengths matter), the
    // years around today and the edges of the calendar drawn far more often than a uniform draw would give them.
    private static Gen<LocalDate> dates() {
        Gen<LocalDate> anyDay = longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
        Gen<LocalDate> nearToday = integers().between(-20_000, 80_000).map(day -> LocalDate.ofEpochDay(day));
        Gen<LocalDate> monthEnds = integers().between(1900, 2400).zip(integers().between(1, 12),
                integers().between(0, 3), (year, month, back) -> {
                    LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                    return end.minusDays(back);
                });
        Gen<LocalDate> edges = integers().between(0, 800).map(day -> day < 400
                ? LocalDate.MAX.minusDays(day) : LocalDate.MIN.plusDays(day - 400));
        return anyDay.mix(nearToday, 40).mix(monthEnds, 40).mix(edges, 15);
    }

    @Test
    void everyDateComesBackFromItsKeyAndNoKeyIsZero() {
        qt().withExamples(20_000).forAll(dates()).checkAssert(date -> {
            long key = DateKey.of(date);
            assertThat(DateKey.toLocalDate(key)).isEqualTo(date);
            assertThat(DateKey.year(key)).isEqualTo(date.getYear());
            assertThat(DateKey.monthValue(key)).isEqualTo(date.getMonthValue());
            assertThat(DateKey.dayOfMonth(key)).isEqualTo(date.getDayOfMonth());
            assertThat(key).isNotZero();
        });
        assertThat(DateKey.toLocalDate(DateKey.of(LocalDate.MIN))).isEqualTo(LocalDate.MIN);
        assertThat(DateKey.toLocalDate(DateKey.of(LocalDate.MAX))).isEqualTo(LocalDate.MAX);
    }

    @Test
    void keysCompareAsTheirDates() {
        qt().withExamples(20_000).forAll(dates(), dates()).checkAssert((a, b) ->
                assertThat(Long.signum(Long.compare(DateKey.of(a), DateKey.of(b))))
                        .isEqualTo(Integer.signum(a.compareTo(b))));
        qt().withExamples(5_000).forAll(dates()).checkAssert(date -> {
            if (!date.equals(LocalDate.MAX)) {
                assertThat(DateKey.of(date.plusDays(1))).isGreaterThan(DateKey.of(date));
            }
        });
    }

    @Test
    void addingMonthsThenDaysGivesLocalDatesResultOrItsException() {
        // Months and days as retention periods have them (at most 1000 years), and more, up to the far future.
        Gen<Long> months = integers().between(0, 13_000).map(Integer::longValue)
                .mix(integers().between(0, 36).map(Integer::longValue), 50);
        Gen<Integer> days = integers().between(0, 400_000).mix(integers().between(0, 70), 60)
                .mix(integers().between(0, 0), 30);
        qt().withExamples(100_000).forAll(dates(), months, days).checkAssert((date, m, d) -> {
            LocalDate expected;
            try {
                expected = date.plusMonths(m).plusDays(d);
            } catch (DateTimeException beyondTheCalendar) {
                assertThatThrownBy(() -> DateKey.plusMonthsThenDays(DateKey.of(date), m, d))
                        .isInstanceOf(DateTimeException.class);
                return;
            }
            assertThat(DateKey.toLocalDate(DateKey.plusMonthsThenDays(DateKey.of(date), m, d)))
                    .as("%s plus %d months then %d days", date, m, d).isEqualTo(expected);
        });
    }

    @Test
    void theCasesThatNeedAMonthsLengthAreExact() {
        assertThat(plus("2024-01-31", 1, 0)).isEqualTo("2024-02-29");
        assertThat(plus("2023-01-31", 1, 0)).isEqualTo("2023-02-28");
        assertThat(plus("2024-02-29", 12, 0)).isEqualTo("2025-02-28");
        assertThat(plus("2024-02-29", 48, 0)).isEqualTo("2028-02-29");
        assertThat(plus("2100-01-29", 1, 0)).isEqualTo("2100-02-28");
        assertThat(plus("2000-01-29", 1, 0)).isEqualTo("2000-02-29");
        assertThat(plus("2026-01-31", 0, 28)).isEqualTo("2026-02-28");
        assertThat(plus("2026-02-28", 0, 31)).isEqualTo("2026-03-31");
        assertThat(plus("2026-12-31", 0, 28)).isEqualTo("2027-01-28");
        assertThat(plus("2026-03-31", 1, 1)).isEqualTo("2026-05-01");
        assertThat(plus("2026-06-15", 0, 60)).isEqualTo("2026-08-14");
        assertThat(plus(LocalDate.MAX.minusDays(27).toString(), 0, 27)).isEqualTo(LocalDate.MAX.toString());
        assertThatThrownBy(() -> DateKey.plusMonthsThenDays(DateKey.of(LocalDate.MAX), 0, 1))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> DateKey.plusMonthsThenDays(DateKey.of(LocalDate.of(Year.MAX_VALUE, 6, 1)), 7, 0))
                .isInstanceOf(DateTimeException.class);
    }

    private static String plus(String date, long months, int days) {
        return DateKey.toLocalDate(DateKey.plusMonthsThenDays(DateKey.of(LocalDate.parse(date)), months, days))
                .toString();
    }
}
