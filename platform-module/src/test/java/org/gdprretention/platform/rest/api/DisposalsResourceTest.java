package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.RestJson;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.DisposalEntry;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /disposals}: officers only, newest first, paged through the database query as ACS answers it (the
 * permission-check limit stops a query silently, skipped rows included).
 */
class DisposalsResourceTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Instant FIRST_PURGE = Instant.parse("2026-01-01T09:00:00Z");
    private static final int RECORDS = 1500;

    private final AdminCallers callers = new AdminCallers();
    private final Map<NodeRef, Map<QName, Serializable>> records = new LinkedHashMap<>();
    private final NodeService nodeService = mock(NodeService.class);
    private final java.util.Set<NodeRef> unreadable = new java.util.HashSet<>();
    private final TransactionalMetadataQuery database = new TransactionalMetadataQuery(new TransactionalMetadataQuery.Rows() {
        @Override
        public Collection<NodeRef> nodes() {
            return records.keySet();
        }

        @Override
        public QName type(NodeRef node) {
            return RetentionModel.TYPE_DISPOSAL_RECORD;
        }

        @Override
        public boolean hasAspect(NodeRef node, QName aspect) {
            return false;
        }

        @Override
        public Serializable property(NodeRef node, QName name) {
            return records.get(node).get(name);
        }
    });
    private final DisposalsResource resource = new DisposalsResource();

    @BeforeEach
    void setUp() {
        for (int i = 0; i < RECORDS; i++) {
            NodeRef node = TemplateBindingsResourceTest.node(String.format("00000000-0000-4000-8000-%012d", i));
            Map<QName, Serializable> properties = new HashMap<>();
            properties.put(RetentionModel.PROP_DISPOSED_DOCUMENT_ID, "doc-" + i);
            properties.put(RetentionModel.PROP_DISPOSED_RETENTION_TYPE, "PAYROLL");
            properties.put(RetentionModel.PROP_DISPOSED_CATEGORY, "OTHER");
            properties.put(RetentionModel.PROP_DISPOSED_START, RepositoryDates.toDate(LocalDate.of(2018, 3, 1), ZONE));
            properties.put(RetentionModel.PROP_DISPOSED_EXPIRY, RepositoryDates.toDate(LocalDate.of(2025, 3, 1), ZONE));
            properties.put(RetentionModel.PROP_PURGED_AT, Date.from(FIRST_PURGE.plusSeconds(60L * i)));
            properties.put(RetentionModel.PROP_PURGED_BY, "olivia");
            properties.put(RetentionModel.PROP_DISPOSAL_REASON, "expired");
            properties.put(RetentionModel.PROP_DISPOSAL_FORCED, false);
            properties.put(RetentionModel.PROP_BINARIES_REMOVED,
                    new ArrayList<>(List.of("store://2025/1/" + i + ".bin|2048|abc", "store://x.bin|100|")));
            properties.put(RetentionModel.PROP_BINARIES_KEPT, new ArrayList<>(List.of("store://y.bin|shared")));
            records.put(node, properties);
            when(nodeService.exists(node)).thenReturn(true);
            when(nodeService.getType(node)).thenReturn(RetentionModel.TYPE_DISPOSAL_RECORD);
            when(nodeService.getProperties(node)).thenReturn(properties);
        }
        resource.setSearchService(database.searchService());
        // ACS's NodeService: reading a record's properties needs Read permission on it (exists and getType do not)
        resource.setNodeService(MethodSecurity.forAdmins(AdminCallers.ADMIN)
                .withNodePermissions((user, node, permission) -> !unreadable.contains(node))
                .wrap(NodeService.class, nodeService));
        resource.setAccess(callers.access);
        resource.setZone("Europe/Amsterdam");
        resource.afterPropertiesSet();
    }

    @AfterEach
    void tearDown() {
        AdminCallers.reset();
    }

    @Test
    void officersListTheNewestFirst() {
        AdminCallers.as(AdminCallers.OFFICER);

        CollectionWithPagingInfo<DisposalEntry> page = resource.readAll(RestRequest.query("maxItems=3").parameters());

        assertThat(page.getCollection()).extracting(DisposalEntry::getDocumentId)
                .containsExactly("doc-1499", "doc-1498", "doc-1497");
        assertThat(page.hasMoreItems()).isTrue();
        assertThat(database.queries).last().satisfies(query -> {
            assertThat(query.getLanguage()).isEqualTo(SearchService.LANGUAGE_CMIS_ALFRESCO);
            assertThat(query.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
        });
    }

    @Test
    void aPageBeyondAThousandRecordsIsComplete() {
        AdminCallers.as(AdminCallers.ADMIN);

        CollectionWithPagingInfo<DisposalEntry> page =
                resource.readAll(RestRequest.query("skipCount=1400&maxItems=100").parameters());

        assertThat(page.getCollection()).hasSize(100);
        assertThat(page.getCollection()).first().extracting(DisposalEntry::getDocumentId).isEqualTo("doc-99");
        assertThat(page.hasMoreItems()).isFalse();
        assertThat(database.stoppedAtPermissionLimit).isZero();
    }

    @Test
    void aReaderMayNotListOrReadProof() {
        AdminCallers.as(AdminCallers.READER);

        assertThatThrownBy(() -> resource.readAll(RestRequest.query("").parameters()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resource.readById("00000000-0000-4000-8000-000000000001",
                RestRequest.query("").parameters())).isInstanceOf(PermissionDeniedException.class);
        assertThat(database.queries).isEmpty();
    }

    @Test
    void oneRecordReadsAsTheEntryShapeAndAnythingElseIsNotFound() {
        AdminCallers.as(AdminCallers.OFFICER);
        NodeRef document = TemplateBindingsResourceTest.node("5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
        when(nodeService.exists(document)).thenReturn(true);
        when(nodeService.getType(document)).thenReturn(QName.createQName("{http://www.alfresco.org/model/content/1.0}content"));

        DisposalEntry entry = resource.readById("00000000-0000-4000-8000-000000000007",
                RestRequest.query("").parameters());

        AdminJson.assertMatchesFixture(RestJson.entry(entry), "admin/disposal-entry.json");
        assertThatThrownBy(() -> resource.readById(document.getId(), RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.readById("../etc", RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void aRecordTheOfficerCannotReadIsNotFound() {
        AdminCallers.as(AdminCallers.OFFICER);
        unreadable.add(TemplateBindingsResourceTest.node("00000000-0000-4000-8000-000000000007"));

        assertThatThrownBy(() -> resource.readById("00000000-0000-4000-8000-000000000007",
                RestRequest.query("").parameters())).isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void theOrderIsFixedAndPagesAreBounded() {
        AdminCallers.as(AdminCallers.OFFICER);

        assertThatThrownBy(() -> resource.readAll(RestRequest.query("orderBy=purgedAt ASC").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.readAll(RestRequest.query("maxItems=1001").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        verifyNoInteractions(callers.auditLog);
        assertThat(database.queries).isEmpty();
    }
}
