package org.gdprretention.core;

/** Where a document stands in its retention life. */
public enum RetentionStatus {
    /** The start date is not known yet (e.g. employment has not ended): no expiry, never purged. */
    PENDING_START,
    /** Retained; expiry more than the type's lead days away. */
    ACTIVE,
    /** Expiry within the type's consent lead days (inclusive). */
    EXPIRING,
    /** The expiry date has fully passed. */
    EXPIRED,
    /** Under legal hold: beats every status but PURGED. */
    ON_HOLD,
    /** Hard-deleted; only the disposal record remains. */
    PURGED
}
