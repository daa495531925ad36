package org.gdprretention.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionEngineFactoryTest {

    @Test
    void buildsTheEvaluatorForTheConfiguredZone() {
        assertThat(RetentionEngineFactory.statusEvaluator(" Europe/London ").calculator().zone())
                .isEqualTo(ZoneId.of("Europe/London"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Amstredam", "CEST+", " "})
    void aBadZoneStopsTheStartWithThePropertyAndValue(String zone) {
        assertThatThrownBy(() -> RetentionEngineFactory.statusEvaluator(zone))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("gdpr-retention.zone").hasMessageContaining("'" + zone + "'");
    }

    @Test
    void repositoryDatesAreTheStartOfTheLocalDay() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");

        java.util.Date stored = RepositoryDates.toDate(LocalDate.of(2025, 3, 30), amsterdam);

        assertThat(stored.toInstant()).hasToString("2025-03-29T23:00:00Z");
        assertThat(RepositoryDates.toLocalDate(stored, amsterdam)).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(RepositoryDates.toLocalDate("2025-03-30", amsterdam)).isNull();
        assertThat(RepositoryDates.toDate(null, amsterdam)).isNull();
    }
}
