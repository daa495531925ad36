package org.alfresco.repo.node.archive;

import java.util.List;

import org.alfresco.query.PagingResults;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface NodeArchiveService {

    QName QNAME_ARCHIVED_ITEM = QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "archivedItem");

    NodeRef getArchivedNode(NodeRef originalNodeRef);

    NodeRef getStoreArchiveNode(StoreRef originalStoreRef);

    void purgeArchivedNode(NodeRef archivedNodeRef);

    void purgeArchivedNodes(List<NodeRef> archivedNodes);

    void purgeAllArchivedNodes(StoreRef originalStoreRef);

    PagingResults<NodeRef> listArchivedNodes(ArchivedNodesCannedQueryBuilder cannedQueryBuilder);
}
