package org.gdprretention.platform.disposal;

import org.gdprretention.core.disposal.ExclusionReason;
import org.gdprretention.core.expiry.RetentionState;

/**
 * The text of a refusal: the engine's reason as a stable code (for scripts and the UI) and a sentence for the
 * officer, e.g. {@code "ON_HOLD: the document is under legal hold"}.
 */
final class RefusalReasons {

    private RefusalReasons() {
    }

    static String text(ExclusionReason reason, DocumentAssessment assessment, PurgeCaller caller,
                       PurgeOptions options) {
        return reason.name() + ": " + sentence(reason, assessment, caller, options);
    }

    private static String sentence(ExclusionReason reason, DocumentAssessment assessment, PurgeCaller caller,
                                   PurgeOptions options) {
        return switch (reason) {
            case ALREADY_PURGED -> "the document no longer exists (already purged or deleted)";
            case ON_HOLD -> "the document is under legal hold; a hold is never overridden";
            case PENDING_START -> "the start of its retention is not known yet, so it cannot have expired";
            case EXTENSION_DECISION_PENDING -> "an extension request filed before expiry is waiting for a decision;"
                    + " an officer decides it first, or it lapses when its decision window has passed";
            case NOT_EXPIRED -> notExpired(assessment.state(), caller, options);
            case FORCED_WITHOUT_REASON -> "purging before expiry needs a reason";
            case BINARY_SHARED_WITH_LIVE_NODE -> "a file of it is still used by a document that stays";
            case BATCH_LIMIT -> "the limit of " + options.batchLimit()
                    + " documents per purge was reached; a later purge takes it";
        };
    }

    private static String notExpired(RetentionState state, PurgeCaller caller, PurgeOptions options) {
        String text = "its retention has not expired"
                + (state != null && state.expiryDate() != null ? " (kept through " + state.expiryDate() + ")" : "");
        if (options.forced() && !caller.mayForce()) {
            text += "; only an administrator may purge before expiry";
        }
        return text;
    }
}
