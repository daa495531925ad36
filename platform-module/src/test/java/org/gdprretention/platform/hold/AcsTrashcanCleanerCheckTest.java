package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** ACS's trashcan cleaner purges held archived nodes when it runs: the administrator is told when it is scheduled. */
class AcsTrashcanCleanerCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void theCleanersNeverRunDefaultIsQuiet() {
        assertThat(AcsTrashcanCleanerCheck.warning(AcsTrashcanCleanerCheck.NEVER, NOW)).isEmpty();
        assertThat(AcsTrashcanCleanerCheck.warning("0 30 2 * * ? 2099", NOW)).isEmpty();
    }

    @Test
    void aScheduledCleanerIsNamedWithTheSettingThatStopsIt() {
        assertThat(AcsTrashcanCleanerCheck.warning(" 0 30 2 * * ? ", NOW)).hasValueSatisfying(warning -> assertThat(
                warning).contains("trashcan-cleaner.cron=0 30 2 * * ?", "next run ",
                        "does not know legal holds", "Set trashcan-cleaner.cron=* * * * * ? 2099",
                        "gdpr-retention.job.trashcan.enabled"));
        assertThat(AcsTrashcanCleanerCheck.warning("0 0 3 * * ? 2027", NOW)).isPresent();
    }

    @Test
    void noCleanerOrASettingAcsRejectsItselfIsQuiet() {
        assertThat(AcsTrashcanCleanerCheck.warning(null, NOW)).isEmpty();
        assertThat(AcsTrashcanCleanerCheck.warning(" ", NOW)).isEmpty();
        assertThat(AcsTrashcanCleanerCheck.warning("every night", NOW)).isEmpty();
    }

    @Test
    void startsUpWhateverTheSetting() {
        for (String cron : new String[] {null, "0 30 2 * * ?", "nonsense"}) {
            Properties properties = new Properties();
            if (cron != null) {
                properties.setProperty(AcsTrashcanCleanerCheck.CRON_PROPERTY, cron);
            }
            AcsTrashcanCleanerCheck check = new AcsTrashcanCleanerCheck();
            check.setGlobalProperties(properties);

            assertThatCode(check::afterPropertiesSet).as(cron).doesNotThrowAnyException();
        }
    }
}
