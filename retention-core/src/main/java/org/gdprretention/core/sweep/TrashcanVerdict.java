package org.gdprretention.core.sweep;

/** What the trashcan sweep does with one archived (deleted, not yet purged) node. */
public enum TrashcanVerdict {
    /** Its retention expired: it should have been purged anyway, the trashcan only delays that. */
    PURGE_RETENTION_EXPIRED,
    /** It has been in the trashcan longer than the configured age. */
    PURGE_ARCHIVED_TOO_LONG,
    /** Neither: it stays restorable. */
    KEEP,
    /** It is on legal hold: kept whatever its age or expiry. */
    KEEP_ON_HOLD;

    public boolean purges() {
        return this == PURGE_RETENTION_EXPIRED || this == PURGE_ARCHIVED_TOO_LONG;
    }
}
