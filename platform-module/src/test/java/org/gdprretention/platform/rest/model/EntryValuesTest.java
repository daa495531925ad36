package org.gdprretention.platform.rest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.platform.config.RepositoryDates;
import org.junit.jupiter.api.Test;

/** The text forms the REST answers use, each pinned down, fractions and offsets included. */
class EntryValuesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant WHOLE = Instant.parse("2026-01-01T09:07:00Z");
    private static final Instant WITH_MILLIS = Instant.parse("2026-01-01T09:07:00.500Z");

    @Test
    void aNodeIdIsTheReferencesIdWithoutItsStore() {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f");

        assertThat(EntryValues.nodeId(node)).isEqualTo("5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
        assertThat(EntryValues.nodeId(null)).isNull();
    }

    @Test
    void aStoredValueIsItsText() {
        assertThat(EntryValues.text("court case")).isEqualTo("court case");
        assertThat(EntryValues.text(42)).isEqualTo("42");
        assertThat(EntryValues.text(null)).isNull();
    }

    @Test
    void aDayIsYearMonthDay() {
        assertThat(EntryValues.day(LocalDate.of(2027, 1, 31))).isEqualTo("2027-01-31");
        assertThat(EntryValues.day((LocalDate) null)).isNull();
    }

    @Test
    void aStoredDateIsTheDayInTheRepositorysZoneAtWhoseStartACSKeepsIt() {
        Date stored = RepositoryDates.toDate(LocalDate.of(2018, 3, 1), AMSTERDAM); // 2018-02-28T23:00Z

        assertThat(EntryValues.day(stored, AMSTERDAM)).isEqualTo("2018-03-01");
        assertThat(EntryValues.day(stored, ZoneOffset.UTC)).isEqualTo("2018-02-28");
        assertThat(EntryValues.day(null, AMSTERDAM)).isNull();
        assertThat(EntryValues.day("2018-03-01", AMSTERDAM)).as("no date").isNull();
    }

    @Test
    void aUtcInstantShowsMillisecondsOnlyWhenThereAreAny() {
        assertThat(EntryValues.utcInstant(WHOLE)).isEqualTo("2026-01-01T09:07:00Z");
        assertThat(EntryValues.utcInstant(WITH_MILLIS)).isEqualTo("2026-01-01T09:07:00.500Z");
        assertThat(EntryValues.utcInstant(null)).isNull();
    }

    @Test
    void aZonedTimeToTheSecondDropsTheFractionAndWritesTheOffset() {
        assertThat(EntryValues.zonedToTheSecond(WITH_MILLIS, AMSTERDAM)).isEqualTo("2026-01-01T10:07:00+01:00");
        assertThat(EntryValues.zonedToTheSecond(Instant.parse("2025-06-15T10:00:00Z"), AMSTERDAM))
                .isEqualTo("2025-06-15T12:00:00+02:00");
        assertThat(EntryValues.zonedToTheSecond(WHOLE, ZoneOffset.UTC)).isEqualTo("2026-01-01T09:07:00Z");
        assertThat(EntryValues.zonedToTheSecond(null, AMSTERDAM)).isNull();
    }

    @Test
    void aZonedIsoOffsetTimeKeepsTheFractionWithoutTrailingZeros() {
        assertThat(EntryValues.zonedIsoOffset(WHOLE, AMSTERDAM)).isEqualTo("2026-01-01T10:07:00+01:00");
        assertThat(EntryValues.zonedIsoOffset(WITH_MILLIS, AMSTERDAM)).isEqualTo("2026-01-01T10:07:00.5+01:00");
        assertThat(EntryValues.zonedIsoOffset(WHOLE, ZoneOffset.UTC)).isEqualTo("2026-01-01T09:07:00Z");
        assertThat(EntryValues.zonedIsoOffset(null, AMSTERDAM)).isNull();
    }
}
