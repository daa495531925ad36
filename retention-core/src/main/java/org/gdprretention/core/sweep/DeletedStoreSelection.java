package org.gdprretention.core.sweep;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/** The backups of one {@link DeletedStoreSweep} pass that are old enough to remove, one at a time. */
public final class DeletedStoreSelection implements Iterator<StoredBinary> {

    private final Iterator<StoredBinary> backups;
    private final Instant cutoff;

    private StoredBinary pending;
    private boolean complete;
    private long scanned;
    private long keptTooYoung;
    private long removable;
    private long removableBytes;

    DeletedStoreSelection(Iterator<StoredBinary> backups, Instant cutoff) {
        this.backups = backups;
        this.cutoff = cutoff;
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !complete) {
            if (!backups.hasNext()) {
                complete = true;
                break;
            }
            StoredBinary backup = Objects.requireNonNull(backups.next(), "backup");
            scanned++;
            if (backup.lastModified().isBefore(cutoff)) {
                removable++;
                removableBytes += backup.sizeBytes();
                pending = backup;
            } else {
                keptTooYoung++;
            }
        }
        return pending != null;
    }

    @Override
    public StoredBinary next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more removable backups");
        }
        StoredBinary backup = pending;
        pending = null;
        return backup;
    }

    /** The counts so far; final once {@link DeletedStoreSummary#complete()} is true. */
    public DeletedStoreSummary summary() {
        return new DeletedStoreSummary(scanned, keptTooYoung, removable, removableBytes, complete);
    }
}
