package org.gdprretention.core.sweep;

/**
 * The counts of one pass over {@code contentstore.deleted}.
 *
 * @param scanned        backup copies read
 * @param keptTooYoung   copies younger than the configured age, kept
 * @param removable      copies old enough to remove
 * @param removableBytes their total size
 * @param complete       true once every backup has been read
 */
public record DeletedStoreSummary(long scanned, long keptTooYoung, long removable, long removableBytes,
                                  boolean complete) {
}
