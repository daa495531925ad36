package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ResultSetSPI<ROW extends ResultSetRow, MD extends ResultSetMetaData> extends Iterable<ROW> {

    void close();

    List<NodeRef> getNodeRefs();

    NodeRef getNodeRef(int n);

    List<ChildAssociationRef> getChildAssocRefs();

    int length();

    long getNumberFound();

    boolean hasMore();

    int getStart();
}
