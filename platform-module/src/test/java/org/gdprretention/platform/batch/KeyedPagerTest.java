package org.gdprretention.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchParameters;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;
import org.junit.jupiter.api.Test;

class KeyedPagerTest {

    private static final KeyedQuery VOG = KeyedQuery.select("SELECT d.* FROM cmis:document AS d JOIN gdpr:retainable"
            + " AS r ON d.cmis:objectId = r.cmis:objectId", "d.cmis:creationDate", ContentModel.PROP_CREATED)
            .where("r.gdpr:retentionType = 'VOG'");

    private final FakeRepository repository = new FakeRepository();
    private final TransactionalMetadataQuery database = TransactionalMetadataQuery.over(repository);

    @Test
    void handsOutEveryNodeOnceAcrossTiesAndPagesWithoutSkipping() {
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            // groups of up to 7 documents created in the same millisecond, spread over page boundaries
            documents.add(document("VOG", Instant.parse("2025-01-01T00:00:00Z").plusMillis(i / 7)));
        }
        document("CV", Instant.parse("2025-01-01T00:00:00Z"));
        KeyedPager pager = new KeyedPager(database.searchService(), repository.nodeService(), VOG, 100);

        List<NodeRef> seen = new ArrayList<>();
        for (List<NodeRef> page = pager.next(); !page.isEmpty(); page = pager.next()) {
            assertThat(page.size()).isLessThanOrEqualTo(100);
            seen.addAll(page);
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(documents);
        assertThat(pager.exhausted()).isTrue();
        assertThat(database.stoppedAtPermissionLimit).isZero();
        assertThat(database.queries).extracting(SearchParameters::getSkipCount).containsOnly(0);
    }

    @Test
    void aGroupOfEqualKeysLargerThanAPageIsStillWalkedThrough() {
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            documents.add(document("VOG", Instant.parse("2025-01-01T00:00:00Z")));
        }
        KeyedPager pager = new KeyedPager(database.searchService(), repository.nodeService(), VOG, 10);

        List<NodeRef> seen = new ArrayList<>();
        for (List<NodeRef> page = pager.next(); !page.isEmpty(); page = pager.next()) {
            seen.addAll(page);
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(documents);
    }

    @Test
    void deletingHandedOutNodesShiftsNothing() {
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            documents.add(document("VOG", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i)));
        }
        KeyedPager pager = new KeyedPager(database.searchService(), repository.nodeService(), VOG, 10);

        List<NodeRef> seen = new ArrayList<>();
        for (List<NodeRef> page = pager.next(); !page.isEmpty(); page = pager.next()) {
            seen.addAll(page);
            page.forEach(repository::delete);
        }

        assertThat(seen).containsExactlyElementsOf(documents);
    }

    @Test
    void aReaderWhoMayReadFewOfTheRowsStillGetsEveryRowTheyMayRead() {
        // ACS checks the caller's permission on every row it reads, unreadable ones included, and stops silently at
        // the page's permission-check limit: a page short because of that is not the end of the results.
        List<NodeRef> readable = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            NodeRef document = document("VOG", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i));
            if (i % 25 == 24) {
                readable.add(document);
            }
        }
        database.readableWhen(readable::contains);
        KeyedPager pager = new KeyedPager(database.searchService(), repository.nodeService(), VOG, 10);

        List<NodeRef> seen = new ArrayList<>();
        for (List<NodeRef> page = pager.next(); !page.isEmpty(); page = pager.next()) {
            seen.addAll(page);
        }

        assertThat(seen).containsExactlyElementsOf(readable);
        assertThat(database.stoppedAtPermissionLimit).isZero();
    }

    @Test
    void thePageSizeMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KeyedPager(database.searchService(), repository.nodeService(), VOG, 0))
                .withMessageContaining("pageSize").withMessageContaining("'0'");
    }

    @Test
    void literalsAreEscapedAndTimestampsAreUtcWithMilliseconds() {
        assertThat(KeyedQuery.text("O'Brien\\")).isEqualTo("'O\\'Brien\\\\'");
        assertThat(KeyedQuery.timestamp(Instant.parse("2025-06-15T22:00:00Z")))
                .isEqualTo("TIMESTAMP '2025-06-15T22:00:00.000Z'");
    }

    private NodeRef document(String type, Instant created) {
        NodeRef document = repository.document(null, Map.of(ContentModel.PROP_CREATED, Date.from(created)));
        repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE, Map.of(RetentionModel.PROP_RETENTION_TYPE, type));
        return document;
    }
}
