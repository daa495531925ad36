package org.gdprretention.platform.job;

/** How one firing of a job ended. */
public enum JobRunStatus {
    /** The work ran to its end. */
    COMPLETED,
    /** The repository was still starting; nothing was done. */
    SKIPPED_BOOTSTRAPPING,
    /** Another run (on this node or another node of the cluster) holds the job's lock; nothing was done. */
    SKIPPED_LOCKED,
    /** The lock was lost part-way; the work stopped between two units, and the next run carries on. */
    STOPPED_LOCK_LOST,
    /** The work threw; what its finished batches did stays done. */
    FAILED
}
