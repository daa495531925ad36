package org.gdprretention.core.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The rule for {@code contentstore.deleted}: Alfresco's lazy content cleaner copies every binary it removes into
 * that store as a backup and never empties it, so deleted personal data would stay on disk for ever. A backup
 * copy older than the configured age may be removed. The copy is written when the binary is cleaned, so its
 * last modification tells how long it has been a backup.
 *
 * <p>The store has the same layout as the content store, so {@link FileContentStoreWalker} walks it too.
 */
public final class DeletedStoreSweep {

    private final Duration maxAge;

    /** @param maxAge how long a backup copy is kept; zero keeps none */
    public DeletedStoreSweep(Duration maxAge) {
        if (maxAge == null || maxAge.isNegative()) {
            throw new InvalidRetentionInputException("maxAge", maxAge, "must be zero or positive");
        }
        this.maxAge = maxAge;
    }

    /**
     * The removable backups among {@code backups}, lazily, with the counts in
     * {@link DeletedStoreSelection#summary()}.
     *
     * @param now a backup is removable when its last modification is strictly before {@code now - maxAge}
     */
    public DeletedStoreSelection removable(Iterator<StoredBinary> backups, Instant now) {
        Objects.requireNonNull(backups, "backups");
        Objects.requireNonNull(now, "now");
        return new DeletedStoreSelection(backups, now.minus(maxAge));
    }

    public Duration maxAge() {
        return maxAge;
    }
}
