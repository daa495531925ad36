package org.gdprretention.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryCalculatorTest {

    private final ExpiryCalculator amsterdam = new ExpiryCalculator();

    private static RetentionPeriod p(String text) {
        return RetentionPeriod.parse(text);
    }

    @Test
    void defaultZoneIsAmsterdam() {
        assertThat(amsterdam.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2024-01-31, P1M, 2024-02-29",
        "2023-01-31, P1M, 2023-02-28",
        "2024-02-29, P1Y, 2025-02-28",
        "2020-02-29, P4Y, 2024-02-29",
        "2024-03-31, P1M, 2024-04-30",
        "2024-12-31, P4W, 2025-01-28",
        "2025-01-15, P7Y, 2032-01-15",
        "2024-08-31, P1Y6M, 2026-02-28"
    })
    void addsThePeriodClampingMonthEnds(LocalDate start, String period, LocalDate expected) {
        assertThat(amsterdam.expiryDate(start, p(period), List.of())).isEqualTo(expected);
    }

    @Test
    void addsGrantedExtensionsOneAfterTheOtherInTheOrderGranted() {
        LocalDate start = LocalDate.of(2024, 1, 31);

        // Jan 31 + 1 month clamps to Feb 29; the next month then starts from the 29th.
        assertThat(amsterdam.expiryDate(start, p("P1M"), List.of(p("P1M")))).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(amsterdam.expiryDate(start, p("P2M"), List.of())).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(amsterdam.expiryDate(LocalDate.of(2020, 2, 29), p("P2Y"), List.of(p("P1Y"), p("P48W"))))
                .isEqualTo(LocalDate.of(2023, 2, 28).plusWeeks(48));
    }

    @Test
    void aChangedPeriodIsRecomputedOnTopOfTheExtensionsAlreadyGranted() {
        LocalDate start = LocalDate.of(2023, 6, 1);
        List<RetentionPeriod> consented = List.of(p("P1Y"));

        LocalDate before = amsterdam.expiryDate(start, p("P2Y"), consented);
        LocalDate after = amsterdam.expiryDate(start, p("P3Y"), consented);

        assertThat(before).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(after).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @ParameterizedTest(name = "{0} is on {1}")
    @CsvSource({
        "2025-06-30T21:59:59.999999999Z, 2025-06-30",
        "2025-06-30T22:00:00Z,           2025-07-01",
        "2025-12-31T22:59:59Z,           2025-12-31",
        "2025-12-31T23:00:00Z,           2026-01-01",
        "2025-03-29T22:59:59Z,           2025-03-29",
        "2025-03-29T23:00:00Z,           2025-03-30"
    })
    void startDateIsTheLocalDateOfTheInstant(Instant instant, LocalDate expected) {
        assertThat(amsterdam.startDate(instant)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "expiry {0} expires at {1}")
    @CsvSource({
        "2025-06-15, 2025-06-15T22:00:00Z",
        "2025-12-15, 2025-12-15T23:00:00Z",
        // summer time starts on 2025-03-30 at 02:00 local: the 29th is still a winter day
        "2025-03-29, 2025-03-29T23:00:00Z",
        // the 30th is 23 hours long and the 31st starts in summer time
        "2025-03-30, 2025-03-30T22:00:00Z",
        // summer time ends on 2025-10-26 at 03:00 local: the 26th is 25 hours long
        "2025-10-25, 2025-10-25T22:00:00Z",
        "2025-10-26, 2025-10-26T23:00:00Z",
        "2024-02-29, 2024-02-29T23:00:00Z"
    })
    void expiresAtTheStartOfTheNextLocalDayAcrossDaylightSavingChanges(LocalDate expiry, Instant expected) {
        assertThat(amsterdam.expiredFrom(expiry)).isEqualTo(expected);
    }

    @Test
    void aNextDayThatStartsInADaylightSavingGapExpiresAtItsFirstRealInstant() {
        // In Havana clocks jump from 00:00 to 01:00 on 2024-03-10: that day starts at 01:00 -04:00.
        ExpiryCalculator havana = new ExpiryCalculator(ZoneId.of("America/Havana"));

        assertThat(havana.expiredFrom(LocalDate.of(2024, 3, 9))).isEqualTo(Instant.parse("2024-03-10T05:00:00Z"));
    }

    @Test
    void aDayWhoseLastHourRepeatsIsKeptThroughTheRepeat() {
        // In Santiago clocks go back from 00:00 to 23:00 on 2024-04-07, so 23:00-24:00 of the 6th happens twice.
        ExpiryCalculator santiago = new ExpiryCalculator(ZoneId.of("America/Santiago"));
        Instant inTheRepeatedHour = Instant.parse("2024-04-07T03:30:00Z");

        assertThat(santiago.localDate(inTheRepeatedHour)).isEqualTo(LocalDate.of(2024, 4, 6));
        assertThat(santiago.expiredFrom(LocalDate.of(2024, 4, 6))).isEqualTo(Instant.parse("2024-04-07T04:00:00Z"))
                .isAfter(inTheRepeatedHour);
    }

    @Test
    void theZoneDecidesWhichDayAnInstantBelongsTo() {
        Instant lateEvening = Instant.parse("2025-05-01T22:30:00Z");

        assertThat(amsterdam.startDate(lateEvening)).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(new ExpiryCalculator(ZoneId.of("UTC")).startDate(lateEvening)).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
