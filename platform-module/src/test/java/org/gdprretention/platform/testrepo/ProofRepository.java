package org.gdprretention.platform.testrepo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespacePrefixResolver;
import org.alfresco.service.namespace.NamespaceService;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.proof.DisposalRecordWriter;
import org.gdprretention.platform.proof.RepositoryAuditLog;

/**
 * An {@link InMemoryNodes} repository with Company Home and the Data Dictionary, and the proof beans (folders,
 * audit log, disposal record writer) wired to it as Spring wires them.
 */
public final class ProofRepository {

    private final InMemoryNodes nodes = new InMemoryNodes();
    private final NodeRef dataDictionary;
    private final RetentionFolders folders = new RetentionFolders();
    private final RepositoryAuditLog auditLog = new RepositoryAuditLog();
    private final DisposalRecordWriter recordWriter = new DisposalRecordWriter();

    public ProofRepository(Clock clock) {
        NodeRef companyHome = nodes.folder(nodes.root(), "Company Home");
        dataDictionary = nodes.folder(companyHome, "Data Dictionary");
        SearchService searchService = mock(SearchService.class);
        when(searchService.selectNodes(any(NodeRef.class), eq("/app:company_home/app:dictionary"), isNull(),
                any(NamespacePrefixResolver.class), eq(false))).thenReturn(List.of(dataDictionary));
        folders.setNodeService(nodes.nodeService());
        folders.setSearchService(searchService);
        folders.setNamespaceService(mock(NamespaceService.class));
        folders.afterPropertiesSet();
        auditLog.setNodeService(nodes.nodeService());
        auditLog.setFolders(folders);
        auditLog.setClock(clock);
        auditLog.afterPropertiesSet();
        recordWriter.setNodeService(nodes.nodeService());
        recordWriter.setFolders(folders);
        recordWriter.setZone("Europe/Amsterdam");
        recordWriter.afterPropertiesSet();
    }

    public InMemoryNodes nodes() {
        return nodes;
    }

    public NodeRef dataDictionary() {
        return dataDictionary;
    }

    public RetentionFolders folders() {
        return folders;
    }

    public RepositoryAuditLog auditLog() {
        return auditLog;
    }

    public DisposalRecordWriter recordWriter() {
        return recordWriter;
    }

    public Optional<NodeRef> folder(String name) {
        return folders.folder(name);
    }
}
