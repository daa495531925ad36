package org.gdprretention.core.disposal;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * How one purge run should go.
 *
 * @param dryRun             true to only report what would happen; it never changes the decisions
 * @param batchLimit         the most documents one run may purge (&gt; 0), so a run stays within one
 *                           reasonable set of transactions; the rest wait for the next run
 * @param sharedBinaryPolicy what to do with binaries other live nodes share; {@code null} means
 *                           {@link SharedBinaryPolicy#KEEP_BINARY}
 * @param requestedBy        the user (or system job) on whose behalf the run is made
 * @param reason             why the run is made, for the disposal records; blank is stored as ""
 */
public record DisposalRequest(boolean dryRun, int batchLimit, SharedBinaryPolicy sharedBinaryPolicy,
                              String requestedBy, String reason) {

    public DisposalRequest {
        if (batchLimit <= 0) {
            throw new InvalidRetentionInputException("batchLimit", batchLimit, "must be greater than 0");
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new InvalidRetentionInputException("requestedBy", requestedBy, "must name who asks for the purge");
        }
        sharedBinaryPolicy = sharedBinaryPolicy == null ? SharedBinaryPolicy.KEEP_BINARY : sharedBinaryPolicy;
        reason = reason == null ? "" : reason.strip();
    }

    /** The same request, as a dry run or as a real run. */
    public DisposalRequest withDryRun(boolean newDryRun) {
        return new DisposalRequest(newDryRun, batchLimit, sharedBinaryPolicy, requestedBy, reason);
    }
}
