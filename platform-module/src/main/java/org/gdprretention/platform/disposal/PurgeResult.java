package org.gdprretention.platform.disposal;

/** What happened to one document of a purge call. */
public enum PurgeResult {
    /** Hard-deleted, with its versions and renditions; a disposal record proves it. */
    PURGED,
    /** Dry run: it would have been purged. */
    WOULD_PURGE,
    /** Left alone, for the reason given; nothing about it changed. */
    REFUSED,
    /** Purging it went wrong; everything done for it was rolled back. */
    FAILED
}
