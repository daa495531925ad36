package org.gdprretention.core.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * Finds files in the content store that no node, version or rendition references any more, by merging two
 * streams that are both sorted ascending by content URL in {@link String#compareTo} order: the stored binaries
 * (from walking the store) and the referenced content URLs (from the repository database, duplicates allowed).
 *
 * <p>The merge holds one element of each side at a time, so memory stays flat for any number of files. The
 * price of streaming is that a sort mistake in the referenced stream can only be seen when the misplaced URL is
 * read: see {@link OrphanSweep} for why deletions must wait until a sweep has completed.
 */
public final class OrphanPlanner {

    private final Duration protectWindow;

    /**
     * @param protectWindow how old an unreferenced file must be before it counts as an orphan; files younger
     *                      than that may belong to a transaction that has not committed its reference yet
     */
    public OrphanPlanner(Duration protectWindow) {
        if (protectWindow == null || protectWindow.isNegative()) {
            throw new InvalidRetentionInputException("protectWindow", protectWindow, "must be zero or positive");
        }
        this.protectWindow = protectWindow;
    }

    /**
     * Starts a lazy sweep. Nothing is read until the returned iterator is asked for its first orphan.
     *
     * @param stored     stored binaries, strictly ascending by content URL
     * @param referenced referenced content URLs, ascending (repeats allowed: copies share a URL)
     * @param now        the moment the protect window is measured back from; a file is an orphan only when its
     *                   last modification is strictly before {@code now - protectWindow}
     */
    public OrphanSweep orphans(Iterator<StoredBinary> stored, Iterator<String> referenced, Instant now) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(referenced, "referenced");
        Objects.requireNonNull(now, "now");
        return new OrphanSweep(stored, referenced, now.minus(protectWindow));
    }
}
