package org.gdprretention.core.expiry;

import java.time.LocalDate;
import java.util.Objects;
import org.gdprretention.core.RetentionStatus;

/**
 * A document's computed retention.
 *
 * @param expiryDate the last local date the document is kept; {@code null} while the start is unknown
 */
public record RetentionState(LocalDate expiryDate, RetentionStatus status) {

    static final RetentionState PENDING_START = new RetentionState(null, RetentionStatus.PENDING_START);

    public RetentionState {
        Objects.requireNonNull(status, "status");
    }
}
