package org.gdprretention.platform.disposal;

import java.util.List;

import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;

/** What the content store clean-up after a purge removed and what it had to leave. */
record StoreCleanupResult(List<RemovedBinary> removed, List<RetainedBinary> kept) {

    StoreCleanupResult {
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
    }

    long bytesRemoved() {
        return removed.stream().mapToLong(RemovedBinary::sizeBytes).sum();
    }
}
