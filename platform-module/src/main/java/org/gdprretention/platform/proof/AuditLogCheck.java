package org.gdprretention.platform.proof;

import org.gdprretention.core.proof.AuditHead;

/**
 * The outcome of checking the audit log against itself and against ACS's audit trail.
 *
 * @param outcome        what was found
 * @param entry          the sequence of the first entry concerned; 0 when intact
 * @param explanation    a sentence for the officers and administrators; empty when intact
 * @param repositoryHead the head kept on the Audit Log folder
 * @param trailHead      the newest head in ACS's audit trail; null when it holds none
 */
public record AuditLogCheck(Outcome outcome, long entry, String explanation, AuditHead repositoryHead,
        AuditHead trailHead) {

    /** What a check can find. */
    public enum Outcome {
        /** Every entry is in place and matches its hash, its chain, the folder's head and ACS's audit trail. */
        INTACT,
        /** An entry was altered, removed, reordered or replaced: the chain breaks at {@link #entry()}. */
        BROKEN,
        /** ACS's audit trail recorded a later head than the log holds: entries were cut off its end. */
        TAIL_CUT,
        /** Entries from {@link #entry()} on are not in ACS's audit trail, so a cut there could not be seen. */
        UNCONFIRMED
    }

    public boolean intact() {
        return outcome == Outcome.INTACT;
    }
}
