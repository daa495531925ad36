package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.junit.jupiter.api.Test;

class ContentStoreCleanupTest {

    private final ContentDataDAO contentDataDAO = mock(ContentDataDAO.class);
    private final EagerContentStoreCleaner cleaner = mock(EagerContentStoreCleaner.class);
    private final ContentStoreCleanup cleanup = new ContentStoreCleanup(contentDataDAO, cleaner);

    @Test
    void anOrphanedUrlIsHandedToTheCleanerWithForceAndItsRowDeleted() {
        when(contentDataDAO.getContentUrl("store://a.bin")).thenReturn(entity(7L, "store://a.bin", 100, 1L));

        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://a.bin", 99)),
                Map.of("store://a.bin", "cd".repeat(32)));

        verify(cleaner).registerOrphanedContentUrl("store://a.bin", true);
        verify(contentDataDAO).deleteContentUrls(List.of(7L));
        // the size the repository recorded for the URL wins over the node's
        assertThat(result.removed()).containsExactly(RemovedBinary.hashed("store://a.bin", 100, "cd".repeat(32)));
        assertThat(result.kept()).isEmpty();
    }

    @Test
    void aUrlWithoutOrphanTimeIsStillReferencedAndKept() {
        when(contentDataDAO.getContentUrl("store://b.bin")).thenReturn(entity(8L, "store://b.bin", 5, null));

        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://b.bin", 5)), Map.of());

        verify(cleaner, never()).registerOrphanedContentUrl("store://b.bin", true);
        verify(contentDataDAO, never()).deleteContentUrls(anyList());
        assertThat(result.kept()).containsExactly(
                new RetainedBinary("store://b.bin", ContentStoreCleanup.STILL_REFERENCED));
    }

    @Test
    void aUrlTheRepositoryAlreadyDroppedIsRemovedWithoutARowToDelete() {
        // eager clean-up switched on in ACS deletes the row at commit already
        when(contentDataDAO.getContentUrl("store://c.bin")).thenReturn(null);

        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://c.bin", 42)), Map.of());

        verify(cleaner).registerOrphanedContentUrl("store://c.bin", true);
        verify(contentDataDAO, never()).deleteContentUrls(anyList());
        assertThat(result.removed()).containsExactly(RemovedBinary.of("store://c.bin", 42));
        assertThat(result.bytesRemoved()).isEqualTo(42);
    }

    private static ContentUrlEntity entity(long id, String url, long size, Long orphanTime) {
        ContentUrlEntity entity = new ContentUrlEntity();
        entity.setId(id);
        entity.setContentUrl(url);
        entity.setSize(size);
        entity.setOrphanTime(orphanTime);
        return entity;
    }
}
