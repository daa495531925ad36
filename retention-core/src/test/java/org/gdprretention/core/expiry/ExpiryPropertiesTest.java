package org.gdprretention.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ExpiryPropertiesTest {

    private static final int FIRST_DAY = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int LAST_DAY = (int) LocalDate.of(2090, 12, 31).toEpochDay();
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/Santiago"),
            ZoneId.of("America/Havana"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));

    private final ExpiryCalculator calculator = new ExpiryCalculator();

    private static Gen<LocalDate> dates() {
        return integers().between(FIRST_DAY, LAST_DAY).map(day -> LocalDate.ofEpochDay(day));
    }

    private static Gen<int[]> parts() {
        return integers().between(0, 30).zip(integers().between(0, 40), integers().between(0, 400),
                (y, m, d) -> new int[] {y, m, d});
    }

    private static RetentionPeriod period(int[] ymd) {
        if (ymd[0] + ymd[1] + ymd[2] == 0) {
            return RetentionPeriod.parse("P1D");
        }
        return RetentionPeriod.parse("P" + ymd[0] + "Y" + ymd[1] + "M" + ymd[2] + "D");
    }

    private static Gen<List<RetentionPeriod>> extensions() {
        return lists().of(parts().map(ExpiryPropertiesTest::period)).ofSizeBetween(0, 4);
    }

    @Test
    void aLongerPeriodNeverGivesAnEarlierExpiry() {
        qt().forAll(dates(), parts(), parts(), extensions())
                .checkAssert((start, shorter, extra, granted) -> {
                    int[] longer = {shorter[0] + extra[0], shorter[1] + extra[1], shorter[2] + extra[2]};
                    LocalDate shortExpiry = calculator.expiryDate(start, period(shorter), granted);
                    LocalDate longExpiry = calculator.expiryDate(start, period(longer), granted);
                    assertThat(longExpiry).isAfterOrEqualTo(shortExpiry);
                });
    }

    @Test
    void eachGrantedExtensionAddsExactlyItsPeriod() {
        qt().forAll(dates(), parts(), extensions(), parts())
                .checkAssert((start, base, granted, next) -> {
                    List<RetentionPeriod> oneMore = new ArrayList<>(granted);
                    oneMore.add(period(next));
                    LocalDate before = calculator.expiryDate(start, period(base), granted);
                    LocalDate after = calculator.expiryDate(start, period(base), oneMore);
                    assertThat(after).isEqualTo(before.plus(period(next).period()));
                });
    }

    @Test
    void expiryIsNeverBeforeTheStartPlusThePeriod() {
        qt().forAll(dates(), parts(), extensions())
                .checkAssert((start, base, granted) ->
                        assertThat(calculator.expiryDate(start, period(base), granted))
                                .isAfterOrEqualTo(start.plus(period(base).period())));
    }

    @Test
    void expiredFromComesAfterEveryInstantOfTheExpiryDateInAnyZone() {
        Gen<ZoneId> zones = Generate.pick(ZONES);
        qt().withExamples(3000)
                .forAll(zones, dates(), integers().between(-2 * 3600, 28 * 3600))
                .checkAssert((zone, expiry, secondsIntoDay) -> {
                    ExpiryCalculator inZone = new ExpiryCalculator(zone);
                    Instant expiredFrom = inZone.expiredFrom(expiry);
                    Instant probe = expiry.atStartOfDay(zone).toInstant().plusSeconds(secondsIntoDay);
                    if (inZone.localDate(probe).equals(expiry)) {
                        assertThat(probe).isBefore(expiredFrom);
                    }
                    assertThat(inZone.localDate(expiredFrom)).isAfter(expiry);
                    assertThat(inZone.localDate(expiredFrom.minusNanos(1))).isBeforeOrEqualTo(expiry);
                });
    }
}
