package org.gdprretention.core.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;

/**
 * Decides which archived nodes the trashcan sweep purges: a node on legal hold never; a node whose retention
 * expired (by the same end-of-day rule as live documents); a node archived longer ago than the maximum age,
 * counted in calendar terms in the retention zone (P1M after 31 January is the end of February).
 */
public final class TrashcanRule {

    private final RetentionPeriod maxAge;
    private final ExpiryCalculator calculator;

    public TrashcanRule(RetentionPeriod maxAge, ExpiryCalculator calculator) {
        if (maxAge == null) {
            throw new InvalidRetentionInputException("maxAge", null, "is required: how long deleted items stay"
                    + " restorable in the trashcan");
        }
        this.maxAge = maxAge;
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * @param archivedAt when the node was deleted into the trashcan ({@code sys:archivedDate}); null when unknown,
     *                   in which case only its expiry can make it purgeable
     * @param expiryDate its retention expiry date, or null when it has none
     * @param onHold     whether it carries a legal hold
     */
    public TrashcanVerdict judge(Instant archivedAt, LocalDate expiryDate, boolean onHold, Instant now) {
        Objects.requireNonNull(now, "now");
        if (onHold) {
            return TrashcanVerdict.KEEP_ON_HOLD;
        }
        if (expiryDate != null && !calculator.expiredFrom(expiryDate).isAfter(now)) {
            return TrashcanVerdict.PURGE_RETENTION_EXPIRED;
        }
        if (archivedAt != null) {
            Instant purgeableFrom = archivedAt.atZone(calculator.zone()).plus(maxAge.period()).toInstant();
            if (!purgeableFrom.isAfter(now)) {
                return TrashcanVerdict.PURGE_ARCHIVED_TOO_LONG;
            }
        }
        return TrashcanVerdict.KEEP;
    }

    public RetentionPeriod maxAge() {
        return maxAge;
    }
}
