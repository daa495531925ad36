package org.gdprretention.platform.disposal;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * How one purge call should go.
 *
 * @param dryRun      true to only report what would happen; nothing is changed
 * @param forceReason why documents whose retention has not expired must go now; only an administrator may force,
 *                    and documents on legal hold or without a known retention start are never forced. Blank means
 *                    no force
 * @param batchLimit  the most documents this call purges (&gt; 0); the rest are refused and wait for a later call
 */
public record PurgeOptions(boolean dryRun, String forceReason, int batchLimit) {

    public PurgeOptions {
        if (batchLimit <= 0) {
            throw new InvalidRetentionInputException("batchLimit", batchLimit, "must be greater than 0");
        }
        forceReason = forceReason == null || forceReason.isBlank() ? null : forceReason.strip();
    }

    public boolean forced() {
        return forceReason != null;
    }
}
