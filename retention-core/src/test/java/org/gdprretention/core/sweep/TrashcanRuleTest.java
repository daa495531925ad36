package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.junit.jupiter.api.Test;

class TrashcanRuleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final TrashcanRule RULE = new TrashcanRule(RetentionPeriod.parse("P30D"),
            new ExpiryCalculator(AMSTERDAM));

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void anExpiredNodeIsPurgedFromTheFirstInstantAfterItsExpiryDay() {
        LocalDate expiry = LocalDate.parse("2025-06-01");
        Instant archived = local("2025-05-30T10:00");

        assertThat(RULE.judge(archived, expiry, false, local("2025-06-01T23:59:59"))).isEqualTo(TrashcanVerdict.KEEP);
        assertThat(RULE.judge(archived, expiry, false, local("2025-06-02T00:00")))
                .isEqualTo(TrashcanVerdict.PURGE_RETENTION_EXPIRED);
    }

    @Test
    void aNodeArchivedLongerThanTheMaxAgeIsPurged() {
        Instant archived = local("2025-05-01T10:00");

        assertThat(RULE.judge(archived, null, false, local("2025-05-31T09:59:59"))).isEqualTo(TrashcanVerdict.KEEP);
        assertThat(RULE.judge(archived, null, false, local("2025-05-31T10:00")))
                .isEqualTo(TrashcanVerdict.PURGE_ARCHIVED_TOO_LONG);
    }

    @Test
    void theAgeIsCountedInLocalCalendarDaysAcrossADaylightSavingChange() {
        // 30 local days after 2025-03-15 10:00 is 2025-04-14 10:00 local: one hour short of 30 x 24 hours (DST)
        Instant archived = local("2025-03-15T10:00");

        assertThat(RULE.judge(archived, null, false, local("2025-04-14T09:59"))).isEqualTo(TrashcanVerdict.KEEP);
        assertThat(RULE.judge(archived, null, false, local("2025-04-14T10:00")))
                .isEqualTo(TrashcanVerdict.PURGE_ARCHIVED_TOO_LONG);
    }

    @Test
    void aHeldNodeIsKeptWhateverItsAgeOrExpiry() {
        Instant longAgo = local("2020-01-01T00:00");
        LocalDate expiredLongAgo = LocalDate.parse("2021-01-01");

        assertThat(RULE.judge(longAgo, expiredLongAgo, true, local("2025-01-01T00:00")))
                .isEqualTo(TrashcanVerdict.KEEP_ON_HOLD);
        assertThat(TrashcanVerdict.KEEP_ON_HOLD.purges()).isFalse();
    }

    @Test
    void withoutAnArchivedDateOnlyTheExpiryDecides() {
        assertThat(RULE.judge(null, null, false, local("2025-01-01T00:00"))).isEqualTo(TrashcanVerdict.KEEP);
        assertThat(RULE.judge(null, LocalDate.parse("2024-12-30"), false, local("2025-01-01T00:00")))
                .isEqualTo(TrashcanVerdict.PURGE_RETENTION_EXPIRED);
    }

    @Test
    void expiryWinsOverAgeAsTheReasonGiven() {
        Instant longAgo = local("2020-01-01T00:00");
        LocalDate expiredLongAgo = LocalDate.parse("2021-01-01");

        assertThat(RULE.judge(longAgo, expiredLongAgo, false, local("2025-01-01T00:00")))
                .isEqualTo(TrashcanVerdict.PURGE_RETENTION_EXPIRED);
        assertThat(TrashcanVerdict.PURGE_RETENTION_EXPIRED.purges()).isTrue();
        assertThat(TrashcanVerdict.PURGE_ARCHIVED_TOO_LONG.purges()).isTrue();
        assertThat(TrashcanVerdict.KEEP.purges()).isFalse();
    }

    @Test
    void refusesAMissingMaxAge() {
        assertThatThrownBy(() -> new TrashcanRule(null, new ExpiryCalculator()))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid maxAge 'null'");
    }
}
