package org.gdprretention.core.disposal;

/** Why a candidate is not in a disposal plan. */
public enum ExclusionReason {
    /** Already hard-deleted; nothing left to purge. */
    ALREADY_PURGED,
    /** Under legal hold; a hold beats even a forced purge. */
    ON_HOLD,
    /** The start of its retention is not known yet, so it cannot have expired; never purged, not even forced. */
    PENDING_START,
    /**
     * An extension request filed before expiry waits for an officer's decision and its window has not passed;
     * never purged, not even forced: an officer denies the request first, or it lapses.
     */
    EXTENSION_DECISION_PENDING,
    /** Retention has not expired and nobody forced the purge. */
    NOT_EXPIRED,
    /** A forced purge of an unexpired document was asked for without saying why. */
    FORCED_WITHOUT_REASON,
    /** Policy {@link SharedBinaryPolicy#EXCLUDE_DOCUMENT}: a binary of it is still used by a live node. */
    BINARY_SHARED_WITH_LIVE_NODE,
    /** Eligible, but the run's batch limit was reached; a later run picks it up. */
    BATCH_LIMIT
}
