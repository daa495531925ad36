package org.gdprretention.core.sweep;

/**
 * A directory or file the walk could not read; nothing below it was judged, so nothing below it is removed.
 *
 * @param relativePath the entry's path below the store root, '/'-separated ("" for the root itself)
 * @param reason       what the file system said
 */
public record UnreadableEntry(String relativePath, String reason) {
}
