package org.gdprretention.core.sweep;

/**
 * The counts of one orphan sweep.
 *
 * @param scanned           stored binaries read
 * @param referenced        stored binaries that the repository still references
 * @param protectedTooYoung unreferenced binaries left alone because they are inside the protect window
 *                          (a transaction may be about to reference them)
 * @param orphans           unreferenced binaries old enough to remove
 * @param orphanBytes       total size of those orphans
 * @param complete          true once both inputs have been read to the end and found in order
 */
public record OrphanSweepSummary(long scanned, long referenced, long protectedTooYoung, long orphans,
                                 long orphanBytes, boolean complete) {
}
