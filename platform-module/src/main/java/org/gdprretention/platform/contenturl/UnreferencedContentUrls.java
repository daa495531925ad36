package org.gdprretention.platform.contenturl;

import java.util.List;
import java.util.Objects;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;

/**
 * The one step that removes content URLs nothing references any more, as ACS's own {@code ContentStoreCleaner}
 * does: delete their rows, then hand each URL to the eager content store cleaner with {@code force}, all in the
 * caller's read-write transaction. The cleaner deletes the binary only after that transaction commits (and makes no
 * copy in {@code contentstore.deleted}); on rollback it does nothing, so a row and its binary go together or stay
 * together.
 *
 * <p>The foreign key from content data to content URL ({@code fk_alf_cont_url}) is the backstop: when a URL is
 * referenced again between the caller's check and the delete, the delete fails with Spring's
 * {@code DataIntegrityViolationException}, nothing is registered, and the caller's transaction rolls back.
 *
 * <p>Used by the purge's clean-up and by the orphaned content URL sweep. The lower-case {@code contentDataDAO} and
 * {@code eagerContentStoreCleaner} are used on purpose: no public service deletes a content URL.
 */
public final class UnreferencedContentUrls {

    /** A content URL and the id of its row; the id is null when the repository has no row for it (any more). */
    public record Url(Long id, String contentUrl) {

        public Url {
            Objects.requireNonNull(contentUrl, "contentUrl");
        }
    }

    private final ContentDataDAO contentDataDAO;
    private final EagerContentStoreCleaner eagerContentStoreCleaner;

    public UnreferencedContentUrls(ContentDataDAO contentDataDAO, EagerContentStoreCleaner eagerContentStoreCleaner) {
        this.contentDataDAO = Objects.requireNonNull(contentDataDAO, "contentDataDAO");
        this.eagerContentStoreCleaner = Objects.requireNonNull(eagerContentStoreCleaner, "eagerContentStoreCleaner");
    }

    /**
     * Must run inside a read-write transaction. A URL without a row is registered too: nothing can reference it
     * (the foreign key), and its binary may still be on disk.
     *
     * @param unreferenced URLs the caller found unreferenced in the database
     * @return how many rows were deleted
     */
    public int remove(List<Url> unreferenced) {
        List<Long> ids = unreferenced.stream().map(Url::id).filter(Objects::nonNull).toList();
        // rows first: if the foreign key refuses, nothing has been registered for deletion yet
        int deleted = ids.isEmpty() ? 0 : contentDataDAO.deleteContentUrls(ids);
        for (Url url : unreferenced) {
            eagerContentStoreCleaner.registerOrphanedContentUrl(url.contentUrl(), true);
        }
        return deleted;
    }
}
