package org.gdprretention.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Period;
import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "P7Y,   7, 0, 0",
        "P4W,   0, 0, 28",
        "P18M,  0, 18, 0",
        "P30D,  0, 0, 30",
        "P1Y6M, 1, 6, 0",
        "P1Y2M3W4D, 1, 2, 25"
    })
    void parsesIsoDatePeriods(String text, int years, int months, int days) {
        RetentionPeriod period = RetentionPeriod.parse(text);

        assertThat(period.period()).isEqualTo(Period.of(years, months, days));
        assertThat(period).hasToString(text);
    }

    @Test
    void normalisesCaseAndSurroundingSpaceOfTheText() {
        assertThat(RetentionPeriod.parse("  p4w ")).hasToString("P4W");
    }

    @Test
    void equalityIsByTheLengthOfThePeriod() {
        assertThat(RetentionPeriod.parse("P4W")).isEqualTo(RetentionPeriod.parse("P28D"))
                .hasSameHashCodeAs(RetentionPeriod.parse("P28D"));
        assertThat(RetentionPeriod.parse("P1Y")).isNotEqualTo(RetentionPeriod.parse("P2Y"));
    }

    @Test
    void oneYearConstantIsP1Y() {
        assertThat(RetentionPeriod.ONE_YEAR.period()).isEqualTo(Period.ofYears(1));
        assertThat(RetentionPeriod.ONE_YEAR).hasToString("P1Y");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesMissingText(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid period '" + text + "': must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT24H", "P1DT2H", "PT0.5S"})
    void refusesTimeParts(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid period '" + text + "': ")
                .hasMessageContaining("time parts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-1Y", "-P1Y", "P1Y-2M", "P-4W"})
    void refusesNegativeParts(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid period '" + text + "': ")
                .hasMessageContaining("negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P0Y0M", "P0W"})
    void refusesZero(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid period '" + text + "': must be longer than zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7Y", "P", "P7", "seven years", "P1.5Y", "P6M1Y", "P1Y 6M", "P1234567890Y"})
    void refusesUnparseableText(String text) {
        assertThatThrownBy(() -> RetentionPeriod.parse(text))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid period '" + text + "': ")
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void refusesPeriodsLongerThanAThousandYears() {
        assertThatThrownBy(() -> RetentionPeriod.parse("P1001Y"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid period 'P1001Y': must not exceed 1000 years");
        assertThat(RetentionPeriod.parse("P1000Y").period().getYears()).isEqualTo(1000);
    }

    @Test
    void callerNamesTheFieldSoExtensionPeriodsReportTheirOwnName() {
        assertThatThrownBy(() -> RetentionPeriod.parse("extensionPeriod", "PT1H"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid extensionPeriod 'PT1H': ")
                .extracting(e -> ((InvalidRetentionInputException) e).field())
                .isEqualTo("extensionPeriod");
    }

    @Test
    void anyCombinationOfPositivePartsRoundTripsThroughItsText() {
        qt().forAll(integers().between(0, 99), integers().between(0, 99), integers().between(0, 99),
                        integers().between(0, 99))
                .assuming((y, m, w, d) -> y + m + w + d > 0)
                .checkAssert((y, m, w, d) -> {
                    String text = "P" + part(y, 'Y') + part(m, 'M') + part(w, 'W') + part(d, 'D');
                    RetentionPeriod parsed = RetentionPeriod.parse(text);
                    assertThat(parsed.period()).isEqualTo(Period.of(y, m, w * 7 + d));
                    assertThat(RetentionPeriod.parse(parsed.toString())).isEqualTo(parsed);
                });
    }

    private static String part(int amount, char unit) {
        return amount == 0 ? "" : amount + String.valueOf(unit);
    }
}
