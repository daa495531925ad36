package org.gdprretention.platform.disposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.contenturl.UnreferencedContentUrls;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Removes the binaries of a purged document from the content store, once the purge has committed; only those no
 * other node or version still references.
 *
 * <p>Whether a URL is still referenced is decided by the database, never by the orphan time that
 * {@code contentDataDAO.getContentUrl} returns: that comes from a cache ACS does not update when its commit
 * listener orphans a URL, and it is only a hint anyway. Of what ACS's API offers, the foreign key decides:
 * <ul>
 * <li>{@code getContentUrlsOrphaned(handler, maxOrphanTimeExclusive, maxResults)} re-checks references
 * ({@code cd.id is null}), but cannot be asked about one URL: it returns any orphaned URLs up to a limit, oldest
 * first in practice, so with ACS's 14-day backlog of orphans the purged document's URLs may not be among them.
 * It is what the orphaned content URL sweep uses.</li>
 * <li>{@code getContentUrlEntityUnreferenced(url)}, ACS's own per-URL check, is protected.</li>
 * <li>Deleting the URL's row: the foreign key from content data to content URL refuses it while any content data
 * (another node, a version, a rendition, a copy) references the URL, and lets it through when nothing does, at that
 * very moment and safe against concurrent writers.</li>
 * </ul>
 * So each URL gets one read-write transaction of its own: delete its row and hand it to the eager cleaner
 * ({@link UnreferencedContentUrls}, the step the orphaned content URL sweep shares). When the foreign key refuses,
 * that transaction rolls back, nothing was registered, and the binary is kept and reported as still referenced.
 * That transaction does not retry: ACS's helper would retry a foreign key violation twenty times, and the answer
 * would not change. The cached entity is read only for the row's id and size, which never change.
 */
class ContentStoreCleanup {

    static final String STILL_REFERENCED = "still referenced by another node or version (the database refused to"
            + " remove its content URL)";

    private final ContentDataDAO contentDataDAO;
    private final UnreferencedContentUrls unreferencedContentUrls;
    private final TransactionService transactionService;

    ContentStoreCleanup(ContentDataDAO contentDataDAO, EagerContentStoreCleaner eagerContentStoreCleaner,
            TransactionService transactionService) {
        this.contentDataDAO = contentDataDAO;
        this.unreferencedContentUrls = new UnreferencedContentUrls(contentDataDAO, eagerContentStoreCleaner);
        this.transactionService = transactionService;
    }

    /**
     * Runs after the purge committed (starting new transactions there is allowed). A failure other than the
     * foreign key's propagates: the caller records the binaries as awaiting clean-up.
     *
     * @param hashes SHA-256 by content URL, taken before the purge; empty when hashing is off
     */
    StoreCleanupResult clean(List<DocumentBinary> binaries, Map<String, String> hashes) {
        List<RemovedBinary> removed = new ArrayList<>();
        List<RetainedBinary> kept = new ArrayList<>();
        for (DocumentBinary binary : binaries) {
            String url = binary.contentUrl();
            try {
                long size = removeIfUnreferenced(binary);
                removed.add(RemovedBinary.hashed(url, size, hashes.get(url)));
            } catch (DataIntegrityViolationException stillReferenced) {
                kept.add(new RetainedBinary(url, STILL_REFERENCED));
            }
        }
        return new StoreCleanupResult(removed, kept);
    }

    /** @return the binary's size as the repository recorded it */
    private long removeIfUnreferenced(DocumentBinary binary) {
        RetryingTransactionHelper once = transactionService.getRetryingTransactionHelper();
        once.setMaxRetries(0);
        return once.doInTransaction(() -> {
            // id and size only: the cached orphan time is not looked at
            ContentUrlEntity row = contentDataDAO.getContentUrl(binary.contentUrl());
            unreferencedContentUrls.remove(List.of(
                    new UnreferencedContentUrls.Url(row == null ? null : row.getId(), binary.contentUrl())));
            return row == null ? binary.sizeBytes() : row.getSize();
        }, false, true); // acs-lint: ok (runs after the purge committed, never in a rule's beforeCommit)
    }
}
