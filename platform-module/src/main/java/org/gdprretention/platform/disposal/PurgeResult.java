package org.gdprretention.platform.disposal;

/** What happened to one document of a purge call. */
public enum PurgeResult {
    /** Hard-deleted, with its versions and renditions; a disposal record proves it. */
    PURGED,
    /**
     * Asked for inside a transaction (a folder rule, a request): it is purged, or refused, once that transaction
     * commits, in a transaction of its own; its disposal record and the audit log show the outcome.
     */
    SCHEDULED,
    /** Dry run: it would have been purged. */
    WOULD_PURGE,
    /** Left alone, for the reason given; nothing about it changed. */
    REFUSED,
    /** Purging it went wrong; everything done for it was rolled back. */
    FAILED
}
