package org.gdprretention.platform.job;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.platform.disposal.PurgeCaller;
import org.gdprretention.platform.disposal.PurgeOptions;
import org.gdprretention.platform.disposal.PurgeOutcome;
import org.gdprretention.platform.disposal.PurgeReport;
import org.gdprretention.platform.disposal.PurgeResult;
import org.gdprretention.platform.disposal.PurgeService;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;

/**
 * Retainable documents in memory, seen through the services the expiry job uses: a search that answers as ACS's
 * database does ({@link TransactionalMetadataQuery}: supported queries only, permission-check limit), a node service, a retention applier that
 * marks a document EXPIRED once its expiry day has passed (or ON_HOLD), and a purge service that deletes a
 * document and keeps its disposal record, as the real one does in one transaction.
 */
final class FakeRetentionRepository {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final class Document {
        final String type;
        final LocalDate expiry;
        String status = RetentionStatus.ACTIVE.name();
        boolean held;

        Document(String type, LocalDate expiry) {
            this.type = type;
            this.expiry = expiry;
        }
    }

    private final TreeMap<Integer, NodeRef> byDatabaseId = new TreeMap<>();
    private final Map<NodeRef, Document> documents = new HashMap<>();
    private final Set<NodeRef> purgeFails = new HashSet<>();
    final List<NodeRef> disposalRecords = new ArrayList<>();
    final List<PurgeOptions> purgeCalls = new ArrayList<>();
    LocalDate today;
    Runnable afterEachPurgeCall = () -> { };

    final NodeService nodeService = mock(NodeService.class);
    final TransactionalMetadataQuery database = new TransactionalMetadataQuery(new TransactionalMetadataQuery.Rows() {
        @Override
        public Collection<NodeRef> nodes() {
            return List.copyOf(documents.keySet());
        }

        @Override
        public QName type(NodeRef node) {
            return ContentModel.TYPE_CONTENT;
        }

        @Override
        public boolean hasAspect(NodeRef node, QName aspect) {
            return RetentionModel.ASPECT_RETAINABLE.equals(aspect)
                    || RetentionModel.ASPECT_LEGAL_HOLD.equals(aspect) && documents.get(node).held;
        }

        @Override
        public Serializable property(NodeRef node, QName name) {
            return nodeService.getProperty(node, name);
        }
    });
    final SearchService searchService = database.searchService();
    final RetentionApplier applier = mock(RetentionApplier.class);
    final PurgeService purgeService = mock(PurgeService.class);

    FakeRetentionRepository(LocalDate today) {
        this.today = today;
        when(nodeService.exists(any(NodeRef.class))).thenAnswer(call -> documents.containsKey(call.getArgument(0)));
        when(nodeService.getProperty(any(NodeRef.class), any(QName.class))).thenAnswer(call -> {
            Document document = documents.get(call.<NodeRef>getArgument(0));
            QName name = call.getArgument(1);
            if (document == null) {
                return null;
            }
            if (RetentionModel.PROP_STATUS.equals(name)) {
                return document.status;
            }
            if (RetentionModel.PROP_RETENTION_TYPE.equals(name)) {
                return document.type;
            }
            if (RetentionModel.PROP_EXPIRY_DATE.equals(name)) {
                return Date.from(document.expiry.atStartOfDay(ZONE).toInstant());
            }
            return null;
        });
        doAnswer(call -> {
            Document document = documents.get(call.<NodeRef>getArgument(0));
            if (document != null) {
                document.status = document.held ? RetentionStatus.ON_HOLD.name()
                        : document.expiry.isBefore(this.today) ? RetentionStatus.EXPIRED.name()
                        : RetentionStatus.EXPIRING.name();
            }
            return null;
        }).when(applier).recompute(any(NodeRef.class));
        // only as the job: a purge the job asked for as whoever the thread runs as would not be answered
        when(purgeService.purge(any(), any(PurgeOptions.class), eq(PurgeCaller.job("gdpr-retention.expiryJob"))))
                .thenAnswer(call -> purge(call.getArgument(0), call.getArgument(1)));
    }

    NodeRef add(String type, LocalDate expiry) {
        int id = byDatabaseId.size() + 1;
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-" + id);
        byDatabaseId.put(id, node);
        documents.put(node, new Document(type, expiry));
        return node;
    }

    void hold(NodeRef node) {
        documents.get(node).held = true;
    }

    void failPurgeOf(NodeRef node) {
        purgeFails.add(node);
    }

    boolean exists(NodeRef node) {
        return documents.containsKey(node);
    }

    String status(NodeRef node) {
        return documents.get(node).status;
    }

    private PurgeReport purge(List<NodeRef> nodes, PurgeOptions options) {
        purgeCalls.add(options);
        List<PurgeOutcome> outcomes = new ArrayList<>();
        for (NodeRef node : nodes) {
            if (!documents.containsKey(node)) {
                outcomes.add(new PurgeOutcome(node, PurgeResult.REFUSED, "NOT_FOUND", null, List.of(), List.of()));
            } else if (purgeFails.contains(node)) {
                outcomes.add(new PurgeOutcome(node, PurgeResult.FAILED, "database unavailable", null, List.of(),
                        List.of()));
            } else {
                // the document and its record: both or neither, as in the purge's transaction
                documents.remove(node);
                NodeRef record = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "record-" + node.getId());
                disposalRecords.add(node);
                outcomes.add(new PurgeOutcome(node, PurgeResult.PURGED, "expired", record, List.of(), List.of()));
            }
        }
        afterEachPurgeCall.run();
        return new PurgeReport(options.dryRun(), outcomes);
    }
}
