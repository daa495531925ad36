package org.gdprretention.core.sweep;

import java.util.List;

/**
 * What one walk of a file content store saw.
 *
 * @param binaries              {@code .bin} files in the layout, handed out as {@link StoredBinary}
 * @param binaryBytes           their total size
 * @param directories           layout directories listed (the root included)
 * @param symbolicLinksSkipped  symbolic links, neither followed nor handed out
 * @param otherEntriesSkipped   entries outside the layout: other files, directories that are not numbered,
 *                              files at the wrong depth, devices, sockets
 * @param unreadableEntries     directories or entries the file system refused; the walk went on without them
 * @param unreadableSample      the first of those, up to the walker's limit
 * @param complete              true once the walk has reached its end
 */
public record StoreWalkSummary(long binaries, long binaryBytes, long directories, long symbolicLinksSkipped,
                               long otherEntriesSkipped, long unreadableEntries, List<UnreadableEntry> unreadableSample,
                               boolean complete) {

    public StoreWalkSummary {
        unreadableSample = List.copyOf(unreadableSample);
    }
}
