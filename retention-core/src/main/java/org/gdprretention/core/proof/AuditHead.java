package org.gdprretention.core.proof;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The last entry of an audit log as remembered somewhere else (a checkpoint). A hash chain alone cannot show
 * that entries were cut off its end; comparing with a checkpoint can.
 *
 * @param sequence the sequence of the last entry, 0 for an empty log
 * @param hash     that entry's hash, {@link AuditLog#GENESIS_HASH} for an empty log
 */
public record AuditHead(long sequence, String hash) {

    public static final AuditHead EMPTY = new AuditHead(0, AuditLog.GENESIS_HASH);

    public AuditHead {
        if (sequence < 0) {
            throw new InvalidRetentionInputException("sequence", sequence, "must not be negative");
        }
        if (hash == null || hash.isBlank()) {
            throw new InvalidRetentionInputException("hash", hash, "is required");
        }
    }

    public static AuditHead of(AuditEntry entry) {
        return new AuditHead(entry.sequence(), entry.hash());
    }
}
