package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.testrepo.FakeTransactions;
import org.gdprretention.platform.testrepo.InMemoryContentUrls;
import org.gdprretention.platform.testrepo.InMemoryNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clean-up after a purge against a content URL table that behaves like ACS's: the cache keeps showing no orphan
 * time after the purge orphaned a URL, the database knows better, and the foreign key keeps a referenced row.
 */
class ContentStoreCleanupTest {

    private final InMemoryNodes nodes = new InMemoryNodes();
    private final InMemoryContentUrls urls = new InMemoryContentUrls(nodes);
    private final FakeTransactions transactions = new FakeTransactions(nodes);
    private final EagerContentStoreCleaner cleaner = mock(EagerContentStoreCleaner.class);
    private final ContentStoreCleanup cleanup = new ContentStoreCleanup(urls.contentDataDAO(), cleaner,
            transactions.transactionService());

    @AfterEach
    void closeTransactions() {
        transactions.close();
    }

    private int documents;

    private NodeRef documentWith(String url, long size) {
        if (!urls.hasRow(url)) {
            urls.add(url, size);
        }
        return nodes.child(nodes.root(), ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, "doc" + ++documents,
                ContentModel.PROP_CONTENT, new ContentData(url, "text/plain", size, "UTF-8")));
    }

    private void purge(NodeRef document) {
        nodes.addAspect(document, ContentModel.ASPECT_TEMPORARY, null);
        nodes.deleteNode(document);
    }

    @Test
    void aUrlTheCacheStillShowsUnorphanedIsRemovedWhenTheDatabaseSaysNothingReferencesIt() {
        NodeRef document = documentWith("store://a.bin", 100);
        purge(document);
        assertThat(urls.contentDataDAO().getContentUrl("store://a.bin").getOrphanTime())  // acs-lint: ok (test)
                .as("the cache ACS does not refresh").isNull();

        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://a.bin", 99)),
                Map.of("store://a.bin", "cd".repeat(32)));

        verify(cleaner).registerOrphanedContentUrl("store://a.bin", true);
        assertThat(urls.hasRow("store://a.bin")).isFalse();
        // the size the repository recorded for the URL wins over the node's
        assertThat(result.removed()).containsExactly(RemovedBinary.hashed("store://a.bin", 100, "cd".repeat(32)));
        assertThat(result.kept()).isEmpty();
        assertThat(transactions.events()).containsExactly("begin read-write", "commit");
    }

    @Test
    void aUrlAnotherNodeStillReferencesKeepsItsRowAndBinaryAndIsReportedTruthfully() {
        NodeRef document = documentWith("store://shared.bin", 5);
        documentWith("store://shared.bin", 5);
        purge(document);

        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://shared.bin", 5)), Map.of());

        verify(cleaner, never()).registerOrphanedContentUrl(eq("store://shared.bin"), anyBoolean());
        assertThat(urls.hasRow("store://shared.bin")).isTrue();
        assertThat(result.removed()).isEmpty();
        assertThat(result.kept()).containsExactly(
                new RetainedBinary("store://shared.bin", ContentStoreCleanup.STILL_REFERENCED));
        assertThat(transactions.events()).as("the refused delete rolled back its own transaction only")
                .containsExactly("begin read-write", "rollback");
    }

    @Test
    void oneSharedUrlDoesNotKeepTheOthersOfTheDocument() {
        NodeRef document = documentWith("store://own.bin", 7);
        // a second d:content property of the same document
        nodes.setProperty(document, QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "attachment"),
                new ContentData("store://shared.bin", "text/plain", 5, "UTF-8"));
        urls.add("store://shared.bin", 5);
        documentWith("store://shared.bin", 5);
        purge(document);

        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://shared.bin", 5),
                new DocumentBinary("store://own.bin", 7)), Map.of());

        assertThat(result.kept()).extracting(RetainedBinary::contentUrl).containsExactly("store://shared.bin");
        assertThat(result.removed()).containsExactly(RemovedBinary.of("store://own.bin", 7));
        assertThat(urls.hasRow("store://own.bin")).isFalse();
        assertThat(urls.hasRow("store://shared.bin")).isTrue();
    }

    @Test
    void aUrlTheRepositoryAlreadyDroppedIsRemovedWithoutARowToDelete() {
        // eager clean-up switched on in ACS deletes the row at commit already; the file may still be there
        StoreCleanupResult result = cleanup.clean(List.of(new DocumentBinary("store://c.bin", 42)), Map.of());

        verify(cleaner).registerOrphanedContentUrl("store://c.bin", true);
        assertThat(result.removed()).containsExactly(RemovedBinary.of("store://c.bin", 42));
        assertThat(result.bytesRemoved()).isEqualTo(42);
    }
}
