package org.gdprretention.platform.hold;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.alfresco.util.PropertyCheck;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Warns at start-up when ACS's own trashcan cleaner (the {@code alfresco-trashcan-cleaner} module ACS ships) is
 * scheduled, because it does not know legal holds and the module cannot stop it safely.
 *
 * <p>The cleaner lists the oldest {@code trashcan-cleaner.deleteBatchCount} archived nodes older than
 * {@code trashcan-cleaner.keepPeriod} and deletes them one by one, each in its own transaction as the system user,
 * with nothing catching a failure: an exception from a {@code beforeDeleteNode} behaviour ends the whole run. A
 * refusal in {@link HeldNodeDeletionGuard} would therefore not skip a held archived node (a document deleted from a
 * dossier before the dossier was held) but stop the cleaner at it, in this run and in every later one, since the
 * node stays first in its list for as long as the hold lasts. So the guard lets the system user delete, and a held
 * archived node is purged once the cleaner's keep period has passed. The remedy is the administrator's: keep
 * {@value #CRON_PROPERTY} at its never-run default ({@value #NEVER}) and empty the trashcan with the module's
 * trashcan job ({@code gdpr-retention.job.trashcan.enabled}, {@code gdpr-retention.trashcan.maxAge}), which never
 * purges a held node. This check tells the administrator when that is not the case.
 */
public class AcsTrashcanCleanerCheck implements InitializingBean {

    static final String CRON_PROPERTY = "trashcan-cleaner.cron";
    static final String NEVER = "* * * * * ? 2099";
    /** ACS disables a cron job with a year far ahead; a first run further away than this counts as never. */
    private static final Duration FAR_AHEAD = Duration.ofDays(50L * 365);
    private static final Logger LOGGER = LoggerFactory.getLogger(AcsTrashcanCleanerCheck.class);

    private Properties globalProperties;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "globalProperties", globalProperties);
        warning(globalProperties.getProperty(CRON_PROPERTY), Instant.now()).ifPresent(LOGGER::warn);
    }

    /** The warning for ACS's trashcan cleaner scheduled with {@code cron}, as of {@code now}; empty when it never runs. */
    static Optional<String> warning(String cron, Instant now) {
        if (cron == null || cron.isBlank()) {
            return Optional.empty(); // the cleaner module is not installed
        }
        Date next;
        try {
            next = new CronExpression(cron.trim()).getNextValidTimeAfter(Date.from(now));
        } catch (ParseException e) {
            return Optional.empty(); // ACS refuses to schedule it and says so itself
        }
        if (next == null || next.toInstant().isAfter(now.plus(FAR_AHEAD))) {
            return Optional.empty();
        }
        return Optional.of("ACS's trashcan cleaner is scheduled (" + CRON_PROPERTY + "=" + cron.trim() + ", next run "
                + next.toInstant() + ") and does not know legal holds: a document deleted from a folder before the"
                + " folder was put on legal hold is purged from the trashcan after trashcan-cleaner.keepPeriod."
                + " Set " + CRON_PROPERTY + "=" + NEVER + " and use gdpr-retention.job.trashcan.enabled instead,"
                + " which leaves held nodes alone.");
    }

    /** ACS's global properties ({@code global-properties}), where the cleaner's schedule is set. */
    public void setGlobalProperties(Properties globalProperties) {
        this.globalProperties = globalProperties;
    }
}
