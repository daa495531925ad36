package org.gdprretention.platform.disposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;

/**
 * Removes the binaries of a purged document from the content store, once the purge has committed, in a new
 * transaction; only those no other node or version still references.
 *
 * <p>Whether a binary is still referenced is ACS's own decision: when the purge's transaction deleted the last
 * content data pointing at a URL, ACS's commit listener in the content data DAO found the URL unreferenced and gave
 * it an orphan time (or, with eager clean-up switched on, deleted its row and the binary itself). A URL that still
 * has no orphan time is referenced by something else (a copy, another version) and is kept. This reuses the
 * repository's concurrency-safe reference check instead of querying for references ourselves.
 *
 * <p>For orphaned URLs, the eager cleaner is told to delete the binary after this transaction commits, with
 * {@code force} so that it does so even when eager clean-up is switched off, and the URL's row is deleted in this
 * transaction, which is the cleaner's contract. The eager path calls no cleaner listeners, so no backup copy lands
 * in {@code contentstore.deleted}.
 */
class ContentStoreCleanup {

    static final String STILL_REFERENCED = "still referenced by another node or version (the repository did not"
            + " mark it orphaned when the document was deleted)";

    private final ContentDataDAO contentDataDAO;
    private final EagerContentStoreCleaner eagerContentStoreCleaner;

    ContentStoreCleanup(ContentDataDAO contentDataDAO, EagerContentStoreCleaner eagerContentStoreCleaner) {
        this.contentDataDAO = contentDataDAO;
        this.eagerContentStoreCleaner = eagerContentStoreCleaner;
    }

    /** @param hashes SHA-256 by content URL, taken before the purge; empty when hashing is off */
    StoreCleanupResult clean(List<DocumentBinary> binaries, Map<String, String> hashes) {
        List<RemovedBinary> removed = new ArrayList<>();
        List<RetainedBinary> kept = new ArrayList<>();
        List<Long> orphanedRows = new ArrayList<>();
        for (DocumentBinary binary : binaries) {
            String url = binary.contentUrl();
            ContentUrlEntity entity = contentDataDAO.getContentUrl(url);
            if (entity != null && entity.getOrphanTime() == null) {
                kept.add(new RetainedBinary(url, STILL_REFERENCED));
                continue;
            }
            // No row at all means ACS's eager clean-up already dropped it: nothing can reference the URL any more,
            // and registering it again makes sure the binary goes even if that clean-up did not finish.
            eagerContentStoreCleaner.registerOrphanedContentUrl(url, true);
            long size = binary.sizeBytes();
            if (entity != null) {
                orphanedRows.add(entity.getId());
                size = entity.getSize();
            }
            removed.add(RemovedBinary.hashed(url, size, hashes.get(url)));
        }
        if (!orphanedRows.isEmpty()) {
            contentDataDAO.deleteContentUrls(orphanedRows);
        }
        return new StoreCleanupResult(removed, kept);
    }
}
