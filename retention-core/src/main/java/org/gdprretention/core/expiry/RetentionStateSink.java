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

    private LocalDate expiryDate;
    private RetentionStatus status;

    /** The last local date the document is kept; {@code null} while the start is unknown or nothing was written. */
    public LocalDate expiryDate() {
        return expiryDate;
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
        return new RetentionState(expiryDate, status);
    }

    void set(LocalDate expiry, RetentionStatus newStatus) {
        this.expiryDate = expiry;
        this.status = newStatus;
    }
}
