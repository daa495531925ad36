package org.gdprretention.core.proof;

/** What is wrong with an audit log read back from storage. */
public enum AuditProblem {
    /** An entry is missing: a sequence gap, or the log stops before a remembered head. */
    REMOVED,
    /** Entries are present but not in sequence order (swapped, moved or repeated). */
    REORDERED,
    /** An entry's content no longer matches its hash, or differs from a remembered head. */
    ALTERED,
    /** An entry is intact and in place but does not follow from the entry before it (replaced and re-hashed). */
    BROKEN_CHAIN
}
