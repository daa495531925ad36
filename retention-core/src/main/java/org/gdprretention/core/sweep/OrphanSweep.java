package org.gdprretention.core.sweep;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The orphans of one sweep, produced one at a time as the two sorted inputs are merged.
 *
 * <p>Both inputs are checked for order as they are read; a violation throws {@link IllegalStateException}
 * naming the two URLs, because merging wrongly sorted inputs would report referenced files as orphans. When the
 * stored side ends, the rest of the referenced side is still read (and checked), so a sweep that ran to the end
 * without an exception ({@link OrphanSweepSummary#complete()}) proves both inputs were in order. A misplaced
 * referenced URL can only be seen when it is read, which may be after an orphan before it was handed out:
 * callers that delete must therefore run a sweep to completion first (a dry run, which also yields the
 * counts) and delete during a second sweep over the same ordered sources.
 */
public final class OrphanSweep implements Iterator<StoredBinary> {

    private final Iterator<StoredBinary> stored;
    private final Iterator<String> referenced;
    private final Instant cutoff;

    private String lastStoredUrl;
    private String referencedHead;
    private StoredBinary pending;
    private boolean complete;
    private IllegalStateException failure;

    private long scanned;
    private long referencedCount;
    private long protectedTooYoung;
    private long orphans;
    private long orphanBytes;

    OrphanSweep(Iterator<StoredBinary> stored, Iterator<String> referenced, Instant cutoff) {
        this.stored = stored;
        this.referenced = referenced;
        this.cutoff = cutoff;
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (pending == null && !complete) {
            try {
                pending = nextOrphan();
            } catch (IllegalStateException e) {
                // sticky, so a caller that catches and carries on cannot resume a sweep it should distrust
                failure = e;
                throw e;
            }
        }
        return pending != null;
    }

    @Override
    public StoredBinary next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more orphans");
        }
        StoredBinary orphan = pending;
        pending = null;
        return orphan;
    }

    /** The counts so far; final once {@link OrphanSweepSummary#complete()} is true. */
    public OrphanSweepSummary summary() {
        return new OrphanSweepSummary(scanned, referencedCount, protectedTooYoung, orphans, orphanBytes, complete);
    }

    private StoredBinary nextOrphan() {
        while (stored.hasNext()) {
            StoredBinary binary = Objects.requireNonNull(stored.next(), "stored binary");
            String url = binary.contentUrl();
            if (lastStoredUrl != null && url.compareTo(lastStoredUrl) <= 0) {
                throw new IllegalStateException("Stored binaries are not strictly ascending by content URL: '" + url
                        + "' came after '" + lastStoredUrl + "'; the sweep stops rather than misjudge references");
            }
            lastStoredUrl = url;
            scanned++;
            if (isReferenced(url)) {
                referencedCount++;
            } else if (!binary.lastModified().isBefore(cutoff)) {
                protectedTooYoung++;
            } else {
                orphans++;
                orphanBytes += binary.sizeBytes();
                return binary;
            }
        }
        drainReferenced();
        complete = true;
        return null;
    }

    /** Moves the referenced side forward to the first URL not below {@code url}, never further. */
    private boolean isReferenced(String url) {
        while (referencedHead == null || referencedHead.compareTo(url) < 0) {
            if (!advanceReferenced()) {
                return false;
            }
        }
        return referencedHead.equals(url);
    }

    private void drainReferenced() {
        while (advanceReferenced()) {
            // reading on only to prove the order of what is left
        }
    }

    private boolean advanceReferenced() {
        if (!referenced.hasNext()) {
            return false;
        }
        String next = Objects.requireNonNull(referenced.next(), "referenced content URL");
        if (referencedHead != null && next.compareTo(referencedHead) < 0) {
            throw new IllegalStateException("Referenced content URLs are not in ascending order: '" + next
                    + "' came after '" + referencedHead + "'; the sweep stops rather than misjudge references");
        }
        referencedHead = next;
        return true;
    }
}
