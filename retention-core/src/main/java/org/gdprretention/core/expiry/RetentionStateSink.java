package org.gdprretention.core.expiry;

import java.time.LocalDate;
import org.gdprretention.core.RetentionStatus;

/**
 * A caller-owned, reusable place for one document's computed retention, for bulk evaluation that only reads the
 * expiry date and status of each document before moving on (an overview, a nightly job): it spares the
 * {@link RetentionState} that {@link RetentionStatusEvaluator.Moment#evaluate} allocates per document. Not
 * thread-safe; each thread uses its own.
 */
public final class RetentionStateSink {

    private static final long NO_DATE = 0;

    private long expiryKey = NO_DATE;
    private RetentionStatus status;

    /** The last local date the document is kept; {@code null} while the start is unknown or nothing was written. */
    public LocalDate expiryDate() {
        return expiryKey == NO_DATE ? null : DateKey.toLocalDate(expiryKey);
    }

    /**
     * The same date as its {@link DateKey}, which compares as the dates do, for a caller that sorts, compares or
     * prints the date without making it an object; 0 while there is none.
     */
    public long expiryDateKey() {
        return expiryKey;
    }

    /** The document's status; {@code null} until a document has been evaluated into this sink. */
    public RetentionStatus status() {
        return status;
    }

    /** The current content as an immutable state, for a caller that wants to keep it. */
    public RetentionState toState() {
        if (status == null) {
            throw new IllegalStateException("no document has been evaluated into this sink yet");
        }
        return new RetentionState(expiryDate(), status);
    }

    void set(LocalDate expiry, RetentionStatus newStatus) {
        set(expiry == null ? NO_DATE : DateKey.of(expiry), newStatus);
    }

    void set(long expiry, RetentionStatus newStatus) {
        this.expiryKey = expiry;
        this.status = newStatus;
    }
}
